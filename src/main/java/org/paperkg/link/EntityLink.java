package org.paperkg.link;

import java.util.List;

/**
 * What linking decided for one local dataset or conference.
 *
 * @param kind       what the link says: {@link #DATASET} (the same data set), {@link #CONCEPT} (the
 *                   same concept), {@link #PROCEEDINGS}
 *                   (the conference's proceedings volume) or {@link #SERIES} (its series)
 * @param local      the local IRI
 * @param external   the one external entity it matches, or null (none, or ambiguous)
 * @param evidence   the label that matched, or why there is no link
 * @param candidates every external entity whose labels matched (two or more: ambiguous)
 */
public record EntityLink(String kind, String local, String external, String evidence, List<String> candidates) {
    public static final String DATASET = "dataset";
    public static final String CONCEPT = "concept";
    public static final String PROCEEDINGS = "proceedings";
    public static final String SERIES = "series";

    public EntityLink {
        candidates = List.copyOf(candidates);
    }

    public boolean ambiguous() {
        return external == null && candidates.size() > 1;
    }
}
