package org.paperkg.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence cut into tokens with their character offsets. Names keep their inner hyphens,
 * dots, slashes and plus signs ("CIFAR-10", "i2b2", "MS-COCO", "DDNM+"); every other
 * non-space character is a token of its own. Fast and the same at training and tagging time,
 * which matters more here than agreeing with a treebank.
 */
public final class Tokens {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-_.'’/&+][\\p{L}\\p{N}]+)*+\\+*|\\S");
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private Tokens(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public static Tokens of(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) spans.add(new int[]{m.start(), m.end()});
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = spans.get(i)[0];
            e[i] = spans.get(i)[1];
        }
        return new Tokens(text, s, e);
    }

    public int size() {
        return starts.length;
    }

    public String get(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String text() {
        return text;
    }
}
