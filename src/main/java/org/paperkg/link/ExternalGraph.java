package org.paperkg.link;

import java.util.Collection;
import java.util.Set;

/** An external scholarly graph that can be asked for the publications with given titles or DOIs. */
public interface ExternalGraph {
    /** The source's short name, which names its link graph ({@code dblp}). */
    String name();

    /**
     * The publications whose title is one of {@code titles} (compared as {@link Names#titleKey})
     * or whose DOI is one of {@code dois}, with their authors.
     */
    Collection<ExternalPaper> lookup(Set<String> titles, Set<String> dois) throws LinkException;

    /** The record an identifier the inputs already carry names in this graph, if any: a link without lookup. */
    default String given(LocalPaper paper) {
        return null;
    }

    /** What was asked of the source: requests sent, answers taken from the cache, triples read. */
    String traffic();
}
