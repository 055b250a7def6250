package org.paperkg.browse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Literals the pages compare with. */
final class Nodes {
    static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private Nodes() {
    }
}
