package org.paperkg.extract;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The concepts of {@code ontology/concepts.ttl} and {@code ontology/pwc-methods.ttl}, with the labels and sense rules the extractor uses. */
public final class ConceptTaxonomy {
    public static final String RESOURCE = "ontology/concepts.ttl";
    /** Generated from Papers with Code by {@code paperkg vocab}: methods under collections under areas. */
    public static final String GENERATED = "ontology/pwc-methods.ttl";

    /** One concept: its preferred label first among its labels. */
    /** @param caseSensitive match the labels in their exact case only (a one-word name that is an ordinary word) */
    /** @param generated from the Papers with Code methods, not the hand-made taxonomy */
    public record Entry(String iri, String name, List<String> labels, List<String> notPrecededBy, boolean caseSensitive,
                        List<SenseRule> senseRules, boolean generated) {
        public Entry {
            labels = List.copyOf(labels);
            notPrecededBy = List.copyOf(notPrecededBy);
            senseRules = List.copyOf(senseRules);
        }
    }

    /**
     * When one label of a concept ({@code pkg:senseRule}) does not mean it.
     *
     * @param onlyInSentenceWith the label counts only in a sentence holding one of these words (none: no such need)
     * @param notAfter           the label does not count within {@code window} words after one of these
     */
    public record SenseRule(String label, Set<String> onlyInSentenceWith, Set<String> notAfter, int window) {
        public SenseRule {
            onlyInSentenceWith = Set.copyOf(onlyInSentenceWith);
            notAfter = Set.copyOf(notAfter);
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
            List<SenseRule> rules = new ArrayList<>();
            g.find(s, NodeFactory.createURI(DatasetCatalogue.PKG + "senseRule"), Node.ANY).forEachRemaining(r -> rules.add(rule(g, r.getObject())));
            out.add(new Entry(s.getURI(), name, labels, blockers,
                    g.contains(s, caseSensitive, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)), rules,
                    g.contains(s, SKOS.inScheme.asNode(), NodeFactory.createURI(DatasetCatalogue.PKG + "PapersWithCodeMethods"))));
        });
        out.sort(Comparator.comparing(Entry::iri));
        return new ConceptTaxonomy(out);
    }

    private static SenseRule rule(Graph g, Node r) {
        String label = DatasetCatalogue.literal(g, r, NodeFactory.createURI(DatasetCatalogue.PKG + "forLabel"));
        Set<String> only = words(g, r, "onlyInSentenceWith");
        Set<String> after = words(g, r, "notAfter");
        var window = g.find(r, NodeFactory.createURI(DatasetCatalogue.PKG + "window"), Node.ANY);
        return new SenseRule(label, only, after, window.hasNext() ? Integer.parseInt(window.next().getObject().getLiteralLexicalForm()) : 1);
    }

    private static Set<String> words(Graph g, Node r, String local) {
        Set<String> out = new HashSet<>();
        g.find(r, NodeFactory.createURI(DatasetCatalogue.PKG + local), Node.ANY)
                .forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT)));
        return out;
    }

    public List<Entry> entries() {
        return entries;
    }
}
