package org.paperkg.extract;

import opennlp.tools.util.Span;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds datasets the catalogue does not hold, from how the text speaks of them: "a dataset
 * called X", "X, a new benchmark", "the X dataset", "on X and Y datasets". Only names that look
 * like names count (coined words, or capitalised words not opening the sentence); generic
 * phrases ("the test set", "real-world datasets") never do. What is found is less certain than
 * a catalogue match, and says so in its confidence.
 */
public final class DatasetDiscovery implements Extractor {
    public static final String NAME = "dataset-discovery";
    private static final String NOUN = "(?:dataset|data set|benchmark|corpus|suite)";
    // possessive runs, a name that starts only where a word starts, and bounded repetitions of
    // groups (Java's engine recurses once per repetition): every pattern here is linear in the
    // sentence, so a 60,000-letter "word" cannot make a page hang or overflow the stack
    private static final String WORD = "(?:\\p{Lu}[\\p{L}0-9+]*+(?:-[\\p{L}0-9+]++){0,6}+|\\p{Ll}++[\\p{Lu}0-9][\\p{L}0-9+-]*+)";
    private static final String NAME_ = "(?<![\\p{L}0-9+-])(" + WORD + "(?:\\s+" + WORD + "){0,2})";
    private static final Pattern CALLED = Pattern.compile("\\b" + NOUN + "s?,?\\s+(?:called|named|dubbed|termed)\\s+[\"“]?" + NAME_);
    private static final Pattern APPOSITION = Pattern.compile(NAME_ + ",\\s+an?\\s+(?:[\\w-]++\\s+){0,4}?" + NOUN + "\\b");
    private static final Pattern THE_X_DATASET = Pattern.compile("\\b(?:the|our|a|new)\\s+" + NAME_ + "\\s+" + NOUN + "s?\\b");
    private static final Pattern ON_X_AND_Y = Pattern.compile("\\b(?:on|using|with)\\s+" + NAME_ + "\\s+and\\s+" + NAME_ + "\\s+" + NOUN + "s\\b");
    private static final Set<String> GENERIC = Set.of("test", "training", "validation", "real-world", "public", "proposed",
            "same", "following", "new", "large", "synthetic", "standard", "benchmark", "dataset", "several", "various",
            "multiple", "other", "these", "this", "our", "the", "existing", "popular", "challenging", "two", "three",
            "four", "five", "six", "many", "both", "all", "each", "english", "large-scale", "open-source", "human");
    private final Set<String> known;

    /** @param known labels of catalogued datasets and concepts, lower case: found elsewhere, not discovered */
    public DatasetDiscovery(Set<String> known) {
        this.known = Set.copyOf(known);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        Map<String, Mention> out = new LinkedHashMap<>();
        for (Span s : analyzed.sentences()) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            // every pattern names a dataset noun: a sentence without one is skipped cheaply
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (!(lower.contains("data") || lower.contains("benchmark") || lower.contains("corpus") || lower.contains("suite"))) continue;
            find(CALLED, sentence, s.getStart(), analyzed, out, 0.7, 1);
            find(APPOSITION, sentence, s.getStart(), analyzed, out, 0.65, 1);
            find(THE_X_DATASET, sentence, s.getStart(), analyzed, out, 0.6, 1);
            find(ON_X_AND_Y, sentence, s.getStart(), analyzed, out, 0.6, 1, 2);
        }
        return List.copyOf(out.values());
    }

    private void find(Pattern p, String sentence, int offset, AnalyzedText analyzed, Map<String, Mention> out,
                      double confidence, int... groups) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            for (int g : groups) {
                int start = m.start(g);
                String name = m.group(g);
                if (!looksLikeName(name, start == 0)) continue;
                String key = name.toLowerCase(Locale.ROOT);
                if (known.contains(key)) continue;
                out.putIfAbsent(key, new Mention(Mention.Kind.DATASET, null, name, name, offset + start, offset + m.end(g),
                        analyzed.sentenceAt(offset + start), NAME, confidence, null));
            }
        }
    }

    /** A coined word, or capitalised words that are not simply opening the sentence, and nothing generic. */
    private static boolean looksLikeName(String name, boolean sentenceStart) {
        for (String w : name.split("\\s+")) {
            if (GENERIC.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        if (ProposedNameExtractor.coined(name.split("\\s+")[name.split("\\s+").length - 1])) return true;
        return !sentenceStart && name.split("\\s+").length >= 1 && Character.isUpperCase(name.charAt(0))
                && name.chars().filter(Character::isUpperCase).count() >= 2;
    }
}
