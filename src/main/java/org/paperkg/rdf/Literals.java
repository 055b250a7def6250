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
    /**
     * {@code prefix + id} as an IRI, every character of {@code id} that an IRI path or query may
     * not hold percent-encoded: an identifier from a page ("abs-2401[*&'-01234") never makes
     * the store hold an IRI that a Turtle or N-Quads reader refuses.
     */
    static Node link(String prefix, String id) {
        StringBuilder out = new StringBuilder(prefix);
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/:@!$()+,;=".indexOf(c) >= 0;
            if (keep) out.append((char) c);
            else out.append('%').append(String.format("%02X", c));
        }
        return NodeFactory.createURI(out.toString());
    }

    static boolean isHttpIri(String s) {
        return s.matches("(?i)^https?://[^\\s<>\"{}|^`\\\\]+$") && IRIs.check(s);
    }

    static Node dateTime(OffsetDateTime t) {
        return NodeFactory.createLiteralDT(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t), XSDDatatype.XSDdateTime);
    }
}
