package org.paperkg.query;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryParametersTest {
    @Test
    void plainValuesAreStringLiteralsEvenWithQuotesAndBraces() {
        String evil = "x\" } ; DROP ALL ; { \"";
        assertEquals(NodeFactory.createLiteralString(evil), new QueryParameters().add("author=" + evil).asMap().get("author"));
    }

    @Test
    void angleBracketsMakeAnIri() {
        assertEquals(NodeFactory.createURI("https://w3id.org/paperkg/id/person/yu-yu"),
                new QueryParameters().add("who=<https://w3id.org/paperkg/id/person/yu-yu>").asMap().get("who"));
    }

    @Test
    void onlyTheFirstEqualsSignSplits() {
        assertEquals(NodeFactory.createLiteralString("a=b"), new QueryParameters().add("k=a=b").asMap().get("k"));
    }

    @Test
    void badAssignmentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new QueryParameters().add("novalue"));
        assertThrows(IllegalArgumentException.class, () -> new QueryParameters().add("bad name=x"));
        assertThrows(IllegalArgumentException.class, () -> new QueryParameters().add("k=<not an iri>"));
    }
}
