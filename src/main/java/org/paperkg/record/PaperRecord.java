package org.paperkg.record;

import java.util.List;
import java.util.Objects;

/**
 * One paper as one page lists it: what a reader hands on, before identity or RDF.
 *
 * @param line     1-based line of the page where the entry starts
 * @param title    the title as given, or null where the page gives none
 * @param abstractText the abstract, or null where the page gives none
 * @param authors  author names in the order the page lists them (may be empty)
 * @param award    the award the page names for this paper, or null
 * @param slot     the presentation slot, or null
 * @param ids      the identifiers the source gives (arXiv, DOI, OpenReview, dblp)
 * @param keywords subject keywords or categories the source gives
 * @param publication venue, year and address as the source states them
 * @param session  the session this entry names for itself (a row of a CSV list), or null when
 *                 the page's own session, if any, applies
 */
public record PaperRecord(int line, String title, AbstractText abstractText, List<String> authors,
                          String award, Slot slot, PaperIds ids, List<String> keywords, Publication publication,
                          SessionInfo session) {
    public PaperRecord {
        if (line < 1) throw new IllegalArgumentException("line must be >= 1: " + line);
        if (title != null && title.isBlank()) title = null;
        if (title == null && abstractText == null) {
            throw new IllegalArgumentException("line " + line + ": a paper needs a title or an abstract");
        }
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        for (String a : authors) {
            if (a.isBlank()) throw new IllegalArgumentException("line " + line + ": blank author name");
        }
        if (award != null && award.isBlank()) award = null;
        ids = ids == null ? PaperIds.NONE : ids;
        keywords = List.copyOf(keywords == null ? List.of() : keywords);
        publication = publication == null ? Publication.NONE : publication;
    }

    /** A record in the page's own session, if any. */
    public PaperRecord(int line, String title, AbstractText abstractText, List<String> authors, String award, Slot slot,
                       PaperIds ids, List<String> keywords, Publication publication) {
        this(line, title, abstractText, authors, award, slot, ids, keywords, publication, null);
    }

    /** A record with identifiers and keywords but no stated publication. */
    public PaperRecord(int line, String title, AbstractText abstractText, List<String> authors, String award, Slot slot,
                       PaperIds ids, List<String> keywords) {
        this(line, title, abstractText, authors, award, slot, ids, keywords, Publication.NONE, null);
    }

    /** A record from a page that gives no identifiers or keywords. */
    public PaperRecord(int line, String title, AbstractText abstractText, List<String> authors, String award, Slot slot) {
        this(line, title, abstractText, authors, award, slot, PaperIds.NONE, List.of(), Publication.NONE, null);
    }
}
