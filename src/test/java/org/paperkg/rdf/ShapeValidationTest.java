package org.paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shapes catch what a broken graph looks like (the examples conforming is checked in CliTest). */
class ShapeValidationTest {
    @Test
    void anAuthorshipWithoutPositionAndAPaperWithoutTitleOrAbstractAreViolations() {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        Node g = NodeFactory.createURI("https://example.org/g");
        Node paper = NodeFactory.createURI("https://example.org/paper/1");
        Node authorship = NodeFactory.createURI("https://example.org/paper/1/authorship/1");
        Node person = NodeFactory.createURI("https://example.org/person/a");
        dsg.add(g, paper, Vocab.type, Vocab.Paper);
        dsg.add(g, paper, Vocab.authorship, authorship);
        dsg.add(g, authorship, Vocab.type, Vocab.Authorship);
        dsg.add(g, authorship, Vocab.author, person);
        dsg.add(g, authorship, Vocab.nameAsGiven, Literals.string("A"));
        dsg.add(g, person, Vocab.type, Vocab.Person);
        dsg.add(g, person, Vocab.name, Literals.string("A"));
        ShapeValidation.Result result = ShapeValidation.validate(dsg);
        assertTrue(!result.conforms());
        assertEquals(2, result.byNode().size(), result.byNode().toString());
        assertTrue(result.byNode().containsKey(paper));
        assertTrue(result.byNode().containsKey(authorship));
    }
}
