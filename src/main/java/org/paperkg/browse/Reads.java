package org.paperkg.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.Vocab;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the pages read from the store, over all its graphs at once (a statement several pages
 * make is read once). Every read is a lookup by subject or by predicate and object.
 */
final class Reads {
    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();
    static final Node BROADER = SKOS.broader.asNode();
    static final Node CONCEPT = SKOS.Concept.asNode();
    /** How a paper points at a dataset, method or concept. */
    static final List<Node> USES = List.of(Vocab.usesDataset, Vocab.usesMethod, Vocab.proposes, Vocab.aboutConcept);

    private Reads() {
    }

    static Set<Node> objects(DatasetGraph dsg, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    static Set<Node> subjects(DatasetGraph dsg, Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    static Optional<Node> object(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    static String text(DatasetGraph dsg, Node s, Node p) {
        return object(dsg, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(null);
    }

    static boolean has(DatasetGraph dsg, Node s, Node p, Node o) {
        return dsg.find(Node.ANY, s, p, o).hasNext();
    }

    static boolean exists(DatasetGraph dsg, Node s) {
        return dsg.find(Node.ANY, s, Node.ANY, Node.ANY).hasNext();
    }

    /** What a thing is called: its title, name or label, else the end of its IRI. */
    static String label(DatasetGraph dsg, Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        for (Node p : List.of(Vocab.title, Vocab.name, PREF_LABEL, Vocab.label, Vocab.fileName, Vocab.nameAsGiven)) {
            String t = text(dsg, n, p);
            if (t != null) return t;
        }
        if (!n.isURI()) return n.toString();
        String iri = n.getURI();
        return iri.substring(iri.replaceAll("/+$", "").lastIndexOf('/') + 1);
    }

    /** The kind of page a thing gets. */
    static Kind kind(DatasetGraph dsg, Node n) {
        if (!n.isURI()) return Kind.OTHER;
        Set<Node> types = objects(dsg, n, Vocab.type);
        if (types.contains(Vocab.Paper)) return Kind.PAPER;
        if (types.contains(Vocab.Person)) return Kind.PERSON;
        if (types.contains(Vocab.Dataset)) return Kind.DATASET;
        if (types.contains(Vocab.Method)) return Kind.METHOD;
        if (types.contains(CONCEPT)) return Kind.CONCEPT;
        if (types.contains(Vocab.Session)) return Kind.SESSION;
        if (types.contains(Vocab.Conference)) return Kind.CONFERENCE;
        if (types.contains(Vocab.Award)) return Kind.AWARD;
        if (types.contains(Vocab.SourcePage)) return Kind.SOURCE_PAGE;
        return Kind.OTHER;
    }

    /** The entries a paper pointing at one of them counts for {@code entry}: itself and every narrower one. */
    static Set<Node> narrowerOrSelf(DatasetGraph dsg, Node entry) {
        Set<Node> out = new LinkedHashSet<>();
        out.add(entry);
        out.addAll(subjects(dsg, Vocab.broaderOrSelf, entry));
        return out;
    }

    /** The papers pointing at any of {@code entries} (an entry's {@link #narrowerOrSelf}). */
    static Set<Node> papersUsing(DatasetGraph dsg, Set<Node> entries) {
        Set<Node> papers = new LinkedHashSet<>();
        for (Node e : entries) {
            for (Node p : USES) papers.addAll(subjects(dsg, p, e));
        }
        return papers;
    }

    /** A paper's mentions of any of {@code entries}, title first. */
    static List<Node> mentionsOf(DatasetGraph dsg, Node paper, Set<Node> entries) {
        List<Node> out = new ArrayList<>();
        for (Node m : objects(dsg, paper, Vocab.mention)) {
            Optional<Node> of = object(dsg, m, Vocab.mentionOf);
            if (of.isPresent() && entries.contains(of.get())) out.add(m);
        }
        out.sort(java.util.Comparator.comparing(m -> !"title".equals(text(dsg, m, Vocab.inField))));
        return out;
    }

    /** The kinds of thing that get their own page. */
    enum Kind {
        PAPER("paper"), PERSON("person"), DATASET("dataset"), METHOD("method"), CONCEPT("concept"), SESSION("session"),
        CONFERENCE("conference"), AWARD("award"), SOURCE_PAGE("source page"), OTHER("resource");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }
}
