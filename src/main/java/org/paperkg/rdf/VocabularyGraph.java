package org.paperkg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.paperkg.text.Slugs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Keeps the ontology and the catalogues of {@code ontology/} in the store, in the named graph
 * {@code graph/vocabulary}, so queries can use labels, versions and broader concepts. The graph
 * is replaced when the files change (by checksum).
 */
public final class VocabularyGraph {
    static final List<String> FILES = List.of("ontology/paperkg.ttl", "ontology/datasets.ttl", "ontology/concepts.ttl", "ontology/methods.ttl",
            "ontology/pwc-datasets.ttl", "ontology/pwc-methods.ttl");
    /** The files are in the jar: read and hashed once per process. */
    private static volatile String checksum;
    private static volatile List<Triple> parsed;

    private VocabularyGraph() {
    }

    /** Loads the vocabulary if the store's copy is missing or out of date; call in a write transaction. */
    public static boolean refresh(DatasetGraph dsg, IriScheme iris) {
        Node graph = iris.vocabularyGraph();
        if (checksum == null) {
            StringBuilder all = new StringBuilder();
            for (String f : FILES) all.append(read(f)).append('\n');
            checksum = Slugs.hash(all.toString(), 64);
        }
        var stored = dsg.find(graph, graph, Vocab.sha256, Node.ANY);
        if (stored.hasNext() && stored.next().getObject().getLiteralLexicalForm().equals(checksum)) return false;
        dsg.removeGraph(graph);
        for (Triple t : triples()) dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        dsg.add(graph, graph, Vocab.sha256, Literals.string(checksum));
        return true;
    }

    /** The files' triples, parsed once per process: a store is made often in tests, and the files are 2 MB of Turtle. */
    private static List<Triple> triples() {
        List<Triple> t = parsed;
        if (t == null) {
            synchronized (VocabularyGraph.class) {
                t = parsed;
                if (t == null) {
                    Graph all = GraphFactory.createDefaultGraph();
                    for (String f : FILES) RDFParser.fromString(read(f), Lang.TURTLE).parse(all);
                    parsed = t = List.copyOf(all.find().toList());
                }
            }
        }
        return t;
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
