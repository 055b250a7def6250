package org.paperkg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters for a stored query, each bound to a variable as an RDF term — never pasted into the
 * query text, so a value holding quotes or braces stays a value. {@code <…>} is an IRI; anything
 * else is a plain string literal.
 */
public final class QueryParameters {
    private final Map<String, Node> values = new LinkedHashMap<>();

    /** Parses {@code key=value}; throws with a message a user can act on. */
    public QueryParameters add(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("parameter must be key=value: '" + assignment + "'");
        String key = assignment.substring(0, eq).strip();
        if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name must be a SPARQL variable name: '" + key + "'");
        }
        values.put(key, term(assignment.substring(eq + 1)));
        return this;
    }

    public Map<String, Node> asMap() {
        return Map.copyOf(values);
    }

    static Node term(String value) {
        if (value.length() > 2 && value.startsWith("<") && value.endsWith(">")) {
            String iri = value.substring(1, value.length() - 1);
            if (!IRIs.check(iri)) throw new IllegalArgumentException("not a valid IRI: " + value);
            return NodeFactory.createURI(iri);
        }
        return NodeFactory.createLiteralString(value);
    }
}
