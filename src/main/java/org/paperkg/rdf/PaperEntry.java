package org.paperkg.rdf;

import org.paperkg.record.AbstractText;
import org.paperkg.record.PaperIds;
import org.paperkg.record.Publication;
import org.paperkg.record.SessionInfo;
import org.paperkg.record.Slot;

import java.util.List;
import java.util.Set;

/**
 * One paper of one page, its copies on that page merged: award pages list each paper twice,
 * once cut short. The best copy of the abstract is kept. {@code authorIds} are as in
 * {@link org.paperkg.record.PaperRecord#authorIds()}, for {@code authors}.
 */
record PaperEntry(int line, int copies, String title, AbstractText abstractText, List<String> authors,
                  Set<String> awards, Slot slot, boolean markedVirtual, PaperIds ids, List<String> keywords,
                  Publication publication, SessionInfo session, List<String> authorIds) {
    PaperEntry {
        authors = List.copyOf(authors);
        authorIds = List.copyOf(authorIds);
        awards = Set.copyOf(awards);
        keywords = List.copyOf(keywords);
    }
}
