package org.paperkg.rdf;

import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.extract.Mention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes what the extractors found about a paper: the plain edge for easy queries
 * ({@code paper pkg:usesDataset dataset}), the family edges ({@code paper pkg:usesDatasetFamily}
 * to the dataset and each broader one) and a mention node with its evidence — surface text,
 * sentence, offsets into the field it was read from, extractor and confidence.
 */
final class MentionMapper {
    private final IriScheme iris;

    MentionMapper(IriScheme iris) {
        this.iris = iris;
    }

    /** @return the minted nodes (discovered datasets, methods) the mentions point to; {@link #refresh} them after */
    Set<Node> write(DatasetGraph dsg, Node graph, Node paper, String field, String text, List<Mention> mentions) {
        Set<Node> minted = new LinkedHashSet<>();
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)
                .thenComparing(m -> m.kind().name()).thenComparing(Mention::name));
        for (int i = 0; i < ordered.size(); i++) {
            Mention m = ordered.get(i);
            Node target = target(m, paper);
            if (m.key() == null) minted.add(target);
            Node node = NodeFactory.createURI(paper.getURI() + "/mention/" + field + "/" + (i + 1));
            dsg.add(graph, paper, edge(m.kind()), target);
            addFamilyEdges(dsg, graph, paper, m.kind(), target);
            dsg.add(graph, paper, Vocab.mention, node);
            dsg.add(graph, node, Vocab.type, Vocab.Mention);
            dsg.add(graph, node, Vocab.mentionKind, Literals.string(m.kind().name().toLowerCase(Locale.ROOT)));
            dsg.add(graph, node, Vocab.mentionOf, target);
            dsg.add(graph, node, Vocab.surface, Literals.string(m.surface()));
            dsg.add(graph, node, Vocab.sentence, Literals.string(m.sentence()));
            dsg.add(graph, node, Vocab.inField, Literals.string(field));
            // offsets in Unicode characters (code points), as SPARQL's SUBSTR and the Web Annotation
            // TextPositionSelector count them, not in Java's UTF-16 units: they differ after a 𝜸
            int start = text.codePointCount(0, m.start());
            dsg.add(graph, node, Vocab.start, Literals.integer(start));
            dsg.add(graph, node, Vocab.end, Literals.integer(start + text.codePointCount(m.start(), m.end())));
            dsg.add(graph, node, Vocab.extractor, Literals.string(m.extractor()));
            if (m.longForm() != null) dsg.add(graph, node, Vocab.longForm, Literals.string(m.longForm()));
            // canonical form ("0.9", not "0.90"): TDB2 stores decimals as values, and a non-canonical
            // lexical form does not round-trip, so renaming or deleting the quad would miss it
            dsg.add(graph, node, Vocab.confidence, NodeFactory.createLiteralDT(
                    BigDecimal.valueOf(m.confidence()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                    XSDDatatype.XSDdecimal));
        }
        return minted;
    }

    /**
     * Deletes what {@link #write} wrote for {@code paper}.
     *
     * @return the minted nodes (discovered datasets, methods) its mentions pointed to
     */
    Set<Node> clear(DatasetGraph dsg, Node graph, Node paper) {
        List<Node> nodes = new ArrayList<>();
        Set<Node> minted = new LinkedHashSet<>();
        dsg.find(graph, paper, Vocab.mention, Node.ANY).forEachRemaining(q -> nodes.add(q.getObject()));
        for (Node n : nodes) {
            dsg.find(graph, n, Vocab.mentionOf, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().getURI().startsWith(iris.base())) minted.add(q.getObject());
            });
            dsg.deleteAny(graph, n, Node.ANY, Node.ANY);
        }
        return minted;
    }

    /**
     * Writes {@code graph}'s family edges again from its plain edges, for a vocabulary that changed
     * under a store (other {@code skos:broader} links give other families). Call in a write transaction.
     */
    static void rewriteFamilies(DatasetGraph dsg, Node graph) {
        for (Mention.Kind kind : List.of(Mention.Kind.DATASET, Mention.Kind.CONCEPT)) {
            dsg.deleteAny(graph, Node.ANY, familyEdge(kind), Node.ANY);
            List<Quad> edges = new ArrayList<>();
            dsg.find(graph, Node.ANY, edge(kind), Node.ANY).forEachRemaining(edges::add);
            for (Quad q : edges) addFamilyEdges(dsg, graph, q.getSubject(), kind, q.getObject());
        }
    }

    /** {@code paper} to each entry of {@code target}'s family, for the kinds that have families. */
    private static void addFamilyEdges(DatasetGraph dsg, Node graph, Node paper, Mention.Kind kind, Node target) {
        Node family = familyEdge(kind);
        if (family == null) return;
        for (Node up : VocabularyGraph.broaderOrSelf(target)) dsg.add(graph, paper, family, up);
    }

    /**
     * Rebuilds a minted node from the mentions that still point to it, or deletes it when none
     * do: a method or discovered dataset exists while some paper names it, whatever order papers
     * came and went in.
     */
    void refresh(DatasetGraph dsg, Node graph, Node node) {
        dsg.deleteAny(graph, node, Node.ANY, Node.ANY);
        List<Node> mentions = new ArrayList<>();
        dsg.find(graph, Node.ANY, Vocab.mentionOf, node).forEachRemaining(q -> mentions.add(q.getSubject()));
        if (mentions.isEmpty()) return;
        Node kind = dsg.find(graph, mentions.get(0), Vocab.mentionKind, Node.ANY).next().getObject();
        boolean dataset = kind.getLiteralLexicalForm().equals("dataset");
        dsg.add(graph, node, Vocab.type, dataset ? Vocab.Dataset : Vocab.Method);
        for (Node m : mentions) {
            // the name as written may differ in case between papers; the label is the first by IRI
            dsg.find(graph, m, Vocab.longForm, Node.ANY).forEachRemaining(q -> dsg.add(graph, node, Vocab.longForm, q.getObject()));
        }
        String label = mentions.stream().map(m -> dsg.find(graph, m, Vocab.surface, Node.ANY).next().getObject().getLiteralLexicalForm())
                .sorted().findFirst().orElseThrow();
        dsg.add(graph, node, Vocab.label, Literals.string(label));
        if (dataset) dsg.add(graph, node, Vocab.discovered, Literals.bool(true));
    }

    private static Node edge(Mention.Kind kind) {
        return switch (kind) {
            case DATASET -> Vocab.usesDataset;
            case PROPOSED -> Vocab.proposes;
            case CONCEPT -> Vocab.aboutConcept;
            case METHOD -> Vocab.usesMethod;
        };
    }

    /**
     * The edge from the paper to each entry of the target's family ({@link VocabularyGraph#broaderOrSelf}):
     * {@code paper pkg:usesDatasetFamily imagenet} for a paper that names ImageNet-64, so the papers of a
     * family are one index range, not a join over the family's entries and their papers.
     */
    private static Node familyEdge(Mention.Kind kind) {
        return switch (kind) {
            case DATASET -> Vocab.usesDatasetFamily;
            case CONCEPT -> Vocab.aboutConceptFamily;
            case PROPOSED, METHOD -> null;
        };
    }

    /** The catalogue, taxonomy or known-method node, or the node minted for a discovered dataset or proposed method. */
    private Node target(Mention m, Node paper) {
        if (m.key() != null) return NodeFactory.createURI(m.key());
        return m.kind() == Mention.Kind.DATASET ? iris.discoveredDataset(m.name()) : iris.method(paper, m.name(), m.longForm());
    }
}
