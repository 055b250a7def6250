package org.paperkg.extract;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds catalogued datasets in a text with one Aho–Corasick pass over a normalised copy of it
 * (separators out, lower case), so every spelling of a label — CIFAR-10, CIFAR10, Cifar10 — hits.
 * Labels that are also ordinary words, and short acronyms, match in their exact case only; labels
 * that are ordinary words ("Cars", "Adult") count only beside a dataset word or another dataset.
 * Lists that share a stem ("CIFAR-10/100", "CIFAR-10, -20, -100") yield each dataset.
 */
public final class DatasetExtractor implements Extractor {
    public static final String NAME = "dataset-catalogue";
    private static final int SHORT = 4;
    static final int CONTEXT_WORDS = 4;
    /** Only names this long are matched across a one-letter slip. */
    private static final int SLIP_MIN = 8;
    static final Pattern DATASET_WORD = Pattern.compile("\\b(datasets?|data sets?|benchmarks?|corpus|corpora|databases?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What stands between two names of one list. */
    static final Pattern LIST_JOINT = Pattern.compile("\\s*(?:,|/|;)?\\s*(?:(?:and|or|&)\\s+)?");
    private static final Pattern CUE = Pattern.compile(
            "\\b(datasets?|data sets?|benchmarks?|corpus|corpora|suites?|games?|environments?|domains?|tasks?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "/100", ", -20", " and -100" after a dataset name that ends in a number. */
    private static final Pattern LIST_TAIL = Pattern.compile("^(\\s*/\\s*|\\s*,\\s*(?:and\\s+)?-\\s*|\\s+and\\s+-\\s*)(\\d+)");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[-_ ]?\\d+$");

    private final Trie caseless;
    private final Trie exact;
    private final Map<String, DatasetCatalogue.Entry> caselessKeys = new HashMap<>();
    private final Map<String, DatasetCatalogue.Entry> exactKeys = new HashMap<>();
    private final Map<String, Integer> parts = new HashMap<>();
    /** Keys of labels of several words without digits, and of no label in one word ("FoggyCityscapes"). */
    private final Set<String> spaced = new HashSet<>();
    private final Set<String> joined = new HashSet<>();

    public DatasetExtractor(DatasetCatalogue catalogue) {
        Trie.TrieBuilder caselessTrie = Trie.builder();
        Trie.TrieBuilder exactTrie = Trie.builder();
        for (DatasetCatalogue.Entry e : catalogue.entries()) {
            for (String label : e.labels()) {
                boolean sensitive = e.caseSensitive() || e.needsContext() || e.needsDatasetWord() || NormalizedText.key(label, true).length() <= SHORT;
                String key = NormalizedText.key(label, sensitive);
                (sensitive ? exactKeys : caselessKeys).putIfAbsent(key, e);
                if (label.strip().split("\\s+").length > 1 && label.chars().noneMatch(Character::isDigit)) spaced.add(key);
                else joined.add(key);
                (sensitive ? exactTrie : caselessTrie).addKeyword(key);
                parts.merge(key, label.split("[-_ ()]+").length, Math::max);
            }
        }
        spaced.removeAll(joined);
        caseless = caselessTrie.build();
        exact = exactTrie.build();
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The catalogue entry a name, as written, is a label of (in its exact case first); failing
     * that, the one a long name is one letter away from ("miniImagenNet"), a slip of typing or
     * of PDF extraction. Digits never count as a slip: CIFAR-10 and CIFAR-100 are two datasets.
     */
    Optional<DatasetCatalogue.Entry> lookup(String name) {
        DatasetCatalogue.Entry e = exactKeys.get(NormalizedText.key(name, true));
        if (e == null) e = caselessKeys.get(NormalizedText.key(name, false));
        if (e == null) e = oneLetterAway(NormalizedText.key(name, false));
        return Optional.ofNullable(e);
    }

    private DatasetCatalogue.Entry oneLetterAway(String key) {
        if (key.length() < SLIP_MIN) return null;
        DatasetCatalogue.Entry found = null;
        for (Map<String, DatasetCatalogue.Entry> keys : List.of(caselessKeys, exactKeys)) {
            for (Map.Entry<String, DatasetCatalogue.Entry> k : keys.entrySet()) {
                String other = keys == exactKeys ? k.getKey().toLowerCase(Locale.ROOT) : k.getKey();
                if (Math.abs(other.length() - key.length()) > 1 || !oneLetterApart(key, other)) continue;
                if (found != null && found != k.getValue()) return null;
                found = k.getValue();
            }
        }
        return found;
    }

    /** One letter inserted, deleted or replaced, and that letter not a digit. */
    static boolean oneLetterApart(String a, String b) {
        if (a.equals(b)) return false;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int j = 0;
        while (j < a.length() - i && j < b.length() - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) j++;
        String da = a.substring(i, a.length() - j);
        String db = b.substring(i, b.length() - j);
        if (da.length() + db.length() == 0 || da.length() > 1 || db.length() > 1) return false;
        return (da + db).chars().noneMatch(Character::isDigit);
    }

    @Override
    public List<Mention> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Candidate> found = new ArrayList<>();
        collect(text, NormalizedText.of(text, false), caseless, caselessKeys, found);
        collect(text, NormalizedText.of(text, true), exact, exactKeys, found);
        found = outermost(found);
        List<Candidate> all = new ArrayList<>(found);
        for (Candidate c : found) all.addAll(listTail(text, c));
        Map<String, Mention> out = new LinkedHashMap<>();
        all.sort(Comparator.comparingInt(Candidate::start));
        for (Candidate c : all) {
            if (c.entry.needsContext() && !inContext(analyzed, c, all)) continue;
            if (c.entry.needsDatasetWord() && !nextToDatasetWord(text, c, all)) continue;
            String key = c.entry.iri() + "@" + c.start;
            out.putIfAbsent(key, new Mention(Mention.Kind.DATASET, c.entry.iri(), c.entry.name(), text.substring(c.start, c.end),
                    c.start, c.end, analyzed.sentenceAt(c.start), NAME, c.confidence, null));
        }
        return List.copyOf(out.values());
    }

    private void collect(String text, NormalizedText norm, Trie trie, Map<String, DatasetCatalogue.Entry> keys,
                         List<Candidate> out) {
        for (Emit emit : trie.parseText(norm.text)) {
            int start = norm.start(emit.getStart());
            int end = norm.end(emit.getEnd());
            if (!AnalyzedText.isWord(text, start, end)) continue;
            String surface = text.substring(start, end);
            if (surface.strip().split("\\s+").length > parts.getOrDefault(emit.getKeyword(), 1)) continue;
            // "Da Vinci" is not the model "DaVinci": words of a name without digits stay apart
            if (spaced.contains(emit.getKeyword()) && surface.chars().noneMatch(ch -> NormalizedText.isSeparator((char) ch))) continue;
            DatasetCatalogue.Entry entry = keys.get(emit.getKeyword());
            double confidence = entry.needsContext() || entry.needsDatasetWord() ? 0.8 : 0.95;
            out.add(new Candidate(entry, start, end, confidence, false));
            // "(C)BSD68" names CBSD68 and BSD68 both
            if (start > 0 && text.charAt(start - 1) == '(' && surface.length() > 3 && surface.charAt(1) == ')') {
                DatasetCatalogue.Entry base = keys.get(NormalizedText.key(surface.substring(2), keys == exactKeys));
                if (base != null) out.add(new Candidate(base, start + 2, end, confidence, true));
            }
        }
    }

    /** Extends "CIFAR-10" over "/100" or ", -20" to the datasets those tails name. */
    private List<Candidate> listTail(String text, Candidate head) {
        List<Candidate> out = new ArrayList<>();
        String surface = text.substring(head.start, head.end);
        Matcher number = TRAILING_NUMBER.matcher(surface);
        if (!number.find()) return out;
        String stem = surface.substring(0, number.start());
        int at = head.end;
        while (true) {
            Matcher tail = LIST_TAIL.matcher(text.substring(at));
            if (!tail.find()) break;
            int end = at + tail.end();
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) break;
            String name = stem + tail.group(2);
            DatasetCatalogue.Entry e = caselessKeys.get(NormalizedText.key(name, false));
            if (e == null) e = exactKeys.get(NormalizedText.key(name, true));
            if (e == null) break;
            out.add(new Candidate(e, head.start, end, 0.9, true));
            at = end;
        }
        return out;
    }

    /**
     * A hand-curated word-like name ({@code pkg:needsContext}): a dataset word anywhere in the
     * sentence, or another dataset that needs no context close by.
     */
    private static boolean inContext(AnalyzedText analyzed, Candidate c, List<Candidate> all) {
        if (CUE.matcher(analyzed.sentenceAt(c.start)).find()) return true;
        for (Candidate other : all) {
            if (other != c && !other.entry.needsContext() && !other.entry.needsDatasetWord() && Math.abs(other.start - c.start) < 60) return true;
        }
        return false;
    }

    /**
     * A generated ambiguous name ({@code pkg:needsDatasetWord}, thousands of them): a dataset
     * word within {@value #CONTEXT_WORDS} words either side ("the Cars dataset", "benchmarks such
     * as Cars", "Cars and Aircraft datasets"), or a dataset that needs no context next to it in a
     * list ("CUB, Cars and Aircraft"). A task, a game or a word in a sentence that mentions data
     * somewhere does not count.
     */
    private static boolean nextToDatasetWord(String text, Candidate c, List<Candidate> all) {
        if (DATASET_WORD.matcher(window(text, c.start, -CONTEXT_WORDS)).find() || DATASET_WORD.matcher(window(text, c.end, CONTEXT_WORDS)).find()) return true;
        for (Candidate other : all) {
            if (other == c || other.entry.needsContext() || other.entry.needsDatasetWord()) continue;
            String between = other.end <= c.start ? text.substring(other.end, c.start) : other.start >= c.end ? text.substring(c.end, other.start) : null;
            if (between != null && LIST_JOINT.matcher(between).matches()) return true;
        }
        return false;
    }

    /** The {@code words} words after {@code from} (before it when negative), within its sentence. */
    static String window(String text, int from, int words) {
        int at = from;
        int step = words < 0 ? -1 : 1;
        int seen = 0;
        boolean inWord = false;
        while (at > 0 && at < text.length()) {
            char ch = step < 0 ? text.charAt(at - 1) : text.charAt(at);
            if (ch == '.' || ch == ';' || ch == '\n') break;
            boolean letter = Character.isLetterOrDigit(ch);
            if (letter && !inWord && ++seen > Math.abs(words)) break;
            inWord = letter;
            at += step;
        }
        return step < 0 ? text.substring(at, from) : text.substring(from, at);
    }

    /** Drops candidates inside a longer one: "ImageNet" within "ImageNet-1K". */
    private static List<Candidate> outermost(List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            boolean inside = false;
            for (Candidate o : found) {
                if (!c.named && o != c && o.start <= c.start && o.end >= c.end && (o.end - o.start) > (c.end - c.start)) {
                    inside = true;
                    break;
                }
            }
            if (!inside && out.stream().noneMatch(x -> x.start == c.start && x.end == c.end && x.entry == c.entry)) out.add(c);
        }
        return out;
    }

    /** @param named named by a list or bracket rule, so kept even inside a longer match */
    private record Candidate(DatasetCatalogue.Entry entry, int start, int end, double confidence, boolean named) {
    }
}
