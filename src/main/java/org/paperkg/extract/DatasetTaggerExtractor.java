package org.paperkg.extract;

import opennlp.tools.util.Span;
import org.paperkg.tagger.DatasetTagger;
import org.paperkg.tagger.NameDictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Dataset names found by the trained tagger ({@link DatasetTagger}, model
 * {@value #MODEL}, made by {@code paperkg train-tagger}). A name the catalogue holds becomes a
 * mention of that catalogue node (so "the Charades benchmark" reaches the catalogue entry even
 * where its own context rule did not fire); any other becomes a discovered dataset with the
 * tagger's confidence. The tagger's span is cut to the names in it: "the IndBAN and IndDEV
 * dataset" gives IndBAN and IndDEV. Only sentences with a dataset word and something name-like
 * in them, and not in title case, are tagged.
 */
public final class DatasetTaggerExtractor implements Extractor {
    public static final String NAME = "dataset-tagger";
    public static final String MODEL = "tagger/dataset-tagger.bin.gz";
    /**
     * Chosen on ten-fold cross-validation of the training corpus: the tagger alone had precision
     * 0.895 with no threshold, 0.909 from 0.6 (recall 0.862) and 0.950 from 0.7 (recall 0.787).
     */
    public static final double THRESHOLD = 0.6;
    private static final Pattern LEADING = Pattern.compile("^(?:(?:the|a|an|our|their|its|this|these|both|new|public|publicly available|standard|benchmark)\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final String SPLIT = "(?:test|testing|training|train|evaluation|validation|dev)";
    private static final String DATA_NOUN = "(?:datasets?|data\\s+sets?|data|corpus|corpora|benchmarks?|databases?|collections?|suites?|repository)";
    /** What closes a span but is not the name: "testing dataset", "test collection", "training set", "data set". */
    private static final Pattern TRAILING = Pattern.compile(
            "(?:\\s+(?:" + SPLIT + "\\s+sets?|(?:" + SPLIT + "|retrieval|image|text|test)\\s+" + DATA_NOUN + "|" + DATA_NOUN + "))+$",
            Pattern.CASE_INSENSITIVE);
    /** Words that say a name beside them is a dataset's; for new names, so broader than the catalogue's. */
    private static final Pattern DATA_WORD = Pattern.compile(
            "\\b(?:datasets?|data\\s+sets?|benchmarks?|corpus|corpora|databases?|collections?|repository|treebank|suite|"
                    + SPLIT + "\\s+sets?)\\b", Pattern.CASE_INSENSITIVE);
    /** How far a dataset word may stand from a tagged span: "the datasets used in [7], including AP88-89". */
    private static final int CONTEXT_WORDS = 6;
    private static final Pattern PLURAL_AFTER = Pattern.compile("\\s*(?:datasets|data\\s+sets|benchmarks|corpora|collections|databases)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLURAL_END = Pattern.compile("\\s(?:datasets|data\\s+sets|benchmarks|corpora|collections|databases)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUANTIFIER = Pattern.compile(
            "\\b(?:various|several|many|multiple|all|most|some|public|publicly|standard|existing|popular|common|other|these|such|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b");
    private static final Pattern JOINT_INSIDE = Pattern.compile(",|\\s(?:and|or|&)\\s|/");
    private static final Pattern QUOTES = Pattern.compile("^[\"“”'‘’]+|[\"“”'‘’]+$");
    private static final Pattern JOINT = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s*/\\s*|\\s*&\\s*)");
    /** Something a name could be made of: a capital after the first letter of the sentence, a digit, inner capitals. */
    private static final Pattern NAME_LIKE = Pattern.compile("(?<=[\\s(\\[\"“,;:/-])\\p{Lu}|\\p{L}\\d|\\d\\p{L}|\\p{Ll}\\p{Lu}|\\p{Lu}{2}");

    private static final int MAX_WORDS = 6;
    private static final Set<String> JOINING = Set.of("of", "for", "the", "on", "in", "de", "and", "v", "vs", "with", "to", "from", "by", "at");
    /** Letters, digits, spaces and the joints names use; no brackets, colons, quotes or decimals. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\s+\\-_'’&/]*");
    private final DatasetTagger tagger;
    private final DatasetExtractor catalogue;
    private final Set<String> notDatasets;
    private final double threshold;
    private final LongAdder sentences = new LongAdder();
    private final LongAdder tagged = new LongAdder();

    /**
     * @param notDatasets lower-case labels of concepts and methods: a tagged "ResNet" is not a dataset
     */
    public DatasetTaggerExtractor(DatasetTagger tagger, DatasetExtractor catalogue, Set<String> notDatasets, double threshold) {
        this.tagger = tagger;
        this.catalogue = catalogue;
        this.notDatasets = Set.copyOf(notDatasets);
        this.threshold = threshold;
    }

    /** The shipped model, over the catalogue's names. */
    public static DatasetTagger shippedTagger(DatasetCatalogue catalogue) {
        try (InputStream in = DatasetTaggerExtractor.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException(MODEL + " is missing from the classpath: run ./paperkg train-tagger");
            return DatasetTagger.load(new GZIPInputStream(in), dictionary(catalogue));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL, e);
        }
    }

    /** The catalogue's labels as the tagger's vocabulary, each marked clear or ambiguous. */
    public static NameDictionary dictionary(DatasetCatalogue catalogue) {
        Map<String, Boolean> names = new HashMap<>();
        for (DatasetCatalogue.Entry e : catalogue.entries()) {
            for (String l : e.labels()) names.merge(l, e.needsContext() || e.needsDatasetWord(), Boolean::logicalAnd);
        }
        return new NameDictionary(names);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Sentences seen and sentences tagged so far: what the benchmark reports. */
    public long[] sentencesSeenAndTagged() {
        return new long[]{sentences.sum(), tagged.sum()};
    }

    @Override
    public List<Mention> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Mention> out = new ArrayList<>();
        for (Span s : analyzed.sentences()) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            sentences.increment();
            // what the tagger adds needs a dataset word near it; a sentence with none can only
            // name datasets the catalogue finds on its own, so it is not tagged (most sentences)
            if (!DATA_WORD.matcher(sentence).find() || !NAME_LIKE.matcher(sentence).find() || titleCase(sentence)) continue;
            tagged.increment();
            List<DatasetTagger.Found> found = tagger.tag(sentence);
            // a span and the name cut from it are often the same text: look each up once (a miss scans the catalogue for slips)
            Map<String, Optional<DatasetCatalogue.Entry>> looked = new HashMap<>();
            Function<String, Optional<DatasetCatalogue.Entry>> lookup = n -> looked.computeIfAbsent(n, catalogue::lookup);
            boolean[] beside = besideDatasetWord(sentence, found, lookup);
            for (int k = 0; k < found.size(); k++) {
                DatasetTagger.Found f = found.get(k);
                if (f.confidence() < threshold) continue;
                String span = sentence.substring(f.start(), f.end());
                boolean dataPhrase = TRAILING.matcher(span).find();
                for (int[] piece : names(sentence, f.start(), f.end())) {
                    String name = sentence.substring(piece[0], piece[1]);
                    int start = s.getStart() + piece[0];
                    int end = s.getStart() + piece[1];
                    Optional<DatasetCatalogue.Entry> known = lookup.apply(name);
                    if (known.isPresent()) {
                        // a word-like catalogue name ("MTL", "Cars") needs the dataset word here as it does there
                        if ((known.get().needsContext() || known.get().needsDatasetWord()) && !beside[k]) continue;
                        out.add(new Mention(Mention.Kind.DATASET, known.get().iri(), known.get().name(), name, start, end, sentence, NAME,
                                round(f.confidence()), null));
                    } else if (beside[k] && looksLikeName(name, piece[0] == 0, dataPhrase)
                            && !notDatasets.contains(name.toLowerCase(Locale.ROOT))
                            && !alias(sentence, piece[0], piece[1]) && !kind(sentence, found, k)) {
                        out.add(new Mention(Mention.Kind.DATASET, null, name, name, start, end, sentence, NAME, round(f.confidence()), null));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Which tagged spans have a dataset word in or beside them ("the Volleyball dataset",
     * "datasets such as VIVA"), or stand in one list with a span that has ("datasets, i.e.,
     * MNIST, CIFAR10, SHREC13, SHREC14 and ModelNet10"). A new name needs this: abstracts name
     * methods, tasks and losses in the same shapes as datasets, and the corpus the tagger
     * learnt from is mostly sentences about data. Spans below the threshold still carry a
     * list's context from one name to the next.
     */
    private static boolean[] besideDatasetWord(String sentence, List<DatasetTagger.Found> found,
                                               Function<String, Optional<DatasetCatalogue.Entry>> lookup) {
        boolean[] out = new boolean[found.size()];
        for (int k = 0; k < out.length; k++) {
            int start = found.get(k).start();
            int end = found.get(k).end();
            String span = sentence.substring(start, end);
            out[k] = DATA_WORD.matcher(span).find()
                    || DATA_WORD.matcher(DatasetExtractor.window(sentence, start, -CONTEXT_WORDS)).find()
                    || DATA_WORD.matcher(DatasetExtractor.window(sentence, end, CONTEXT_WORDS)).find()
                    // a dataset the catalogue knows without doubt vouches for the list it stands in
                    || lookup.apply(span).filter(e -> !e.needsContext() && !e.needsDatasetWord()).isPresent();
        }
        // spread along lists, both ways
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k + 1 < out.length; k++) {
                int a = pass == 0 ? k : out.length - 2 - k;
                String between = sentence.substring(found.get(a).end(), found.get(a + 1).start());
                if (DatasetExtractor.LIST_JOINT.matcher(between).matches() && (out[a] || out[a + 1])) out[a] = out[a + 1] = true;
            }
        }
        return out;
    }

    /** "ENAMEL (EfficeNcy AutoMatic EvaLuator)", "… Indoor Spaces (S3DIS)": the bracketed name is the one before it again. */
    static boolean alias(String sentence, int start, int end) {
        int open = start - 1;
        while (open >= 0 && sentence.charAt(open) == ' ') open--;
        if (open < 1 || sentence.charAt(open) != '(' || end >= sentence.length() || sentence.charAt(end) != ')') return false;
        int before = open - 1;
        while (before >= 0 && sentence.charAt(before) == ' ') before--;
        return before >= 0 && Character.isLetterOrDigit(sentence.charAt(before));
    }

    /**
     * One name, not a list, after a quantity or a kind word and before a plural dataset word:
     * "various public MTL datasets", "eight UCI datasets", "all standard CCA … benchmarks" name a
     * kind of dataset or a source of many, not one dataset. "VIVA and EgoGesture datasets" is a
     * list and stays.
     */
    static boolean kind(String sentence, List<DatasetTagger.Found> found, int k) {
        DatasetTagger.Found f = found.get(k);
        String span = sentence.substring(f.start(), f.end());
        Matcher plural = PLURAL_AFTER.matcher(sentence.substring(f.end()));
        boolean followed = plural.lookingAt() || PLURAL_END.matcher(span).find();
        if (!followed || JOINT_INSIDE.matcher(span).find()) return false;
        if (k > 0 && DatasetExtractor.LIST_JOINT.matcher(sentence.substring(found.get(k - 1).end(), f.start())).matches()) return false;
        return QUANTIFIER.matcher(DatasetExtractor.window(sentence, f.start(), -3)).find();
    }

    /** Most words capitalised: a title, where every word looks like a name. */
    static boolean titleCase(String sentence) {
        int words = 0;
        int capitalised = 0;
        for (String w : sentence.split("[\\s:,;]+")) {
            if (w.length() <= 3 || !Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return words >= 3 && capitalised * 10 >= words * 6;
    }

    /**
     * The names in a tagged span, as offsets into the sentence: without a leading "the" or a
     * trailing "dataset", and cut at list joints ("IndBAN and IndDEV").
     */
    static List<int[]> names(String sentence, int start, int end) {
        String span = sentence.substring(start, end);
        Matcher lead = LEADING.matcher(span);
        int from = lead.find() ? lead.end() : 0;
        Matcher trail = TRAILING.matcher(span);
        int to = trail.find() && trail.start() >= from ? trail.start() : span.length();
        List<int[]> out = new ArrayList<>();
        if (to <= from) return out;
        Matcher joint = JOINT.matcher(span.substring(from, to));
        int at = 0;
        String core = span.substring(from, to);
        while (joint.find()) {
            if (joint.start() > at) out.add(new int[]{start + from + at, start + from + joint.start()});
            at = joint.end();
        }
        if (at < core.length()) out.add(new int[]{start + from + at, start + from + core.length()});
        for (int[] p : out) {
            Matcher q = QUOTES.matcher(sentence.substring(p[0], p[1]));
            while (q.find()) {
                if (q.start() == 0) p[0] += q.end();
                else p[1] -= q.end() - q.start();
            }
        }
        out.removeIf(p -> p[1] <= p[0] || sentence.substring(p[0], p[1]).isBlank());
        return out;
    }

    /**
     * A name, not a phrase: at most six words, no brackets, colons or decimals, some word with
     * a capital (not just the sentence's first letter), a digit or inner capitals, and no
     * lower-case word but joining ones. "MegaFace", "Volleyball", "PCD", "MIMIC 1", "Billion
     * Triple Challenge 2009" are; "photo collection", "CLIP model achieves", "NeRF (Neural …)" are not.
     */
    static boolean looksLikeName(String name, boolean sentenceStart, boolean dataPhrase) {
        if (!PLAIN.matcher(name).matches()) return false;
        String[] words = name.split("\\s+");
        if (words.length > MAX_WORDS) return false;
        boolean named = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean digits = w.chars().anyMatch(Character::isDigit) && w.chars().anyMatch(Character::isLetter);
            boolean caps = w.chars().filter(Character::isUpperCase).count() >= 2;
            boolean capital = Character.isUpperCase(w.charAt(0));
            if (digits || caps || (capital && !(sentenceStart && i == 0))) {
                named = true;
            } else if (!capital && !w.chars().allMatch(Character::isDigit) && !JOINING.contains(w) && !(dataPhrase && named)) {
                // "CLIP model achieves": lower-case words make a phrase, unless the tagger's span
                // ends in a dataset word after a name ("the Enron e-mail dataset")
                return false;
            }
        }
        return named;
    }

    private static double round(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
