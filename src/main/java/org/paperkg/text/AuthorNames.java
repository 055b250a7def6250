package org.paperkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Author names as listings write them, made into the names of people: white space folded,
 * contribution marks ({@code Weihua Hu*}, {@code Jie Zhang†}) and list punctuation left over
 * by a page ({@code Name,}) removed, LaTeX accents decoded ({@code Solja\v{c}i\'{c}}), and an
 * entry that joins two people with "and" split in two. Every reader hands its names through
 * here, so the same person listed by two formats gets the same name.
 */
public final class AuthorNames {
    /** Marks for equal contribution, corresponding author, affiliation footnotes. */
    private static final String MARKS = "*∗⋆†‡§¶#♠♣♦♥✉";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "Reinhard Heckel and Mahdi Soltanolkotabi": "and" between two capitalised names. */
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+(?=\\p{Lu})");

    private AuthorNames() {
    }

    /** One name cleaned; empty when nothing of a name is left. */
    public static String clean(String raw) {
        if (raw == null) return "";
        String s = raw;
        if (s.indexOf('\\') >= 0 || s.indexOf('{') >= 0) s = LatexText.toPlain(s);
        s = SPACES.matcher(s).replaceAll(" ").strip();
        int a = 0;
        int b = s.length();
        while (a < b && isMarkOrSeparator(s.charAt(a))) a++;
        while (b > a && (isMarkOrSeparator(s.charAt(b - 1)) || Character.isWhitespace(s.charAt(b - 1)))) b--;
        return s.substring(a, b).strip();
    }

    /** A list of names cleaned, empty entries dropped, "A and B" entries split. */
    public static List<String> cleanAll(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (String r : raw) {
            String name = clean(r);
            if (name.isEmpty()) continue;
            for (String part : splitPair(name)) {
                String p = clean(part);
                if (!p.isEmpty()) out.add(p);
            }
        }
        return out;
    }

    /** "A B and C D" → [A B, C D] when both sides look like names of two or more words; else the name itself. */
    static List<String> splitPair(String name) {
        String[] parts = AND.split(name);
        if (parts.length < 2) return List.of(name);
        for (String p : parts) {
            if (p.strip().split(" ").length < 2 || !Character.isUpperCase(p.strip().charAt(0))) return List.of(name);
        }
        return List.of(parts);
    }

    private static boolean isMarkOrSeparator(char c) {
        return MARKS.indexOf(c) >= 0 || c == ',' || c == ';' || c == '·';
    }
}
