package org.paperkg.extract;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The concepts of {@code ontology/concepts.ttl} and {@code ontology/pwc-methods.ttl}, with the labels and sense rules the extractor uses. */
public final class ConceptTaxonomy {
    public static final String RESOURCE = "ontology/concepts.ttl";
    /** Generated from Papers with Code by {@code paperkg vocab}: methods under collections under areas. */
    public static final String GENERATED = "ontology/pwc-methods.ttl";

    /** One concept: its preferred label first among its labels. */
    /** @param caseSensitive match the labels in their exact case only (a one-word name that is an ordinary word) */
    public record Entry(String iri, String name, List<String> labels, List<String> notPrecededBy, boolean caseSensitive) {
        public Entry {
            labels = List.copyOf(labels);
            notPrecededBy = List.copyOf(notPrecededBy);
        }
    }

    private final List<Entry> entries;

    private ConceptTaxonomy(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ConceptTaxonomy load() {
        Graph g = DatasetCatalogue.parse(RESOURCE);
        DatasetCatalogue.parse(GENERATED).find().forEachRemaining(g::add);
        Node notPreceded = NodeFactory.createURI(DatasetCatalogue.PKG + "notPrecededBy");
        Node matched = NodeFactory.createURI(DatasetCatalogue.PKG + "matchInText");
        Node caseSensitive = NodeFactory.createURI(DatasetCatalogue.PKG + "caseSensitive");
        List<Entry> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).forEachRemaining(t -> {
            Node s = t.getSubject();
            // collections and areas file methods; their names ("General", "Graph Models") are not mentions
            if (g.contains(s, matched, NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean))) return;
            String name = DatasetCatalogue.literal(g, s, SKOS.prefLabel.asNode());
            List<String> labels = new ArrayList<>(List.of(name));
            g.find(s, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(a -> labels.add(a.getObject().getLiteralLexicalForm()));
            List<String> blockers = new ArrayList<>();
            g.find(s, notPreceded, Node.ANY).forEachRemaining(a -> blockers.add(a.getObject().getLiteralLexicalForm()));
            out.add(new Entry(s.getURI(), name, labels, blockers,
                    g.contains(s, caseSensitive, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean))));
        });
        out.sort(Comparator.comparing(Entry::iri));
        return new ConceptTaxonomy(out);
    }

    public List<Entry> entries() {
        return entries;
    }
}
