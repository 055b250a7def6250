package org.paperkg.browse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the address of a thing gives a machine client: every statement about it, and about the
 * nodes minted under its IRI that it points at (a paper's authorships and mentions), over all
 * graphs, each statement once.
 */
final class Description {
    private Description() {
    }

    static Graph of(DatasetGraph dsg, Node subject) {
        Graph g = GraphFactory.createDefaultGraph();
        Set<Node> done = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(List.of(subject));
        String under = subject.isURI() ? subject.getURI() + "/" : null;
        while (!todo.isEmpty()) {
            Node s = todo.remove(todo.size() - 1);
            if (!done.add(s)) continue;
            dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                g.add(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
                Node o = q.getObject();
                if (under != null && o.isURI() && o.getURI().startsWith(under)) todo.add(o);
            });
        }
        return g;
    }
}
