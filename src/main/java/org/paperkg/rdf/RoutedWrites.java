package org.paperkg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;

/**
 * A view of a dataset that sees every quad written through it: graphs handed out and graphs
 * added go through {@code add}/{@code delete} of this view, never straight to the dataset
 * beneath, so a subclass that watches those sees everything a transaction changes.
 */
public abstract class RoutedWrites extends DatasetGraphWrapper {
    protected RoutedWrites(DatasetGraph dsg) {
        super(dsg);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }
}
