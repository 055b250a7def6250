package org.paperkg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The author positions a local paper and an external publication both name, and whether they
 * agree. An external author's position is its ordinal (dblp, Wikidata), or, where the graph
 * only says first / middle / last (SemOpenAlex), {@link ExternalPaper.Author#MIDDLE} or
 * {@link ExternalPaper.Author#LAST}: the last is compared only when both lists are as long, a
 * middle author must then be among the local middle authors, and is paired only when its
 * surname is there once.
 *
 * @param pairs    the positions both name with the same surname
 * @param mismatch why the authors disagree, or null
 */
record AuthorAlignment(List<Pair> pairs, String mismatch) {
    record Pair(LocalPaper.Author ours, ExternalPaper.Author theirs) {
    }

    static AuthorAlignment of(LocalPaper paper, ExternalPaper c) {
        Map<Integer, LocalPaper.Author> byPosition = new HashMap<>();
        paper.authors().forEach(a -> byPosition.put(a.position(), a));
        int ours = paper.authors().size();
        boolean sameLength = ours == c.authors().size();
        List<Pair> pairs = new ArrayList<>();
        for (ExternalPaper.Author theirs : c.authors()) {
            String surname = Names.surname(theirs.name());
            if (theirs.position() == ExternalPaper.Author.MIDDLE) {
                if (!sameLength || ours < 3) continue;
                List<LocalPaper.Author> same = paper.authors().subList(1, ours - 1).stream()
                        .filter(a -> Names.surname(a.name()).equals(surname)).toList();
                if (same.isEmpty()) return new AuthorAlignment(List.of(), "middle author " + theirs.name() + " is not among ours");
                if (same.size() == 1) pairs.add(new Pair(same.get(0), theirs));
                continue;
            }
            int position = theirs.position() == ExternalPaper.Author.LAST ? (sameLength ? ours : -1) : theirs.position();
            LocalPaper.Author mine = byPosition.get(position);
            if (mine == null) continue;
            if (!Names.surname(mine.name()).equals(surname)) {
                return new AuthorAlignment(List.of(), "author " + position + " is " + theirs.name() + ", not " + mine.name());
            }
            pairs.add(new Pair(mine, theirs));
        }
        return new AuthorAlignment(pairs, null);
    }
}
