package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

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

    /** The catalogue and taxonomy extractors of {@code ontology/}, built once. */
    public static TextExtraction standard() {
        TextExtraction t = standard;
        if (t == null) {
            synchronized (TextExtraction.class) {
                t = standard;
                if (t == null) {
                    DatasetCatalogue datasets = DatasetCatalogue.load();
                    ConceptTaxonomy concepts = ConceptTaxonomy.load();
                    KnownMethods methods = KnownMethods.load();
                    Set<String> known = knownLabels(datasets, concepts);
                    standard = t = new TextExtraction(List.of(new DatasetExtractor(datasets), new DatasetDiscovery(known),
                            new ConceptExtractor(concepts), new ProposedNameExtractor(known, methods),
                            new KnownMethodExtractor(methods)));
                }
            }
        }
        return t;
    }

    /** The labels of the catalogue and the taxonomy, lower case: names that are known, not new. */
    public static Set<String> knownLabels(DatasetCatalogue datasets, ConceptTaxonomy concepts) {
        Set<String> known = new HashSet<>();
        datasets.entries().forEach(e -> e.labels().forEach(l -> known.add(l.toLowerCase(Locale.ROOT))));
        concepts.entries().forEach(e -> e.labels().forEach(l -> known.add(l.toLowerCase(Locale.ROOT))));
        return known;
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

    /** Extraction without the memory of recent texts (what the benchmark measures). */
    public List<Mention> extractFresh(String text) {
        AnalyzedText analyzed = AnalyzedText.of(text);
        List<Mention> out = new ArrayList<>();
        for (Extractor e : extractors) out.addAll(e.extract(analyzed));
        return List.copyOf(out);
    }
}
