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

    /** The lexical form of the first object of {@code (g, s, p, ?)}, or null when there is none. */
    static String lexical(org.apache.jena.sparql.core.DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
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

    /**
     * {@code prefix + id} as an IRI, every character of {@code id} that an IRI path or query may
     * not hold percent-encoded: an identifier from a page ("abs-2401[*&'-01234") never makes
     * the store hold an IRI that a Turtle or N-Quads reader refuses.
     */
    static Node link(String prefix, String id) {
        return NodeFactory.createURI(prefix + percentEncoded(id, "/:@!$()+,;="));
    }

    /**
     * {@code text} with every UTF-8 byte outside RFC 3986's unreserved characters and
     * {@code alsoKept} written as {@code %XX}: a bijection, so two texts never give one IRI part.
     */
    static String percentEncoded(String text, String alsoKept) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~".indexOf(c) >= 0 || alsoKept.indexOf(c) >= 0;
            if (keep) out.append((char) c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return out.toString();
    }

    /** An absolute http(s) IRI that RDF writers and SPARQL accept as it is. */
    static boolean isHttpIri(String s) {
        return s.matches("(?i)^https?://[^\\s<>\"{}|^`\\\\]+$") && IRIs.check(s);
    }

    static Node dateTime(OffsetDateTime t) {
        return NodeFactory.createLiteralDT(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t), XSDDatatype.XSDdateTime);
    }
}
