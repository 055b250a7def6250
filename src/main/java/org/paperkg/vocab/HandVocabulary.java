package org.paperkg.vocab;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The project's hand-curated entries (datasets, concepts, well-known methods) by the keys of
 * their labels: the conversion keeps these and never writes a generated entry that shares a
 * name with one.
 */
final class HandVocabulary {
    private static final String PKG = "https://w3id.org/paperkg/ontology#";
    private final Map<String, String> datasets = new HashMap<>();
    private final Map<String, String> concepts = new HashMap<>();

    HandVocabulary(Path ontology) {
        read(ontology.resolve("datasets.ttl"), NodeFactory.createURI(PKG + "Dataset"), datasets);
        read(ontology.resolve("concepts.ttl"), SKOS.Concept.asNode(), concepts);
        read(ontology.resolve("methods.ttl"), NodeFactory.createURI(PKG + "Method"), concepts);
    }

    /** The hand dataset one of these labels names. */
    Optional<String> dataset(Iterable<String> labels) {
        return find(datasets, labels);
    }

    /** The hand concept or well-known method one of these labels names. */
    Optional<String> concept(Iterable<String> labels) {
        return find(concepts, labels);
    }

    /**
     * The hand dataset a name is made from with ordinary words ("Binarized MNIST", "Noisy
     * CIFAR-10"): a processed copy of it, so a version of it.
     */
    Optional<String> datasetWithin(String name, OrdinaryWords words) {
        String[] w = name.strip().split("\\s+");
        for (int len = w.length - 1; len >= 1; len--) {
            for (int from = 0; from + len <= w.length; from++) {
                String inner = String.join(" ", Arrays.copyOfRange(w, from, from + len));
                String hit = datasets.get(key(inner));
                if (hit == null || key(inner).length() < 4) continue;
                String rest = (String.join(" ", Arrays.copyOfRange(w, 0, from)) + " "
                        + String.join(" ", Arrays.copyOfRange(w, from + len, w.length))).strip();
                if (words.ordinaryIgnoringCase(rest)) return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    boolean isDatasetLabel(String label) {
        return datasets.containsKey(key(label));
    }

    boolean isConceptLabel(String label) {
        return concepts.containsKey(key(label)) || concepts.containsKey(singular(key(label)));
    }

    /** A label's key: its letters and digits, lower case ("CIFAR-10" and "cifar10" are one). */
    static String key(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static String singular(String key) {
        return key.length() > 3 && key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    private static Optional<String> find(Map<String, String> index, Iterable<String> labels) {
        for (String l : labels) {
            String hit = index.get(key(l));
            if (hit == null) hit = index.get(singular(key(l)));
            if (hit != null) return Optional.of(hit);
        }
        return Optional.empty();
    }

    private static void read(Path file, Node type, Map<String, String> into) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            Node s = t.getSubject();
            for (Node p : new Node[]{SKOS.prefLabel.asNode(), SKOS.altLabel.asNode()}) {
                g.find(s, p, Node.ANY).forEachRemaining(l -> {
                    String k = key(l.getObject().getLiteralLexicalForm());
                    into.putIfAbsent(k, s.getURI());
                    into.putIfAbsent(singular(k), s.getURI());
                });
            }
        });
    }
}
