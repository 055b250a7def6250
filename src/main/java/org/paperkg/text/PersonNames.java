package org.paperkg.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Person name strings as bibliographies write them, and how two of them are compared. Case,
 * accents, initials and middle names are folded here so that the identity rules can use them
 * as support; on their own they never make two names one person.
 */
public final class PersonNames {
    /** dblp tells people of one name apart by a number after it: "Jun Li 0008". */
    private static final Pattern HOMONYM_NUMBER = Pattern.compile("(?<!\\s)\\s++\\d{4}$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Hyphens stay inside a word: "Chieh-Hsin" is one given name, "Vlatakis-Gkaragkounis" one surname. */
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}.-]+");
    /** German transliteration: "Mueller" is written for "Müller", which folds to "muller". */
    private static final Pattern TRANSLITERATED_UMLAUT = Pattern.compile("(?<=[aou])e");

    /** Names are compared pairwise, many times each: their words are split once. */
    private static final Map<String, List<String>> WORDS = new ConcurrentHashMap<>();

    private PersonNames() {
    }

    /** "Jun Li 0008" → "Jun Li": the name without dblp's homonym number, stripped. */
    public static String withoutHomonymNumber(String name) {
        return HOMONYM_NUMBER.matcher(name).replaceFirst("").strip();
    }

    /**
     * The name's words, case and accents folded, initials split ("J.G." and "JG" before the
     * surname are two initials): {@code Ruud J.G. van Sloun} → [ruud, j, g, van, sloun].
     */
    static List<String> words(String name) {
        if (WORDS.size() > 200_000) WORDS.clear();
        return WORDS.computeIfAbsent(name, PersonNames::parse);
    }

    private static List<String> parse(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(fold(withoutHomonymNumber(name)), Normalizer.Form.NFKD)).replaceAll("");
        String[] raw = NOT_LETTER.split(plain.strip());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String letters = raw[i].replace(".", "");
            boolean capitals = !letters.isEmpty() && letters.chars().allMatch(Character::isUpperCase);
            boolean initials = i < raw.length - 1 && capitals
                    && (letters.length() == 2 || (raw[i].contains(".") && letters.length() <= 3));
            if (initials) {
                letters.chars().forEach(c -> out.add(String.valueOf((char) Character.toLowerCase(c))));
                continue;
            }
            for (String part : raw[i].split("\\.")) {
                part = part.replaceAll("^-+|-+$", "");
                if (!part.isEmpty()) out.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The block key people are compared under: the first and last word of the name's slug.
     * "Nathan C. Frey" and "Nathan Frey" share {@code nathan frey}; "Jie ZHANG" and "Jie Zhang"
     * share {@code jie zhang}. Made from the slug so that two names with one slug (the slug a
     * person's IRI is made from) always share a key, and so are always decided together. A name
     * in a script the slug cannot spell keys by its hash: only the same string shares it.
     */
    public static String key(String name) {
        String slug = Slugs.of(withoutHomonymNumber(name));
        int first = slug.indexOf('-');
        if (first < 0) return slug;
        return slug.substring(0, first) + " " + slug.substring(slug.lastIndexOf('-') + 1);
    }

    /** The surname as compared: the last word, folded. */
    public static String surname(String name) {
        List<String> w = words(name);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /** The same surname, or one written with an umlaut and one with its transliteration ("Müller", "Mueller"). */
    static boolean sameSurname(String a, String b) {
        String sa = surname(a);
        String sb = surname(b);
        if (sa.equals(sb)) return true;
        boolean umlaut = a.matches(".*[äöüÄÖÜ].*") || b.matches(".*[äöüÄÖÜ].*");
        return umlaut && TRANSLITERATED_UMLAUT.matcher(sa).replaceAll("").equals(TRANSLITERATED_UMLAUT.matcher(sb).replaceAll(""));
    }

    /**
     * Whether two names can be one person's: the same surname and given names that fit each
     * other — each of the shorter list matches one of the longer, in order, in full or as its
     * initial. "J. Zico Kolter" fits "Zico Kolter"; "Jack W. Rae" fits "Jack Rae"; "Nathan C.
     * Frey" does not fit "Nathan D. Frey".
     */
    public static boolean compatible(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty() || !sameSurname(a, b)) return false;
        List<String> ga = wa.subList(0, wa.size() - 1);
        List<String> gb = wb.subList(0, wb.size() - 1);
        List<String> shorter = ga.size() <= gb.size() ? ga : gb;
        List<String> longer = ga.size() <= gb.size() ? gb : ga;
        int j = 0;
        for (String s : shorter) {
            while (j < longer.size() && !fits(s, longer.get(j))) j++;
            if (j == longer.size()) return false;
            j++;
        }
        // the first given names must fit each other: "Zico" skipping a leading "J." is fine, but a
        // list of initials that only matches further in ("Wei" against "Yu Wei") is not
        return shorter.isEmpty() || fits(shorter.get(0), longer.get(0)) || longer.get(0).length() == 1;
    }

    /**
     * Looser than {@link #compatible}, for names that other evidence already ties (one position
     * of one paper in two sources, one author identifier): the surname equal or one typing slip
     * apart, and the first given initials equal. "Christoph Studor" and "Christoph Studer"
     * align; "Masso Utiyama" and "Masao Utiyama" too; "Hossein Mobahi" and "Dilip Krishnan" not.
     */
    public static boolean alignable(String a, String b) {
        if (compatible(a, b) || key(a).equals(key(b))) return true;
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) return false;
        String sa = surname(a);
        String sb = surname(b);
        boolean surnames = sameSurname(a, b) || (Math.min(sa.length(), sb.length()) >= 5 && oneEditApart(sa, sb));
        return surnames && (wa.size() == 1 || wb.size() == 1 || wa.get(0).charAt(0) == wb.get(0).charAt(0));
    }

    /**
     * Orders name forms best first: mixed case over capitals or lower case only, accents kept
     * over accents lost, more given names over fewer (a middle initial kept), full given names
     * over initials, then by the text itself — a rule that does not depend on which page came first.
     */
    public static final Comparator<String> BEST_FORMED = Comparator
            .comparing((String n) -> !mixedCase(n))
            .thenComparing(n -> -nonAscii(n))
            .thenComparing(n -> -words(n).size())
            .thenComparing(n -> initials(n))
            .thenComparing(Comparator.naturalOrder());

    private static boolean fits(String a, String b) {
        if (a.equals(b)) return true;
        return (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0);
    }

    /** Mixed case, no word of three letters or more in capitals: "Jiashi Feng", not "Jiashi FENG". */
    public static boolean mixedCase(String n) {
        return !n.equals(n.toUpperCase(Locale.ROOT)) && !n.equals(n.toLowerCase(Locale.ROOT))
                && java.util.Arrays.stream(n.split("\\s+")).noneMatch(w -> w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT))
                && w.chars().allMatch(Character::isLetter));
    }

    private static long nonAscii(String n) {
        return n.chars().filter(c -> c > 127 && Character.isLetter(c)).count();
    }

    private static long initials(String n) {
        return words(n).stream().filter(w -> w.length() == 1).count();
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int ja = a.length();
        int jb = b.length();
        while (ja > i && jb > i && a.charAt(ja - 1) == b.charAt(jb - 1)) {
            ja--;
            jb--;
        }
        return ja - i <= 1 && jb - i <= 1;
    }

    private static String fold(String text) {
        return Slugs.fold(text).replace("'", "").replace("’", "");
    }
}
