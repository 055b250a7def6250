package org.paperkg.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dataset vocabulary as token sequences, for the tagger's membership feature: which tokens
 * of a sentence start or continue a known dataset name, and whether that name is a clear one or
 * one that is also a word ("Cars", "SGD"). Matching ignores case; the longest name wins.
 */
public final class NameDictionary {
    /** What a token is to the vocabulary. */
    public enum Mark { NONE, BEGIN_CLEAR, INSIDE_CLEAR, BEGIN_AMBIGUOUS, INSIDE_AMBIGUOUS }

    public static final NameDictionary EMPTY = new NameDictionary(Map.of());
    private static final int MAX_TOKENS = 8;
    private final Map<String, List<Entry>> byFirst = new HashMap<>();

    private record Entry(String[] tokens, boolean ambiguous) {
    }

    /** @param names each name, and whether it is ambiguous */
    public NameDictionary(Map<String, Boolean> names) {
        for (Map.Entry<String, Boolean> n : names.entrySet()) {
            Tokens t = Tokens.of(n.getKey());
            if (t.size() == 0 || t.size() > MAX_TOKENS) continue;
            String[] lower = new String[t.size()];
            for (int i = 0; i < lower.length; i++) lower[i] = t.get(i).toLowerCase(Locale.ROOT);
            byFirst.computeIfAbsent(lower[0], k -> new ArrayList<>()).add(new Entry(lower, n.getValue()));
        }
    }

    public Mark[] marks(Tokens tokens, String[] lower) {
        Mark[] out = new Mark[tokens.size()];
        Arrays.fill(out, Mark.NONE);
        for (int i = 0; i < lower.length; ) {
            Entry best = null;
            for (Entry e : byFirst.getOrDefault(lower[i], List.of())) {
                if (matches(e.tokens, lower, i) && (best == null || e.tokens.length > best.tokens.length
                        || (e.tokens.length == best.tokens.length && !e.ambiguous))) best = e;
            }
            if (best == null) {
                i++;
                continue;
            }
            out[i] = best.ambiguous ? Mark.BEGIN_AMBIGUOUS : Mark.BEGIN_CLEAR;
            for (int k = 1; k < best.tokens.length; k++) out[i + k] = best.ambiguous ? Mark.INSIDE_AMBIGUOUS : Mark.INSIDE_CLEAR;
            i += best.tokens.length;
        }
        return out;
    }

    private static boolean matches(String[] name, String[] lower, int at) {
        if (at + name.length > lower.length) return false;
        for (int k = 0; k < name.length; k++) if (!name[k].equals(lower[at + k])) return false;
        return true;
    }
}
