package org.paperkg.remote;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.rdf.RoutedWrites;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A write transaction's view that notes what it changes, for a replica: the page graphs it
 * touched (each is sent whole, so a page's papers arrive in one piece), and the net quads it
 * added to and deleted from every other graph (the derived, vocabulary and link graphs, which
 * are too large to send whole per page). A quad added and then deleted in one transaction is
 * neither; a quad added that was already there is not noted.
 */
final class RecordedChanges extends RoutedWrites {
    private final Predicate<Node> isPageGraph;
    private final Set<Node> pages = new LinkedHashSet<>();
    private final Set<Quad> added = new LinkedHashSet<>();
    private final Set<Quad> deleted = new LinkedHashSet<>();
    private boolean cleared;

    RecordedChanges(DatasetGraph dsg, Predicate<Node> isPageGraph) {
        super(dsg);
        this.isPageGraph = isPageGraph;
    }

    /** The page graphs written to, in the order first touched. */
    Set<Node> pages() {
        return pages;
    }

    Set<Quad> added() {
        return added;
    }

    Set<Quad> deleted() {
        return deleted;
    }

    /** Whether the whole dataset was cleared: only a full copy brings a replica in step then. */
    boolean cleared() {
        return cleared;
    }

    boolean noChange() {
        return pages.isEmpty() && added.isEmpty() && deleted.isEmpty() && !cleared;
    }

    @Override
    public void add(Quad quad) {
        if (isPageGraph.test(quad.getGraph())) {
            pages.add(quad.getGraph());
        } else if (!deleted.remove(quad) && !super.contains(quad)) {
            added.add(quad);
        }
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(Quad.create(g, s, p, o));
    }

    @Override
    public void delete(Quad quad) {
        if (isPageGraph.test(quad.getGraph())) {
            pages.add(quad.getGraph());
        } else if (!added.remove(quad) && super.contains(quad)) {
            deleted.add(quad);
        }
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        delete(Quad.create(g, s, p, o));
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g != null && g.isConcrete() && isPageGraph.test(g)) {
            pages.add(g);
            super.deleteAny(g, s, p, o);
            return;
        }
        List<Quad> matching = new ArrayList<>();
        super.find(g, s, p, o).forEachRemaining(matching::add);
        matching.forEach(this::delete);
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void clear() {
        cleared = true;
        super.clear();
    }
}
