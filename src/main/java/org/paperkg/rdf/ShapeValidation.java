package org.paperkg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks the union graph against the SHACL shapes in {@code ontology/shapes.ttl}. */
public final class ShapeValidation {
    static final String SHAPES = "ontology/shapes.ttl";

    private ShapeValidation() {
    }

    /** A validation outcome: the violations grouped by the node they are about. */
    public record Result(long nodesChecked, Map<Node, List<ReportEntry>> byNode) {
        public boolean conforms() {
            return byNode.isEmpty();
        }

        public int violations() {
            return byNode.values().stream().mapToInt(List::size).sum();
        }
    }

    /** Call inside a read transaction. */
    public static Result validate(DatasetGraph dsg) {
        Graph data = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(data, dsg.getUnionGraph());
        Shapes shapes = Shapes.parse(loadShapes());
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        Map<Node, List<ReportEntry>> byNode = new LinkedHashMap<>();
        for (ReportEntry e : report.getEntries()) {
            byNode.computeIfAbsent(e.focusNode(), k -> new ArrayList<>()).add(e);
        }
        long subjects = data.find().mapWith(t -> t.getSubject()).toSet().size();
        return new Result(subjects, byNode);
    }

    static Graph loadShapes() {
        try (InputStream in = ShapeValidation.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) throw new IllegalStateException(SHAPES + " is missing from the classpath");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
