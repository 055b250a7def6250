package org.paperkg.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readable, stable IRI segments. The same text always gives the same slug; a slug cut for
 * length carries a short hash of the whole text so two long titles that share a beginning stay
 * apart.
 */
public final class Slugs {
    private static final int MAX = 80;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(fold(text), Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.isEmpty()) return "h" + hash(text, 12);
        if (slug.length() <= MAX) return slug;
        String cut = slug.substring(0, MAX);
        int dash = cut.lastIndexOf('-');
        if (dash > MAX / 2) cut = cut.substring(0, dash);
        return trimDashes(cut) + "-" + hash(slug, 6);
    }

    /**
     * A fingerprint of a text's first words, ignoring case, punctuation and LaTeX leftovers: two
     * copies of one abstract, one cut short, share it.
     */
    public static String fingerprint(String text, int words) {
        String[] parts = WORDS.split(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip());
        StringBuilder key = new StringBuilder();
        int n = 0;
        for (String p : parts) {
            if (p.isEmpty()) continue;
            if (n++ == words) break;
            key.append(p).append(' ');
        }
        return hash(key.toString(), 16);
    }

    /**
     * A file or folder name for a text that must not meet another text's: its slug, then a short
     * hash of the text itself ({@code all-nicotine-14da070e}), since two texts can share a slug.
     */
    public static String distinct(String text) {
        return of(text) + "-" + hash(text, 8);
    }

    public static String hash(String text, int hexChars) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Letters that Unicode decomposition does not take to ASCII. */
    static String fold(String text) {
        return text.replace("ß", "ss").replace("Ł", "L").replace("ł", "l").replace("Ø", "O")
                .replace("ø", "o").replace("Æ", "AE").replace("æ", "ae").replace("ı", "i");
    }

    private static String trimDashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') a++;
        while (b > a && s.charAt(b - 1) == '-') b--;
        return s.substring(a, b);
    }
}
