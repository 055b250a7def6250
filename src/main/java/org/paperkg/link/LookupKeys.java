package org.paperkg.link;

import java.util.Set;

/**
 * What to look up in an external graph: the local papers' titles, DOIs and arXiv ids, the
 * abstract fingerprints of the papers no page gave a title, and the labels of the local datasets
 * and concepts.
 */
public record LookupKeys(Set<String> titles, Set<String> dois, Set<String> arxivIds, Set<String> abstractFingerprints,
                         Set<String> datasetLabels, Set<String> conceptLabels) {
    public LookupKeys {
        conceptLabels = Set.copyOf(conceptLabels);
        abstractFingerprints = Set.copyOf(abstractFingerprints);
        titles = Set.copyOf(titles);
        dois = Set.copyOf(dois);
        arxivIds = Set.copyOf(arxivIds);
        datasetLabels = Set.copyOf(datasetLabels);
    }
}
