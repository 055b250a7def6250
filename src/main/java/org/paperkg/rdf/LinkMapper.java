package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.paperkg.link.LinkDecision;
import org.paperkg.link.Linker;
import org.paperkg.link.PersonLink;
import org.paperkg.text.Slugs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes one external source's links as the named graph {@code graph/links/SOURCE}, replacing
 * what an earlier run wrote: {@code owl:sameAs} for papers and people, and per link a
 * {@code pkg:Link} with its confidence and the evidence it rests on. People the external graph
 * tells apart under one name get no link but {@code pkg:identityUncertain} with the reason.
 */
public final class LinkMapper {
    private final IriScheme iris;

    public LinkMapper(IriScheme iris) {
        this.iris = iris;
    }

    public Node graphOf(String source) {
        return NodeFactory.createURI(iris.base() + "graph/links/" + Slugs.of(source));
    }

    /** @return the number of quads written */
    public long write(DatasetGraph dsg, Linker.LinkResult result, String origin, Instant at) {
        Node g = graphOf(result.source());
        dsg.removeGraph(g);
        dsg.add(g, g, Vocab.type, Vocab.LinkSet);
        dsg.add(g, g, Vocab.linkSource, Literals.string(result.source()));
        dsg.add(g, g, Vocab.source, Literals.string(origin));
        dsg.add(g, g, Vocab.generatedAtTime, NodeFactory.createLiteralDT(DateTimeFormatter.ISO_INSTANT.format(at), XSDDatatype.XSDdateTime));
        for (LinkDecision d : result.papers()) {
            if (!d.isLink()) continue;
            Node paper = NodeFactory.createURI(d.paper());
            Node target = NodeFactory.createURI(d.target());
            dsg.add(g, paper, OWL.sameAs.asNode(), target);
            Node link = link(g, paper, target);
            dsg.add(g, link, Vocab.type, Vocab.Link);
            dsg.add(g, link, Vocab.linkSubject, paper);
            dsg.add(g, link, Vocab.linkTarget, target);
            dsg.add(g, link, Vocab.confidence, decimal(d.confidence()));
            dsg.add(g, link, Vocab.evidence, Literals.string(d.evidence()));
            if (d.matchedTitle() != null) dsg.add(g, link, Vocab.matchedTitle, Literals.string(d.matchedTitle()));
            if (d.sharedAuthors() > 0) dsg.add(g, link, Vocab.sharedAuthors, Literals.integer(d.sharedAuthors()));
            if (d.year() != null) dsg.add(g, link, Vocab.matchedYear, Literals.gYear(d.year()));
        }
        for (PersonLink p : result.people()) {
            Node person = NodeFactory.createURI(p.person());
            if (p.uncertain()) {
                dsg.add(g, person, Vocab.identityUncertain, Literals.bool(true));
                dsg.add(g, person, Vocab.uncertainBecause, Literals.string(p.evidence()));
                for (String c : p.candidates()) dsg.add(g, person, Vocab.possibleMatch, NodeFactory.createURI(c));
                continue;
            }
            Node target = NodeFactory.createURI(p.external());
            dsg.add(g, person, OWL.sameAs.asNode(), target);
            Node link = link(g, person, target);
            dsg.add(g, link, Vocab.type, Vocab.Link);
            dsg.add(g, link, Vocab.linkSubject, person);
            dsg.add(g, link, Vocab.linkTarget, target);
            dsg.add(g, link, Vocab.confidence, decimal(p.sharedPapers() >= 2 ? 0.98 : 0.95));
            dsg.add(g, link, Vocab.evidence, Literals.string("shared paper(s): " + p.evidence()));
            dsg.add(g, link, Vocab.sharedPapers, Literals.integer(p.sharedPapers()));
        }
        return dsg.stream(g, Node.ANY, Node.ANY, Node.ANY).count();
    }

    private static Node link(Node graph, Node subject, Node target) {
        return NodeFactory.createURI(graph.getURI() + "/" + Slugs.hash(subject.getURI() + " " + target.getURI(), 16));
    }

    /** Canonical lexical form: TDB2 stores decimals as values. */
    private static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }
}
