package org.paperkg.rdf;

import org.apache.jena.graph.Node;

import java.util.List;

/**
 * What the mapper wrote for one page.
 *
 * @param graph  the page's named graph (also the page's own IRI)
 * @param papers the papers the page lists, one IRI each, in page order
 */
public record MappedPage(Node graph, List<Node> papers, int records, long quads) {
    public MappedPage {
        papers = List.copyOf(papers);
    }
}
