package org.paperkg.extract;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.GoldPapers;
import org.paperkg.GraphView;
import org.paperkg.Paperkg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dataset extraction against {@code ../shared/gold/seed-datasets.tsv}: prints precision, recall
 * and F1 and fails below 0.98 precision or 0.98 recall. A found dataset counts when its canonical
 * name or any of its labels is the gold name. The rules are the catalogue's and the extractor's;
 * no paper is listed anywhere.
 */
class ExtractionAccuracyTest {
    private static Map<String, GraphView.Paper> papers;
    private static Map<String, Set<String>> goldDatasets;
    private static Map<String, List<String>> labelsByIri;

    @BeforeAll
    static void load() throws Exception {
        GoldPapers gold = GoldPapers.load();
        try (Paperkg kg = Examples.ingestedInMemory(Examples.pages())) {
            papers = gold.match(GraphView.papers(kg));
        }
        goldDatasets = new HashMap<>();
        for (String line : Files.readAllLines(Examples.GOLD.resolve("seed-datasets.tsv"), StandardCharsets.UTF_8).subList(1, 250)) {
            String[] c = line.split("\t");
            goldDatasets.computeIfAbsent(c[0], k -> new TreeSet<>()).add(c[1]);
        }
        labelsByIri = new HashMap<>();
        for (DatasetCatalogue.Entry e : DatasetCatalogue.load().entries()) labelsByIri.put(e.iri(), e.labels());
        // a generated version (a processed copy: "binarized MNIST") is a use of its original, as queries
        // through pkg:versionOf read it; the gold names hand-curated versions (ImageNet-1k) by their own names
        Graph catalogue = DatasetCatalogue.parse(DatasetCatalogue.GENERATED);
        catalogue.find(Node.ANY, NodeFactory.createURI(DatasetCatalogue.PKG + "versionOf"), Node.ANY).forEachRemaining(t -> {
            List<String> labels = new ArrayList<>(labelsByIri.get(t.getSubject().getURI()));
            labels.addAll(labelsByIri.getOrDefault(t.getObject().getURI(), List.of()));
            labelsByIri.put(t.getSubject().getURI(), labels);
        });
    }

    @Test
    void proposedNameF1IsAtLeast80Percent() throws Exception {
        Map<String, Set<String>> gold = new HashMap<>();
        for (String line : Files.readAllLines(Examples.GOLD.resolve("seed-proposed.tsv"), StandardCharsets.UTF_8).subList(1, 329)) {
            String[] c = line.split("\t");
            gold.computeIfAbsent(c[0], k -> new TreeSet<>()).add(c[1]);
        }
        TextExtraction extractor = new TextExtraction(List.of(
                new ProposedNameExtractor(TextExtraction.notProposedLabels(DatasetCatalogue.load(), ConceptTaxonomy.load()), KnownMethods.load())));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, GraphView.Paper> e : papers.entrySet()) {
            List<Mention> found = found(extractor, e.getValue());
            Set<String> expected = gold.getOrDefault(e.getKey(), Set.of());
            Set<String> matched = new TreeSet<>();
            Set<String> wrong = new TreeSet<>();
            Set<String> seen = new TreeSet<>();
            for (Mention m : found) {
                String hit = expected.stream().filter(g -> key(g).equals(key(m.name()))
                        || (m.longForm() != null && key(g).equals(key(m.longForm())))).findFirst().orElse(null);
                if (hit != null) matched.add(hit);
                else if (seen.add(key(m.name()))) wrong.add(m.name());
            }
            Set<String> missed = new TreeSet<>(expected);
            missed.removeAll(matched);
            tp += matched.size();
            fp += wrong.size();
            fn += missed.size();
            if (!wrong.isEmpty() || !missed.isEmpty()) errors.add(e.getKey() + " false " + wrong + " missed " + missed);
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("proposed names: precision %.3f, recall %.3f, F1 %.3f (tp %d, fp %d, fn %d)%n", precision, recall, f1, tp, fp, fn);
        if (System.getProperty("paperkg.verbose") != null) errors.forEach(System.out::println);
        assertTrue(f1 >= 0.80, String.format("proposed-name F1 %.3f", f1));
    }

    /** What the extractors find in the paper's title and clean abstract, as ingest reads them. */
    private static List<Mention> found(TextExtraction extractor, GraphView.Paper p) {
        List<Mention> found = new ArrayList<>();
        if (p.title != null) found.addAll(extractor.extractFresh(p.title));
        if (p.cleanAbstract != null) found.addAll(extractor.extractFresh(p.cleanAbstract));
        return found;
    }

    /** Names compared ignoring case and punctuation. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    @Test
    void datasetPrecisionAndRecallAreAtLeast98Percent() {
        DatasetCatalogue catalogue = DatasetCatalogue.load();
        // the dataset extractors as ingest runs them: catalogue, discovery patterns, shipped tagger
        TextExtraction extractor = new TextExtraction(TextExtraction.datasetExtractors(catalogue, ConceptTaxonomy.load(),
                KnownMethods.load(), DatasetTaggerExtractor.shippedTagger(catalogue)));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, GraphView.Paper> e : papers.entrySet()) {
            List<Mention> found = found(extractor, e.getValue());
            Set<String> gold = goldDatasets.getOrDefault(e.getKey(), Set.of());
            Set<String> hit = new TreeSet<>();
            Set<String> foundNames = new TreeSet<>();
            for (Mention m : found) {
                foundNames.add(m.name());
                List<String> labels = m.key() == null ? List.of(m.name()) : labelsByIri.get(m.key());
                String match = gold.stream().filter(g -> labels.stream()
                        .anyMatch(l -> l.toLowerCase(Locale.ROOT).equals(g.toLowerCase(Locale.ROOT)))).findFirst().orElse(null);
                if (match != null) hit.add(match);
            }
            Set<String> wrong = new TreeSet<>(foundNames);
            wrong.removeIf(n -> gold.stream().anyMatch(g -> g.equalsIgnoreCase(n) || labelsByIri.values().stream()
                    .anyMatch(ls -> ls.contains(n) && ls.stream().anyMatch(l -> l.equalsIgnoreCase(g)))));
            Set<String> missed = new TreeSet<>(gold);
            missed.removeAll(hit);
            tp += hit.size();
            fp += wrong.size();
            fn += missed.size();
            if (!wrong.isEmpty()) errors.add(e.getKey() + " false: " + wrong);
            if (!missed.isEmpty()) errors.add(e.getKey() + " missed: " + missed);
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("datasets: precision %.3f, recall %.3f, F1 %.3f (tp %d, fp %d, fn %d)%n", precision, recall, f1, tp, fp, fn);
        errors.forEach(System.out::println);
        assertTrue(precision >= 0.98 && recall >= 0.98, String.format("precision %.3f, recall %.3f", precision, recall));
    }
}
