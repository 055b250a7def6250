package org.paperkg.rdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Person identity's union-find over signature indexes, with the kinds of evidence each signature
 * took part in (a co-author in common, the same venue and a topic): the person node says which
 * kinds joined it, and over how many papers.
 */
final class EvidenceClusters {
    private final int[] parent;
    /** By signature index; null until the signature takes part in a join. */
    private final List<Set<String>> reasons;

    EvidenceClusters(int n) {
        parent = new int[n];
        reasons = new ArrayList<>(Collections.nCopies(n, null));
        for (int i = 0; i < n; i++) parent[i] = i;
    }

    int root(int i) {
        return UnionFind.find(parent, i);
    }

    void join(int i, int j, String why) {
        reason(i, why);
        reason(j, why);
        // the smaller index is the root, so components come out in signature order
        UnionFind.union(parent, i, j);
    }

    private void reason(int i, String why) {
        if (reasons.get(i) == null) reasons.set(i, new TreeSet<>());
        reasons.get(i).add(why);
    }

    Set<String> reasons(int i) {
        return reasons.get(i) == null ? Set.of() : reasons.get(i);
    }
}
