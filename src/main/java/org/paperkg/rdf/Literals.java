package org.paperkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

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

    static Node dateTime(OffsetDateTime t) {
        return NodeFactory.createLiteralDT(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t), XSDDatatype.XSDdateTime);
    }
}
