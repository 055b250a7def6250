package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.link.EntityLink;
import org.paperkg.link.LinkDecision;
import org.paperkg.link.Linker;
import org.paperkg.link.PersonLink;
import org.paperkg.text.Slugs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes one external source's links as the named graph {@code graph/links/SOURCE}, replacing
 * what an earlier run wrote: {@code owl:sameAs} for papers and people, {@code skos:exactMatch}
 * for datasets, and per link a
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
            Node link = link(dsg, g, d.paper(), OWL.sameAs.asNode(), d.target(), d.confidence(), d.evidence());
            if (d.matchedTitle() != null) dsg.add(g, link, Vocab.matchedTitle, Literals.string(d.matchedTitle()));
            if (d.sharedAuthors() > 0) dsg.add(g, link, Vocab.sharedAuthors, Literals.integer(d.sharedAuthors()));
            if (d.year() != null) dsg.add(g, link, Vocab.matchedYear, Literals.gYear(d.year()));
            // a paper only an untitled listing gave gets the title of the record its abstract matched
            if (d.gainedTitle() != null) dsg.add(g, NodeFactory.createURI(d.paper()), Vocab.title, Literals.string(d.gainedTitle()));
        }
        for (EntityLink e : result.entities()) {
            if (e.external() == null) continue;
            // a label is weaker evidence than shared papers: the same name may mean another resource
            switch (e.kind()) {
                case EntityLink.DATASET, EntityLink.CONCEPT ->
                        link(dsg, g, e.local(), SKOS.exactMatch.asNode(), e.external(), 0.9, e.evidence());
                case EntityLink.PROCEEDINGS -> link(dsg, g, e.local(), Vocab.proceedingsRecord, e.external(), 0.95, e.evidence());
                case EntityLink.SERIES -> link(dsg, g, e.local(), Vocab.seriesRecord, e.external(), 0.95, e.evidence());
                default -> throw new IllegalArgumentException("no term for links of kind " + e.kind());
            }
        }
        for (PersonLink p : result.people()) {
            if (p.uncertain()) {
                Node person = NodeFactory.createURI(p.person());
                dsg.add(g, person, Vocab.identityUncertain, Literals.bool(true));
                dsg.add(g, person, Vocab.uncertainBecause, Literals.string(p.evidence()));
                for (String c : p.candidates()) dsg.add(g, person, Vocab.possibleMatch, NodeFactory.createURI(c));
                continue;
            }
            Node link = link(dsg, g, p.person(), OWL.sameAs.asNode(), p.external(), p.sharedPapers() >= 2 ? 0.98 : 0.95,
                    "shared paper(s): " + p.evidence());
            dsg.add(g, link, Vocab.sharedPapers, Literals.integer(p.sharedPapers()));
        }
        return dsg.stream(g, Node.ANY, Node.ANY, Node.ANY).count();
    }

    /** The link statement and its description; returns the description's node for more detail. */
    private static Node link(DatasetGraph dsg, Node g, String subjectIri, Node relation, String targetIri, double confidence,
                             String evidence) {
        Node subject = NodeFactory.createURI(subjectIri);
        Node target = NodeFactory.createURI(targetIri);
        dsg.add(g, subject, relation, target);
        Node link = NodeFactory.createURI(g.getURI() + "/" + Slugs.hash(subjectIri + " " + targetIri, 16));
        dsg.add(g, link, Vocab.type, Vocab.Link);
        dsg.add(g, link, Vocab.linkSubject, subject);
        dsg.add(g, link, Vocab.linkTarget, target);
        dsg.add(g, link, Vocab.confidence, decimal(confidence));
        dsg.add(g, link, Vocab.evidence, Literals.string(evidence));
        return link;
    }

    /** Canonical lexical form: TDB2 stores decimals as values. */
    private static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }
}
