package org.paperkg.link;

import java.util.Collection;

/** An external scholarly graph that can be asked for the publications with given titles or DOIs. */
public interface ExternalGraph {
    /** The source's short name, which names its link graph ({@code dblp}). */
    String name();

    /**
     * The publications whose title is one of the keys' titles (compared as {@link Names#titleKey}),
     * or whose DOI or arXiv id is one of the keys', with their authors.
     */
    Collection<ExternalPaper> lookup(LookupKeys keys) throws LinkException;

    /** The data sets whose label or alias is one of the keys' dataset labels; none where the graph has no such kind. */
    default Collection<ExternalEntity> datasets(LookupKeys keys) throws LinkException {
        return java.util.List.of();
    }

    /**
     * The concepts (of machine learning) whose label or alias is one of the keys' concept labels;
     * none where the graph has no such kind.
     */
    default Collection<ExternalEntity> concepts(LookupKeys keys) throws LinkException {
        return java.util.List.of();
    }

    /** The record an identifier the inputs already carry names in this graph, if any: a link without lookup. */
    default String given(LocalPaper paper) {
        return null;
    }

    /** What was asked of the source: requests sent, answers taken from the cache, triples read. */
    String traffic();
}
