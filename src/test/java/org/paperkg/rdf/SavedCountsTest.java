package org.paperkg.rdf;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.Paperkg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A store's counts are kept beside it and reused until anything, by any route, changes its quads. */
class SavedCountsTest {
    @TempDir
    Path dir;

    @Test
    void countsAreReusedUntilTheStoreChanges() throws IOException {
        Path store = dir.resolve("store");
        Path saved = store.resolve(SavedCounts.FILE);
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            kg.ingest(Examples.pages(), Paperkg.IngestListener.SILENT);
            Map<String, Long> counted = kg.store().read(GraphStats::count);
            assertEquals(counted, kg.stats());
            assertTrue(Files.isRegularFile(saved), "the counts are saved beside the store");

            // the saved counts are what stats answers while the store is as it was
            long papers = counted.get("papers");
            rewrite(saved, "papers\t" + papers, "papers\t" + (papers + 1000));
            assertEquals(papers + 1000, kg.stats().get("papers"));

            // a write that does not go through paperkg's own writes (a SPARQL Update, say) still
            // makes them stale: one more paper, counted afresh
            Txn.executeWrite(kg.store().dataset(), () -> kg.store().dataset().asDatasetGraph().add(
                    NodeFactory.createURI("urn:x-test:graph"), NodeFactory.createURI("urn:x-test:paper"), Vocab.type, Vocab.Paper));
            assertEquals(papers + 1, kg.stats().get("papers"));
            assertEquals(counted.get("quads") + 1, kg.stats().get("quads"));

            // compaction moves the store to a new data directory: counted again, the same
            Map<String, Long> before = kg.stats();
            rewrite(saved, "papers\t" + (papers + 1), "papers\t0");
            kg.store().compact();
            assertEquals(before, kg.stats());
        }
        // a file made by a paperkg that counted other kinds, or a broken one, is counted over
        Files.writeString(saved, "not what this store was\npapers\t7\n", StandardCharsets.UTF_8);
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            assertEquals(kg.store().read(GraphStats::count), kg.stats());
        }
        Files.writeString(saved, Files.readString(saved).replaceFirst("\npapers\t\\d+", "\npapers\tmany"));
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            assertEquals(kg.store().read(GraphStats::count), kg.stats());
        }
    }

    private static void rewrite(Path file, String from, String to) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.contains(from), "the saved file holds " + from + ": " + lines);
        Files.write(file, lines.stream().map(l -> l.equals(from) ? to : l).toList(), StandardCharsets.UTF_8);
    }
}
