package org.paperkg.vocab;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words a body of prose uses as ordinary lower-case words. A dataset or method name made only
 * of such words ("Cars", "STRING", "Drone Tracking") is ambiguous in running text and needs
 * context to count. The prose is the vocabularies' own descriptions, so the conversion needs no
 * outside dictionary and a word technical writers use lower case ("dropout") counts as ordinary.
 */
final class OrdinaryWords {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_\\-*/.])\\p{L}+(?![\\p{L}\\p{N}_\\-*/])");
    /** Seen at least this often in lower case: a single slip in one description does not count. */
    private static final int MIN_LOWER = 3;
    private final Set<String> words;

    private OrdinaryWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static OrdinaryWords from(Iterable<String> prose) {
        Map<String, Integer> lower = new HashMap<>();
        for (String text : prose) {
            if (text == null) continue;
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group();
                if (w.equals(w.toLowerCase(Locale.ROOT))) lower.merge(w, 1, Integer::sum);
            }
        }
        return new OrdinaryWords(lower.entrySet().stream().filter(e -> e.getValue() >= MIN_LOWER)
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    /**
     * Whether every word of the name is an ordinary word written plainly (lower case, capitalised
     * or all capitals, no digits, no inner capitals): "Cars", "STRING", "Drone Tracking" but not
     * "MuMu", "WikiConv" or "Places365".
     */
    boolean ordinary(String name) {
        String[] parts = name.strip().split("[\\s\\-]+");
        if (parts.length == 0) return false;
        for (String p : parts) {
            if (p.isEmpty() || !p.chars().allMatch(Character::isLetter)) return false;
            String rest = p.substring(1);
            boolean plain = rest.equals(rest.toLowerCase(Locale.ROOT)) || p.equals(p.toUpperCase(Locale.ROOT));
            if (!plain || !words.contains(p.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * Whether every word of the name, in any case, is an ordinary word or a dimension ("3D"):
     * "VANiLLa", "MuTual", "3D Shapes", "Visual Question Answering".
     */
    boolean ordinaryIgnoringCase(String name) {
        String[] parts = name.strip().split("[\\s\\-]+");
        if (parts.length == 0) return false;
        for (String p : parts) {
            if (p.isEmpty()) return false;
            if (p.matches("\\d[dD]")) continue;
            if (!p.chars().allMatch(Character::isLetter) || !words.contains(p.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    int size() {
        return words.size();
    }
}
