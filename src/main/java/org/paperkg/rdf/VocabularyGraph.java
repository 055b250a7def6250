package org.paperkg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.text.Slugs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the ontology and the catalogues of {@code ontology/} in the store, in the named graph
 * {@code graph/vocabulary}, so queries can use labels, versions and broader concepts. The graph
 * is replaced when the files change (by checksum).
 */
public final class VocabularyGraph {
    static final List<String> FILES = List.of("ontology/paperkg.ttl", "ontology/datasets.ttl", "ontology/concepts.ttl", "ontology/methods.ttl",
            "ontology/pwc-datasets.ttl", "ontology/pwc-methods.ttl");
    /** The files are in the jar: read, hashed and parsed once per process (a store is made often in tests; the files are 2 MB). */
    private static volatile Loaded loaded;

    /** The files' checksum and triples, from one read of them, and each entry's {@code pkg:broaderOrSelf} entries. */
    private record Loaded(String checksum, List<Triple> triples, Map<Node, List<Node>> broaderOrSelf) {
    }

    private VocabularyGraph() {
    }

    /**
     * Loads the vocabulary if the store's copy is missing or out of date, and then writes the papers'
     * family edges again (other {@code skos:broader} links, other families); call in a write transaction.
     */
    public static boolean refresh(DatasetGraph dsg, IriScheme iris) {
        Node graph = iris.vocabularyGraph();
        if (storedChecksum(dsg, graph).filter(load().checksum()::equals).isPresent()) return false;
        dsg.removeGraph(graph);
        write(StreamRDFLib.dataset(dsg), iris);
        MentionMapper.rewriteFamilies(dsg, iris.papersGraph());
        return true;
    }

    /**
     * Whether the store holds a vocabulary graph older than this version's files (a store built by
     * an earlier paperkg): then queries that rely on what the files or {@link #lookups} add would
     * quietly find nothing, so a store is brought up to date when opened. A store without one is left
     * empty until its first page.
     */
    public static boolean isStale(DatasetGraph dsg, IriScheme iris) {
        return storedChecksum(dsg, iris.vocabularyGraph()).filter(sha -> !sha.equals(load().checksum())).isPresent();
    }

    /** The checksum of the files the store's vocabulary graph was loaded from, if it has one. */
    private static Optional<String> storedChecksum(DatasetGraph dsg, Node graph) {
        var stored = dsg.find(graph, graph, Vocab.sha256, Node.ANY);
        return stored.hasNext() ? Optional.of(stored.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    /** Writes the vocabulary graph, with its checksum, to {@code out} (a bulk load into a new store). */
    public static void write(StreamRDF out, IriScheme iris) {
        Node graph = iris.vocabularyGraph();
        Loaded vocabulary = load();
        for (Triple t : vocabulary.triples()) out.quad(Quad.create(graph, t));
        out.quad(Quad.create(graph, graph, Vocab.sha256, Literals.string(vocabulary.checksum())));
    }

    private static Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (VocabularyGraph.class) {
                l = loaded;
                if (l == null) {
                    StringBuilder all = new StringBuilder();
                    Graph g = GraphFactory.createDefaultGraph();
                    for (String f : FILES) {
                        String text = read(f);
                        all.append(text).append('\n');
                        RDFParser.fromString(text, Lang.TURTLE).parse(g);
                    }
                    lookups(g);
                    // the lookups are part of what the checksum covers: a change to how they are made reloads the graph
                    all.append(LOOKUPS_VERSION);
                    Map<Node, List<Node>> families = new HashMap<>();
                    g.find(Node.ANY, Vocab.broaderOrSelf, Node.ANY).forEachRemaining(
                            t -> families.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject()));
                    families.replaceAll((entry, up) -> List.copyOf(up));
                    loaded = l = new Loaded(Slugs.hash(all.toString(), 64), List.copyOf(g.find().toList()), Map.copyOf(families));
                }
            }
        }
        return l;
    }

    /**
     * The entry itself and every entry {@code skos:broader} reaches from it, as {@code pkg:broaderOrSelf}
     * gives them in the store; empty for a node the vocabulary does not have (a discovered dataset).
     */
    static List<Node> broaderOrSelf(Node entry) {
        return load().broaderOrSelf().getOrDefault(entry, List.of());
    }

    /** Changes whenever {@link #lookups} makes other triples. */
    private static final String LOOKUPS_VERSION = "lookups 1: searchKey, broaderOrSelf";
    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode());

    /**
     * Adds what lets a query find an entry and its family with index lookups instead of a filter
     * over every label and a property path over every entry: {@code pkg:searchKey}, each SKOS label
     * in lower case, and {@code pkg:broaderOrSelf}, from each labelled entry to itself and to every
     * entry {@code skos:broader} reaches from it (ImageNet-1k → ImageNet; consistency models →
     * diffusion models → generative models).
     */
    private static void lookups(Graph g) {
        List<Triple> added = new ArrayList<>();
        Set<Node> entries = new LinkedHashSet<>();
        for (Node label : LABELS) {
            g.find(Node.ANY, label, Node.ANY).forEachRemaining(t -> {
                if (!t.getObject().isLiteral()) return;
                entries.add(t.getSubject());
                added.add(Triple.create(t.getSubject(), Vocab.searchKey,
                        Literals.string(t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT))));
            });
        }
        Node broader = SKOS.broader.asNode();
        for (Node entry : entries) {
            Set<Node> reached = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(entry));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (!reached.add(n)) continue;
                g.find(n, broader, Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
            }
            for (Node up : reached) added.add(Triple.create(entry, Vocab.broaderOrSelf, up));
        }
        added.forEach(g::add);
    }

    private static String read(String resource) {
        try (InputStream in = VocabularyGraph.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
