package org.paperkg.extract;

/**
 * A text with separators (hyphens, underscores, spaces, parentheses) taken out and, unless asked
 * otherwise, lower-cased, keeping for each remaining character where it stood: "ImageNet-1K",
 * "ImageNet 1K" and "imagenet1k" all read "imagenet1k", and a match maps back to the original.
 */
final class NormalizedText {
    final String text;
    final int[] origin;

    private NormalizedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    static NormalizedText of(String s, boolean keepCase) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSeparator(c)) continue;
            origin[out.length()] = i;
            out.append(keepCase ? c : Character.toLowerCase(c));
        }
        return new NormalizedText(out.toString(), origin);
    }

    static String key(String label, boolean keepCase) {
        return of(label, keepCase).text;
    }

    static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == ' ' || c == '\u00a0' || (c >= '\u2010' && c <= '\u2015') || c == '(' || c == ')';
    }

    /** Original offset of the normalized character at {@code i}. */
    int start(int i) {
        return origin[i];
    }

    /** Original end offset (exclusive) of the normalized character at {@code i}. */
    int end(int i) {
        return origin[i] + 1;
    }
}
