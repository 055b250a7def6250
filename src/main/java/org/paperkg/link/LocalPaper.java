package org.paperkg.link;

import java.util.List;
import java.util.Objects;

/**
 * A paper of the local graph as linking sees it.
 *
 * @param iri     the paper's IRI
 * @param title   its chosen title, or null
 * @param authors its authors in order (position 1 first), each with the person IRI
 * @param years   the years the sources give it (publication years and conference years)
 * @param doi     its DOI, normalised, or null
 * @param arxiv   its arXiv id without version, or null
 * @param abstractFingerprint the fingerprint of its chosen abstract's first words, or null
 * @param conferences the conferences its pages and sessions place it at (IRIs)
 * @param concepts    the concepts it works with (IRIs), which tell fields apart
 * @param dblpKey the dblp key a source gave it, or null
 */
public record LocalPaper(String iri, String title, List<Author> authors, List<Integer> years, String doi, String arxiv,
                         String dblpKey, String abstractFingerprint, List<String> conferences,
                         List<String> concepts) {
    public LocalPaper {
        conferences = List.copyOf(conferences);
        concepts = List.copyOf(concepts);
        Objects.requireNonNull(iri, "iri");
        authors = List.copyOf(authors);
        years = List.copyOf(years);
    }

    /** One author at one position: the person node and the name the page gave. */
    public record Author(int position, String person, String name) {
    }
}
