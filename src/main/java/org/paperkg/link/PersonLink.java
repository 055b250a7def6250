package org.paperkg.link;

import java.util.List;

/**
 * What linking decided for one local person.
 *
 * @param person    the local person's IRI
 * @param external  the one external person the shared papers point to, or null when uncertain
 * @param evidence  the shared papers (and positions) the decision rests on
 * @param candidates every external person the person's papers point to (two or more: uncertain;
 *                   uncertain with fewer when the local rule, {@link NameSplits}, splits the name)
 */
public record PersonLink(String person, String external, String evidence, int sharedPapers, List<String> candidates) {
    public PersonLink {
        candidates = List.copyOf(candidates);
    }

    public boolean uncertain() {
        return external == null;
    }
}
