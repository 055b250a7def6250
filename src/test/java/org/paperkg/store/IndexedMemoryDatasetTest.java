package org.paperkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.Paperkg;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build store finds in any graph exactly what Jena's general dataset finds, however it was written. */
class IndexedMemoryDatasetTest {
    private static final Node G1 = NodeFactory.createURI("urn:x-test:g1");
    private static final Node G2 = NodeFactory.createURI("urn:x-test:g2");
    private static final Node S = NodeFactory.createURI("urn:x-test:s");
    private static final Node P = NodeFactory.createURI("urn:x-test:p");
    private static final Node O = NodeFactory.createURI("urn:x-test:o");

    @Test
    void findsInAnyGraphWhatTheGeneralDatasetFindsOnTheExamples() {
        try (Paperkg kg = Examples.ingestedInMemory(Examples.pages())) {
            DatasetGraph indexed = kg.store().dataset().asDatasetGraph();
            DatasetGraph plain = DatasetGraphFactory.create();
            indexed.find().forEachRemaining(plain::add);
            Set<Node> nodes = new HashSet<>();
            plain.find().forEachRemaining(q -> {
                nodes.add(q.getSubject());
                nodes.add(q.getObject());
            });
            assertTrue(nodes.size() > 1000, "the examples give many nodes: " + nodes.size());
            for (Node n : nodes) {
                assertSame(plain, indexed, Node.ANY, n, Node.ANY, Node.ANY);
                assertSame(plain, indexed, Node.ANY, Node.ANY, Node.ANY, n);
                assertSame(plain, indexed, Quad.unionGraph, n, Node.ANY, Node.ANY);
            }
        }
    }

    @Test
    void writesByEveryRouteAreFound() {
        IndexedMemoryDataset dsg = new IndexedMemoryDataset();
        dsg.add(G1, S, P, O);
        dsg.getGraph(G2).add(Triple.create(S, P, NodeFactory.createLiteralString("through the graph")));
        assertEquals(2, List.copyOf(iterable(dsg.find(Node.ANY, S, P, Node.ANY))).size());
        assertEquals(Set.of(G1), graphs(dsg.find(Node.ANY, Node.ANY, Node.ANY, O)));

        // removed and added again, in another graph: found there, and no longer in the first
        dsg.removeGraph(G1);
        assertEquals(Set.of(G2), graphs(dsg.find(Node.ANY, S, Node.ANY, Node.ANY)));
        assertEquals(Set.of(), graphs(dsg.find(Node.ANY, Node.ANY, Node.ANY, O)));
        dsg.getGraph(G2).add(Triple.create(NodeFactory.createURI("urn:x-test:t"), P, O));
        assertEquals(Set.of(G2), graphs(dsg.find(Node.ANY, Node.ANY, Node.ANY, O)));
        dsg.delete(G2, S, P, NodeFactory.createLiteralString("through the graph"));
        assertEquals(Set.of(), graphs(dsg.find(Node.ANY, S, Node.ANY, Node.ANY)));
        assertTrue(dsg.contains(Node.ANY, Node.ANY, P, O));
        // the default graph is the union, for SPARQL
        assertTrue(dsg.getDefaultGraph().contains(Node.ANY, P, O));
    }

    private static void assertSame(DatasetGraph plain, DatasetGraph indexed, Node g, Node s, Node p, Node o) {
        Set<Quad> want = new HashSet<>();
        plain.find(g, s, p, o).forEachRemaining(want::add);
        Set<Quad> got = new HashSet<>();
        indexed.find(g, s, p, o).forEachRemaining(got::add);
        assertEquals(want, got, "find " + g + " " + s + " " + p + " " + o);
    }

    private static Set<Node> graphs(java.util.Iterator<Quad> it) {
        Set<Node> out = new HashSet<>();
        it.forEachRemaining(q -> out.add(q.getGraph()));
        return out;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
