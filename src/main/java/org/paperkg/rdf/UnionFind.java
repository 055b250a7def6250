package org.paperkg.rdf;

/**
 * Union-find over indexes, the root of every group its least index: groups then come out in the
 * order of their first member, which keeps page order and makes the result independent of the
 * order the joins were made in.
 */
final class UnionFind {
    private UnionFind() {
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra < rb) parent[rb] = ra;
        else if (rb < ra) parent[ra] = rb;
    }
}
