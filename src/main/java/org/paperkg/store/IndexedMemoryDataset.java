package org.paperkg.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jena's general in-memory dataset, made fit for a graph of a hundred pages and more:
 *
 * <ul>
 *   <li>A find in any named graph for a given subject, or a given IRI or blank object, looks only
 *       in the graphs that node was added to. The general dataset asks every named graph in turn,
 *       so each such find cost one hash lookup per page, and person identity and the derived graph,
 *       which ask a paper's pages what they say of it, grew with pages × papers (a third of the
 *       persons step and half the derived graph of a 50-page bulk build).</li>
 *   <li>For SPARQL the default graph is the union of the named graphs, as TDB2 gives it with
 *       {@code unionDefaultGraph}; quads are still added to and found in named graphs only. A view
 *       ({@link DatasetGraphWrapperView}), so that ARQ queries it rather than the dataset inside.</li>
 * </ul>
 *
 * The index only ever grows: a graph a node was removed from is still looked in, and gives
 * nothing. What it must never do is miss one, so every way in adds through {@link #add}: the
 * graphs handed out are views that write through this dataset.
 */
final class IndexedMemoryDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    /** Node → the graph it was added in, or a {@code Set<Node>} of them once there are several. */
    private final Map<Node, Object> subjectIn = new HashMap<>();
    private final Map<Node, Object> objectIn = new HashMap<>();

    IndexedMemoryDataset() {
        super(DatasetGraphFactory.create());
    }

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        super.add(g, s, p, o);
        if (Quad.isDefaultGraph(g)) return;
        note(subjectIn, s, g);
        if (!o.isLiteral()) note(objectIn, o, g);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && g.isConcrete() && !Quad.isUnionGraph(g)) return super.find(g, s, p, o);
        if (g != null && Quad.isUnionGraph(g)) return inUnionGraph(s, p, o);
        // a find in any graph takes the default graph in too
        return Iter.append(super.find(Quad.defaultGraphIRI, s, p, o), inNamedGraphs(s, p, o));
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (g != null && g.isConcrete() && !Quad.isUnionGraph(g)) return super.findNG(g, s, p, o);
        return Quad.isUnionGraph(g) ? inUnionGraph(s, p, o) : inNamedGraphs(s, p, o);
    }

    /** As the general dataset gives it: each triple of the named graphs once, in the union graph. */
    private Iterator<Quad> inUnionGraph(Node s, Node p, Node o) {
        return Iter.distinct(Iter.map(inNamedGraphs(s, p, o), q -> new Quad(Quad.unionGraph, q.asTriple())));
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private Iterator<Quad> inNamedGraphs(Node s, Node p, Node o) {
        Object graphs;
        if (concrete(s)) graphs = subjectIn.get(s);
        else if (concrete(o) && !o.isLiteral()) graphs = objectIn.get(o);
        else return super.findNG(Node.ANY, s, p, o);
        if (graphs == null) return Iter.nullIterator();
        if (graphs instanceof Node one) return super.find(one, s, p, o);
        @SuppressWarnings("unchecked")
        List<Node> several = List.copyOf((Set<Node>) graphs); // a copy: the caller may add while it iterates
        return Iter.flatMap(several.iterator(), g -> super.find(g, s, p, o));
    }

    private static boolean concrete(Node n) {
        return n != null && n.isConcrete();
    }

    @SuppressWarnings("unchecked")
    private static void note(Map<Node, Object> index, Node node, Node g) {
        Object was = index.putIfAbsent(node, g);
        if (was == null || was.equals(g)) return;
        if (was instanceof Set<?> set) {
            ((Set<Node>) set).add(g);
        } else {
            Set<Node> several = new LinkedHashSet<>(4);
            several.add((Node) was);
            several.add(g);
            index.put(node, several);
        }
    }
}
