package org.paperkg.link;

import java.util.List;
import java.util.Objects;

/**
 * A publication of an external graph, read in that graph's own schema.
 *
 * @param iri     its IRI there ({@code https://dblp.org/rec/conf/iclr/CaiZHSKLZ23})
 * @param title   its title as given there
 * @param authors its authors in order
 * @param year    its year, or null
 * @param doi     its DOI, normalised, or null
 * @param arxiv   its arXiv id without version, or null
 * @param abstractFingerprint the fingerprint of its abstract's first words ({@link org.paperkg.text.Abstracts#fingerprint}), or null
 * @param venue   the proceedings volume and series the graph places it in, or {@link Venue#NONE}
 * @param informal true for a preprint record (dblp's CoRR entries), which a formal record of the
 *                 same work is preferred to
 */
public record ExternalPaper(String iri, String title, List<Author> authors, Integer year, String doi, String arxiv,
                            String abstractFingerprint, Venue venue, boolean informal) {
    public ExternalPaper {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        venue = venue == null ? Venue.NONE : venue;
    }

    /**
     * Where the external graph places a publication: its proceedings volume (dblp's
     * {@code dblp:publishedAsPartOf}) and its series (dblp's {@code dblp:publishedInStream}).
     */
    public record Venue(String volume, String series) {
        public static final Venue NONE = new Venue(null, null);
    }

    /**
     * An author as the external graph gives it: position (the ordinal, or {@link #MIDDLE} /
     * {@link #LAST} where the graph says no more), name string and, where known, the person's IRI.
     */
    public record Author(int position, String name, String person) {
        public static final int MIDDLE = 0;
        public static final int LAST = -1;
    }
}
