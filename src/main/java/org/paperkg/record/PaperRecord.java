package org.paperkg.record;

import org.paperkg.text.AuthorNames;

import java.util.List;
import java.util.Objects;

/**
 * One paper as one page lists it: what a reader hands on, before identity or RDF.
 *
 * @param line     1-based line of the page where the entry starts
 * @param title    the title as given, or null where the page gives none
 * @param abstractText the abstract, or null where the page gives none
 * @param authors  author names in the order the page lists them (may be empty), made into
 *                 names of people by {@link AuthorNames#cleanAll}
 * @param award    the award the page names for this paper, or null
 * @param slot     the presentation slot, or null
 * @param ids      the identifiers the source gives (arXiv, DOI, OpenReview, dblp)
 * @param keywords subject keywords or categories the source gives
 * @param publication venue, year and address as the source states them
 * @param session  the session this entry names for itself (a row of a CSV list), or null when
 *                 the page's own session, if any, applies
 * @param authorIds the identifier the source gives each author, by position ("" where it gives
 *                 none): OpenReview profile ids ({@code ~Jane_Doe1}), e-mail addresses, ORCIDs;
 *                 empty when the source gives none at all
 */
public record PaperRecord(int line, String title, AbstractText abstractText, List<String> authors,
                          String award, Slot slot, PaperIds ids, List<String> keywords, Publication publication,
                          SessionInfo session, List<String> authorIds) {
    public PaperRecord {
        if (line < 1) throw new IllegalArgumentException("line must be >= 1: " + line);
        if (title != null && title.isBlank()) title = null;
        if (title == null && abstractText == null) {
            throw new IllegalArgumentException("line " + line + ": a paper needs a title or an abstract");
        }
        // names as people: marks and list punctuation off, "A and B" split, blank entries dropped
        authors = AuthorNames.cleanAll(Objects.requireNonNull(authors, "authors"));
        if (award != null && award.isBlank()) award = null;
        ids = ids == null ? PaperIds.NONE : ids;
        keywords = List.copyOf(keywords == null ? List.of() : keywords);
        publication = publication == null ? Publication.NONE : publication;
        authorIds = List.copyOf(authorIds == null ? List.of() : authorIds);
        if (!authorIds.isEmpty() && authorIds.size() != authors.size()) {
            throw new IllegalArgumentException("line " + line + ": " + authorIds.size() + " author ids for "
                    + authors.size() + " authors");
        }
    }

    /** A record whose source gives no author identifiers. */
    public PaperRecord(int line, String title, AbstractText abstractText, List<String> authors, String award, Slot slot,
                       PaperIds ids, List<String> keywords, Publication publication, SessionInfo session) {
        this(line, title, abstractText, authors, award, slot, ids, keywords, publication, session, List.of());
    }

    /** The identifier the source gives the author at {@code position} (1-based), or null. */
    public String authorId(int position) {
        if (authorIds.isEmpty()) return null;
        String id = authorIds.get(position - 1);
        return id.isEmpty() ? null : id;
    }

    /** A record in the page's own session, if any. */
    public PaperRecord(int line, String title, AbstractText abstractText, List<String> authors, String award, Slot slot,
                       PaperIds ids, List<String> keywords, Publication publication) {
        this(line, title, abstractText, authors, award, slot, ids, keywords, publication, null, List.of());
    }

    /** A record with identifiers and keywords but no stated publication. */
    public PaperRecord(int line, String title, AbstractText abstractText, List<String> authors, String award, Slot slot,
                       PaperIds ids, List<String> keywords) {
        this(line, title, abstractText, authors, award, slot, ids, keywords, Publication.NONE, null, List.of());
    }

    /** A record from a page that gives no identifiers or keywords. */
    public PaperRecord(int line, String title, AbstractText abstractText, List<String> authors, String award, Slot slot) {
        this(line, title, abstractText, authors, award, slot, PaperIds.NONE, List.of(), Publication.NONE, null, List.of());
    }
}
