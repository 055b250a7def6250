package org.paperkg.tagger;

import org.paperkg.text.WordLists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features the tagger sees for each token: the word, its shape and case, digits and
 * hyphens, its neighbours, whether a dataset word ({@code tagger/dataset-words.txt}) follows or
 * precedes it, directly or after a list of names ("VIVA and EgoGesture datasets"), whether it
 * stands in a list, whether it starts or continues a name of the dataset vocabulary, and the
 * tags given to the two tokens before it.
 */
final class MentionFeatures {
    private static final Set<String> DATASET_WORDS = WordLists.read("tagger/dataset-words.txt");
    private static final Set<String> LIST_WORDS = Set.of(",", "and", "or", "/", "&", ";");
    private static final Set<String> INTRODUCERS = Set.of("as", "including", "like", "namely", "e.g.", "eg", ":", "(");
    private static final int LIST_REACH = 10;

    private final Tokens tokens;
    private final String[] lower;
    private final String[] shapes;
    private final NameDictionary.Mark[] marks;
    private final boolean[] cueAhead;
    private final boolean[] cueBehind;

    MentionFeatures(Tokens tokens, NameDictionary dictionary) {
        this.tokens = tokens;
        int n = tokens.size();
        lower = new String[n];
        shapes = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
            shapes[i] = shape(tokens.get(i));
        }
        marks = dictionary.marks(tokens, lower);
        cueAhead = new boolean[n];
        cueBehind = new boolean[n];
        // a dataset word reached from the token across names and list words only: every name of
        // "VIVA , EgoGesture and NVGesture datasets" is followed by one
        int[] reach = new int[n];
        for (int i = n - 2; i >= 0; i--) {
            if (DATASET_WORDS.contains(lower[i + 1])) cueAhead[i] = true;
            else if ((nameLike(i + 1) || LIST_WORDS.contains(lower[i + 1])) && reach[i + 1] < LIST_REACH) {
                cueAhead[i] = cueAhead[i + 1];
                reach[i] = reach[i + 1] + 1;
            }
        }
        Arrays.fill(reach, 0);
        for (int i = 1; i < n; i++) {
            if (DATASET_WORDS.contains(lower[i - 1])) cueBehind[i] = true;
            else if ((nameLike(i - 1) || LIST_WORDS.contains(lower[i - 1]) || INTRODUCERS.contains(lower[i - 1])) && reach[i - 1] < LIST_REACH) {
                cueBehind[i] = cueBehind[i - 1];
                reach[i] = reach[i - 1] + 1;
            }
        }
    }

    int size() {
        return tokens.size();
    }

    /** The features of token {@code i}, given the tags of the two tokens before it. */
    String[] of(int i, String prev, String prev2) {
        List<String> f = new ArrayList<>(48);
        String w = tokens.get(i);
        String lw = lower[i];
        String shape = shapes[i];
        f.add("b");
        f.add("w=" + lw);
        f.add("sh=" + shape);
        f.add("p3=" + prefix(lw, 3));
        f.add("s3=" + suffix(lw, 3));
        f.add("s2=" + suffix(lw, 2));
        f.add("len=" + Math.min(w.length(), 10));
        if (Character.isUpperCase(w.charAt(0))) f.add("cap");
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)) f.add("allcaps");
        if (w.chars().anyMatch(Character::isDigit)) f.add("digit");
        if (w.indexOf('-') > 0) f.add("hyphen");
        if (innerCap(w)) f.add("innercap");
        if (i == 0) f.add("first");
        if (DATASET_WORDS.contains(lw)) f.add("cueword");
        for (int d = -2; d <= 2; d++) {
            if (d == 0) continue;
            int j = i + d;
            f.add("w" + d + "=" + (j < 0 ? "<s>" : j >= lower.length ? "</s>" : lower[j]));
            if (Math.abs(d) == 1) f.add("sh" + d + "=" + (j < 0 || j >= shapes.length ? "-" : shapes[j]));
        }
        if (i + 1 < lower.length && i + 2 < lower.length) f.add("w+1+2=" + lower[i + 1] + "_" + lower[i + 2]);
        if (i > 0) f.add("w-1w=" + lower[i - 1] + "_" + lw);
        if (cueAhead[i]) {
            f.add("cue>");
            f.add("cue>sh=" + shape);
        }
        if (cueBehind[i]) {
            f.add("<cue");
            f.add("<cue,sh=" + shape);
        }
        if (i > 0 && LIST_WORDS.contains(lower[i - 1])) f.add("afterlist");
        if (i + 1 < lower.length && LIST_WORDS.contains(lower[i + 1])) f.add("beforelist");
        NameDictionary.Mark mark = marks[i];
        if (mark != NameDictionary.Mark.NONE) {
            f.add("dict=" + mark);
            f.add("dict=" + mark + ",cue=" + (cueAhead[i] || cueBehind[i]));
        }
        f.add("t-1=" + prev);
        f.add("t-2=" + prev2 + "," + prev);
        f.add("t-1,sh=" + prev + "," + shape);
        f.add("t-1,w=" + prev + "," + lw);
        return f.toArray(new String[0]);
    }

    /** Could stand in a name: capitalised, with digits or inner capitals. */
    private boolean nameLike(int i) {
        String w = tokens.get(i);
        return Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit) || innerCap(w);
    }

    /** Runs of upper case, lower case, digits and other characters, each as one letter: "CIFAR-10" → "X-d". */
    static String shape(String w) {
        StringBuilder s = new StringBuilder();
        char last = 0;
        for (int k = 0; k < w.length(); k++) {
            char ch = w.charAt(k);
            char c = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
            if (c != last) s.append(c);
            last = c;
        }
        return s.toString();
    }

    private static boolean innerCap(String w) {
        for (int k = 1; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1))) return true;
        }
        return false;
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static String suffix(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }
}
