package org.paperkg.rdf;

import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link GraphStats}' counts of a TDB2 store, kept in a file beside it and reused for as long as
 * the store holds what they were counted over, so {@code stats} and the count an ingest run
 * starts from answer in milliseconds on any size of store.
 *
 * <p>What a file's counts were made from is told by the roots of the store's first quad and
 * triple indexes, as the read transaction sees them: TDB2's B+trees are copy-on-write, so any
 * committed change to the quads gives a new root (from blocks never used before in that data
 * directory), and the data directory's name changes with each compaction. This holds whatever
 * wrote the store — an ingest, a SPARQL Update through the server, Jena's own tools — so no
 * writer has to remember to throw the counts away.
 */
final class SavedCounts {
    static final String FILE = "counts.tsv";

    private SavedCounts() {
    }

    /**
     * The counts saved under {@code dir} if they were made from this state of {@code tdb}; else
     * {@code count}'s, saved for next time. To be called inside a read transaction.
     *
     * @param kinds what is counted, so counts saved by a paperkg that counted otherwise are not taken
     */
    static Map<String, Long> of(DatasetGraphTDB tdb, Path dir, String kinds, Supplier<Map<String, Long>> count) {
        String state = state(tdb) + "\t" + kinds;
        Path file = dir.resolve(FILE);
        Map<String, Long> saved = read(file, state);
        if (saved != null) return saved;
        Map<String, Long> counted = count.get();
        save(file, state, counted);
        return counted;
    }

    private static String state(DatasetGraphTDB tdb) {
        return tdb.getLocation().getDirectoryPath() + "\t"
                + root(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()[0]) + "\t"
                + root(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()[0]);
    }

    private static int root(Object index) {
        return ((BPlusTree) ((TupleIndexRecord) index).getRangeIndex()).getRootId();
    }

    /** The counts in {@code file} if its first line is {@code state}; null if not, or if it cannot be read. */
    private static Map<String, Long> read(Path file, String state) {
        if (!Files.isRegularFile(file)) return null;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(state)) return null;
            Map<String, Long> out = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.indexOf('\t');
                if (tab < 0) return null;
                out.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
            }
            return out;
        } catch (IOException | NumberFormatException e) {
            return null; // counted again, and the file written anew
        }
    }

    /**
     * Written whole beside, then moved in, so a reader never sees half a file. A store in a
     * directory this process cannot write still answers: its counts are then made each time.
     */
    private static void save(Path file, String state, Map<String, Long> counts) {
        StringBuilder text = new StringBuilder(state).append('\n');
        counts.forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
        Path part = null;
        try {
            part = Files.createTempFile(file.getParent(), FILE, ".part");
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (part != null) Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a stray .part file in the store's directory harms nothing
            }
        }
    }
}
