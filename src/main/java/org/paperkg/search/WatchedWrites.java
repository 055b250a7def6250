package org.paperkg.search;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.rdf.RoutedWrites;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A write transaction's view of the store that notes the subjects whose indexed statements it
 * adds or deletes, so the text index can be brought in step with them once it commits. Every
 * way of changing quads is routed through {@link #add}/{@link #delete}, graph views included.
 */
public final class WatchedWrites extends RoutedWrites {
    private final Set<Node> indexed;
    private final Set<Node> touched = new LinkedHashSet<>();

    public WatchedWrites(DatasetGraph dsg, Set<Node> indexedPredicates) {
        super(dsg);
        this.indexed = indexedPredicates;
    }

    /** The subjects whose indexed statements changed. */
    public Collection<Node> touched() {
        return touched;
    }

    private void note(Node s, Node p) {
        if (p == null || p == Node.ANY || indexed.contains(p)) touched.add(s);
    }

    @Override
    public void add(Quad quad) {
        note(quad.getSubject(), quad.getPredicate());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        note(s, p);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        note(quad.getSubject(), quad.getPredicate());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        note(s, p);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (s != null && s != Node.ANY) {
            note(s, p);
        } else {
            noteMatching(g, p, o);
        }
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void removeGraph(Node graphName) {
        noteMatching(graphName, Node.ANY, Node.ANY);
        super.removeGraph(graphName);
    }

    @Override
    public void clear() {
        noteMatching(Node.ANY, Node.ANY, Node.ANY);
        super.clear();
    }

    /** The subjects of the indexed statements a wildcard delete will take. */
    private void noteMatching(Node g, Node p, Node o) {
        for (Node predicate : indexed) {
            if (p != null && p != Node.ANY && !p.equals(predicate)) continue;
            find(g, Node.ANY, predicate, o).forEachRemaining(q -> touched.add(q.getSubject()));
        }
    }
}
