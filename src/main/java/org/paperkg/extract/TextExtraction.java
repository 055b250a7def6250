package org.paperkg.extract;

import org.paperkg.tagger.DatasetTagger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * All extractors over one text: the sentences are found once and shared.
 *
 * <pre>{@code
 * List<Mention> found = TextExtraction.standard().extract("We train on CIFAR-10/100 and ImageNet-1K.");
 * }</pre>
 */
public final class TextExtraction {
    private static volatile TextExtraction standard;
    private static final int REMEMBERED = 4096;
    /** The texts remembered hold at most this many characters, so long abstracts do not fill the heap. */
    private static final long REMEMBERED_CHARS = 4L << 20;
    private final List<Extractor> extractors;
    private long rememberedChars;
    /** Re-ingesting or re-deriving a paper reads the same text again; mentions are immutable. */
    private final Map<String, List<Mention>> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Mention>> eldest) {
            if (size() <= REMEMBERED && rememberedChars <= REMEMBERED_CHARS) return false;
            rememberedChars -= eldest.getKey().length();
            return true;
        }
    };

    public TextExtraction(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /** The catalogue and taxonomy extractors of {@code ontology/} and the shipped tagger, built once. */
    public static TextExtraction standard() {
        TextExtraction t = standard;
        if (t == null) {
            synchronized (TextExtraction.class) {
                t = standard;
                if (t == null) standard = t = build(true);
            }
        }
        return t;
    }

    /** A fresh set of the standard extractors, with or without the tagger (the benchmark compares the two). */
    public static TextExtraction build(boolean withTagger) {
        DatasetCatalogue datasets = DatasetCatalogue.load();
        ConceptTaxonomy concepts = ConceptTaxonomy.load();
        KnownMethods methods = KnownMethods.load();
        List<Extractor> all = new ArrayList<>(datasetExtractors(datasets, concepts, methods,
                withTagger ? DatasetTaggerExtractor.shippedTagger(datasets) : null));
        all.addAll(List.of(new ConceptExtractor(concepts), new ProposedNameExtractor(notProposedLabels(datasets, concepts), methods),
                new KnownMethodExtractor(methods)));
        return new TextExtraction(all);
    }

    /** The extractors, in the order they run. */
    public List<Extractor> extractors() {
        return extractors;
    }

    /**
     * The dataset extractors as ingest runs them: the catalogue, the discovery patterns and, when
     * given, a tagger (evaluation passes one trained on other folds).
     */
    public static List<Extractor> datasetExtractors(DatasetCatalogue datasets, ConceptTaxonomy concepts, KnownMethods methods,
                                                    DatasetTagger tagger) {
        DatasetExtractor catalogue = new DatasetExtractor(datasets);
        List<Extractor> out = new ArrayList<>(List.of(catalogue, new DatasetDiscovery(knownLabels(datasets, concepts))));
        if (tagger != null) {
            out.add(new DatasetTaggerExtractor(tagger, catalogue, conceptLabels(concepts, methods), DatasetTaggerExtractor.THRESHOLD));
        }
        return out;
    }

    /** The labels of the catalogue and the taxonomy, lower case: names that are known, not new. */
    public static Set<String> knownLabels(DatasetCatalogue datasets, ConceptTaxonomy concepts) {
        Set<String> known = new HashSet<>();
        addLabels(known, datasets.entries().stream().map(DatasetCatalogue.Entry::labels));
        addLabels(known, concepts.entries().stream().map(ConceptTaxonomy.Entry::labels));
        return known;
    }

    /**
     * The labels a name the paper introduces cannot be its own: catalogued datasets and the hand
     * concepts. A Papers with Code method is not among them: the paper that introduced FPN says
     * "called a Feature Pyramid Network (FPN)" as any new one would, and a paper that only uses a
     * well-known method is told apart by {@link KnownMethods}.
     */
    public static Set<String> notProposedLabels(DatasetCatalogue datasets, ConceptTaxonomy concepts) {
        Set<String> known = new HashSet<>();
        addLabels(known, datasets.entries().stream().map(DatasetCatalogue.Entry::labels));
        addLabels(known, concepts.entries().stream().filter(e -> !e.generated()).map(ConceptTaxonomy.Entry::labels));
        return known;
    }

    /** The labels of concepts and well-known methods, lower case: names that are not datasets. */
    public static Set<String> conceptLabels(ConceptTaxonomy concepts, KnownMethods methods) {
        Set<String> out = new HashSet<>();
        addLabels(out, concepts.entries().stream().map(ConceptTaxonomy.Entry::labels));
        addLabels(out, methods.entries().stream().map(e -> List.of(e.acronym())));
        return out;
    }

    private static void addLabels(Set<String> into, Stream<List<String>> labels) {
        labels.forEach(ls -> ls.forEach(l -> into.add(l.toLowerCase(Locale.ROOT))));
    }

    public List<Mention> extract(String text) {
        if (text == null || text.isBlank()) return List.of();
        synchronized (recent) {
            List<Mention> known = recent.get(text);
            if (known != null) return known;
        }
        List<Mention> found = extractFresh(text);
        synchronized (recent) {
            if (recent.put(text, found) == null) rememberedChars += text.length();
        }
        return found;
    }

    /**
     * Where several extractors name a dataset at overlapping places, one mention stays: a
     * catalogue node over a discovered name, then the surer, then the extractor listed first.
     */
    static List<Mention> oneDatasetPerSpan(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.DATASET) {
                out.add(m);
                continue;
            }
            boolean beaten = false;
            for (Mention o : mentions) {
                if (o == m || o.kind() != Mention.Kind.DATASET || o.extractor().equals(m.extractor())
                        || o.start() >= m.end() || m.start() >= o.end()) continue;
                int byKey = Boolean.compare(o.key() != null, m.key() != null);
                int bySureness = Double.compare(o.confidence(), m.confidence());
                if (byKey > 0 || (byKey == 0 && (bySureness > 0 || (bySureness == 0 && mentions.indexOf(o) < mentions.indexOf(m))))) {
                    beaten = true;
                    break;
                }
            }
            if (!beaten) out.add(m);
        }
        return out;
    }

    /** Extraction without the memory of recent texts (what the benchmark measures). */
    public List<Mention> extractFresh(String text) {
        AnalyzedText analyzed = AnalyzedText.of(text);
        List<Mention> out = new ArrayList<>();
        for (Extractor e : extractors) out.addAll(e.extract(analyzed));
        return List.copyOf(oneDatasetPerSpan(out));
    }
}
