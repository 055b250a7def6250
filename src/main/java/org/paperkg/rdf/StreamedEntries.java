package org.paperkg.rdf;

import org.paperkg.record.PaperRecord;
import org.paperkg.text.Slugs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link EntryMerger}'s grouping for a page read twice without being held. The first pass
 * learns which records are copies of one paper (from their keys alone); the second hands out
 * each entry as soon as its last copy is read, with the position the whole-page merge gives it
 * — so a streamed page gives the graph the same page read whole gives. What is held grows with
 * the number of records (a few dozen bytes each), not with their text; only copies of one paper
 * wait for each other.
 */
public final class StreamedEntries {
    /** The second reading of a page gave other records than the first: the file changed in between. */
    public static final class PageChanged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PageChanged(String what) {
            super(what);
        }
    }

    /** Receives one merged entry and its 1-based position on the page. */
    @FunctionalInterface
    interface Sink {
        void entry(PaperEntry entry, int position);
    }

    private int[] parent = new int[1024];
    private int records;
    private final Map<Long, Integer> firstWithKey = new HashMap<>();
    private int[] size;
    private int[] position;
    private int entries;

    /** First pass: one record, in page order. */
    public void learn(PaperRecord r) {
        if (records == parent.length) parent = Arrays.copyOf(parent, parent.length * 2);
        int i = records++;
        parent[i] = i;
        for (String key : EntryMerger.keys(r)) {
            // 64 bits of the key's hash stand for it: two different keys share them with odds of 1 in 2^64
            long h = Long.parseUnsignedLong(Slugs.hash(key, 16), 16);
            Integer other = firstWithKey.putIfAbsent(h, i);
            if (other != null) UnionFind.union(parent, other, i);
        }
    }

    /** After the first pass: the number of entries (papers) the page has. */
    public int entries() {
        if (size == null) settle();
        return entries;
    }

    public int records() {
        return records;
    }

    /** Second pass: takes the same records in the same order and writes each entry, complete, to the page. */
    public Consumer<PaperRecord> writingTo(PageMapper.PageWriter page, TwinLookup twins) {
        return collector((entry, position) -> page.entry(entry, position, twins));
    }

    Consumer<PaperRecord> collector(Sink sink) {
        if (size == null) settle();
        Map<Integer, List<PaperRecord>> waiting = new HashMap<>();
        int[] next = {0};
        return r -> {
            int i = next[0]++;
            if (i >= records) throw new PageChanged("the second reading found more records than the first");
            int root = UnionFind.find(parent, i);
            if (size[root] == 1) {
                sink.entry(EntryMerger.entry(List.of(r)), position[root]);
                return;
            }
            List<PaperRecord> copies = waiting.computeIfAbsent(root, k -> new ArrayList<>());
            copies.add(r);
            if (copies.size() == size[root]) {
                waiting.remove(root);
                sink.entry(EntryMerger.entry(copies), position[root]);
            }
        };
    }

    private void settle() {
        firstWithKey.clear();
        size = new int[records];
        position = new int[records];
        for (int i = 0; i < records; i++) size[UnionFind.find(parent, i)]++;
        // the root of a group is its first record, so groups come in order of first appearance
        for (int i = 0; i < records; i++) if (UnionFind.find(parent, i) == i) position[i] = ++entries;
    }
}
