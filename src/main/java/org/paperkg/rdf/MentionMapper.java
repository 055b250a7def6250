package org.paperkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.extract.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes what the extractors found about a paper: the plain edge for easy queries
 * ({@code paper pkg:usesDataset dataset}) and a mention node with its evidence — surface text,
 * sentence, offsets into the field it was read from, extractor and confidence.
 */
final class MentionMapper {
    private final IriScheme iris;

    MentionMapper(IriScheme iris) {
        this.iris = iris;
    }

    void write(DatasetGraph dsg, Node graph, Node paper, String field, List<Mention> mentions) {
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)
                .thenComparing(m -> m.kind().name()).thenComparing(Mention::name));
        for (int i = 0; i < ordered.size(); i++) {
            Mention m = ordered.get(i);
            Node target = target(dsg, graph, m);
            Node node = NodeFactory.createURI(paper.getURI() + "/mention/" + field + "/" + (i + 1));
            dsg.add(graph, paper, edge(m), target);
            dsg.add(graph, paper, Vocab.mention, node);
            dsg.add(graph, node, Vocab.type, Vocab.Mention);
            dsg.add(graph, node, Vocab.mentionKind, Literals.string(m.kind().name().toLowerCase()));
            dsg.add(graph, node, Vocab.mentionOf, target);
            dsg.add(graph, node, Vocab.surface, Literals.string(m.surface()));
            dsg.add(graph, node, Vocab.sentence, Literals.string(m.sentence()));
            dsg.add(graph, node, Vocab.inField, Literals.string(field));
            dsg.add(graph, node, Vocab.start, Literals.integer(m.start()));
            dsg.add(graph, node, Vocab.end, Literals.integer(m.end()));
            dsg.add(graph, node, Vocab.extractor, Literals.string(m.extractor()));
            dsg.add(graph, node, Vocab.confidence, NodeFactory.createLiteralDT(
                    String.format(java.util.Locale.ROOT, "%.2f", m.confidence()), XSDDatatype.XSDdecimal));
        }
    }

    /** Deletes what {@link #write} wrote for {@code paper}. */
    static void clear(DatasetGraph dsg, Node graph, Node paper) {
        List<Node> nodes = new ArrayList<>();
        dsg.find(graph, paper, Vocab.mention, Node.ANY).forEachRemaining(q -> nodes.add(q.getObject()));
        for (Node n : nodes) dsg.deleteAny(graph, n, Node.ANY, Node.ANY);
    }

    private static Node edge(Mention m) {
        return switch (m.kind()) {
            case DATASET -> Vocab.usesDataset;
            case PROPOSED -> Vocab.proposes;
            case CONCEPT -> Vocab.aboutConcept;
        };
    }

    /** The catalogue or taxonomy node, or a node minted for a discovered dataset or proposed method. */
    private Node target(DatasetGraph dsg, Node graph, Mention m) {
        if (m.key() != null) return NodeFactory.createURI(m.key());
        Node node = m.kind() == Mention.Kind.DATASET ? iris.discoveredDataset(m.name()) : iris.method(m.name());
        dsg.add(graph, node, Vocab.type, m.kind() == Mention.Kind.DATASET ? Vocab.Dataset : Vocab.Method);
        dsg.add(graph, node, Vocab.label, Literals.string(m.name()));
        if (m.kind() == Mention.Kind.DATASET) dsg.add(graph, node, Vocab.discovered, Literals.bool(true));
        if (m.longForm() != null) dsg.add(graph, node, Vocab.longForm, Literals.string(m.longForm()));
        return node;
    }
}
