package org.paperkg.extract;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The datasets of {@code ontology/datasets.ttl} and {@code ontology/pwc-datasets.ttl}, as the extractor needs them: each with its
 * labels and how cautiously to match them. The same file is loaded into the graph, so what is
 * recognised and what can be queried never drift apart.
 */
public final class DatasetCatalogue {
    public static final String RESOURCE = "ontology/datasets.ttl";
    /** Generated from Papers with Code by {@code paperkg vocab}; the hand-curated file wins. */
    public static final String GENERATED = "ontology/pwc-datasets.ttl";
    static final String PKG = "https://w3id.org/paperkg/ontology#";

    /** One catalogued dataset. */
    /**
     * @param needsContext     a hand-curated word-like name: only beside a dataset word in its sentence or another dataset
     * @param needsDatasetWord a generated ambiguous name: only within a few words of a dataset word, or in a list with another dataset
     */
    public record Entry(String iri, String name, List<String> labels, boolean needsContext, boolean needsDatasetWord, boolean caseSensitive) {
        public Entry {
            labels = List.copyOf(labels);
        }
    }

    private final List<Entry> entries;

    private DatasetCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static DatasetCatalogue load() {
        Graph g = parse(RESOURCE);
        parse(GENERATED).find().forEachRemaining(g::add);
        return new DatasetCatalogue(read(g));
    }

    public List<Entry> entries() {
        return entries;
    }

    static Graph parse(String resource) {
        try (InputStream in = DatasetCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Entry> read(Graph g) {
        Node dataset = NodeFactory.createURI(PKG + "Dataset");
        List<Entry> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), dataset).forEachRemaining(t -> {
            Node s = t.getSubject();
            String name = literal(g, s, SKOS.prefLabel.asNode());
            List<String> labels = new ArrayList<>();
            labels.add(name);
            g.find(s, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(a -> labels.add(a.getObject().getLiteralLexicalForm()));
            out.add(new Entry(s.getURI(), name, labels, flag(g, s, "needsContext"), flag(g, s, "needsDatasetWord"), flag(g, s, "caseSensitive")));
        });
        out.sort(Comparator.comparing(Entry::iri));
        return out;
    }

    static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        if (!it.hasNext()) throw new IllegalStateException(s + " has no " + p);
        return it.next().getObject().getLiteralLexicalForm();
    }

    private static boolean flag(Graph g, Node s, String local) {
        var it = g.find(s, NodeFactory.createURI(PKG + local), Node.ANY);
        return it.hasNext() && "true".equals(it.next().getObject().getLiteralLexicalForm());
    }
}
