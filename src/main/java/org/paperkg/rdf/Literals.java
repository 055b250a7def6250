package org.paperkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Typed literal helpers. */
final class Literals {
    private Literals() {
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    static Node gYear(int year) {
        return NodeFactory.createLiteralDT(String.valueOf(year), XSDDatatype.XSDgYear);
    }

    /** An absolute http(s) IRI that RDF writers and SPARQL accept as it is. */
    static boolean isHttpIri(String s) {
        return s.matches("(?i)^https?://[^\\s<>\"{}|^`\\\\]+$") && IRIs.check(s);
    }

    static Node dateTime(OffsetDateTime t) {
        return NodeFactory.createLiteralDT(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t), XSDDatatype.XSDdateTime);
    }
}
