package org.paperkg;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.IriScheme;
import org.paperkg.source.ReaderRegistry;
import org.paperkg.store.PaperStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One graph whatever the order pages come and go in. */
class StoreConsistencyTest {
    private static final String AWARDS = "iclr-2022-outstanding-paper-awards.txt";
    private static final String ORAL = "iclr-2022-oral-2-understanding-deep-learning.txt";
    private static Set<Quad> reference;

    @BeforeAll
    static void buildReference() {
        try (Paperkg kg = Examples.ingested(Examples.pages())) {
            reference = quads(kg);
        }
    }

    /**
     * Each order is built in Jena's general in-memory dataset ({@link PaperStore#inMemoryForBuilding}:
     * an order takes about 1 s there, 3 s in Jena's transactional in-memory dataset), two orders at
     * a time; the reference was built in TDB2, so this also checks that both stores end with the
     * same quads.
     */
    @Test
    void everyOrderOfTheFivePagesGivesTheSameGraph() throws Exception {
        List<List<Path>> orders = permutations(Examples.pages());
        assertEquals(120, orders.size());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> differences = new ArrayList<>();
            for (List<Path> order : orders) differences.add(pool.submit(() -> difference(order)));
            for (Future<String> d : differences) {
                String found = d.get();
                if (found != null) throw new AssertionError(found);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Null when {@code order} gives the reference graph, else what differs. */
    private static String difference(List<Path> order) {
        try (Paperkg kg = Examples.inMemory()) {
            IngestReport report = kg.ingest(order, Paperkg.IngestListener.SILENT);
            if (report.anyFailed()) return "order " + order + ": pages failed: " + report.pages();
            Set<Quad> quads = quads(kg);
            if (quads.equals(reference)) return null;
            Set<Quad> missing = new HashSet<>(reference);
            missing.removeAll(quads);
            Set<Quad> extra = new HashSet<>(quads);
            extra.removeAll(reference);
            return "order " + order + " differs: missing " + first(missing) + ", extra " + first(extra);
        }
    }

    @Test
    void ingestingAgainChangesNothing() {
        try (Paperkg kg = Examples.ingested(Examples.pages())) {
            IngestReport again = kg.ingest(Examples.pages(), Paperkg.IngestListener.SILENT);
            assertTrue(again.pages().stream().allMatch(p -> p.status() == PageOutcome.Status.UNCHANGED), again.pages().toString());
            assertEquals(reference, quads(kg));
        }
    }

    @Test
    void removingAPageLeavesWhatOtherPagesSayAndAddingItBackRestoresTheGraph() {
        try (Paperkg kg = Examples.ingested(Examples.pages())) {
            assertTrue(kg.remove(ORAL));
            assertEquals(411L - 4, kg.stats().get("papers"), "the 4 talks only the session page lists are gone");
            assertEquals(0L, kg.stats().get("presentations"));
            assertEquals(1L, kg.stats().get("sessions"));
            assertEquals(10L, kg.stats().get("awards"), "the award page still gives all ten awards");
            // the three award papers only the session page gave a title are untitled again
            assertEquals(405L - 7, kg.stats().get("titledPapers"));
            assertFalse(kg.remove(ORAL), "already removed");
            kg.ingest(List.of(Examples.FOLDER.resolve(ORAL)), Paperkg.IngestListener.SILENT);
            assertEquals(reference, quads(kg));
        }
    }

    @Test
    void removingTheAwardPageKeepsTheTalksAndDropsOnlyItsAwards() {
        try (Paperkg kg = Examples.ingested(Examples.pages())) {
            assertTrue(kg.remove(AWARDS));
            assertEquals(411L - 7, kg.stats().get("papers"));
            assertEquals(3L, kg.stats().get("awards"), "the session page names three Outstanding Papers itself");
            assertEquals(7L, kg.stats().get("presentations"));
            kg.ingest(List.of(Examples.FOLDER.resolve(AWARDS)), Paperkg.IngestListener.SILENT);
            assertEquals(reference, quads(kg));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = Paperkg.Staging.class, names = {"MEMORY", "STORE"})
    void aBulkBuildGivesTheGraphPageByPageIngestGives(Paperkg.Staging staging, @TempDir Path dir) {
        try (Paperkg kg = onDisk(dir.resolve("store"))) {
            IngestReport report = kg.build(Examples.pages(), Paperkg.IngestListener.SILENT, staging);
            assertFalse(report.anyFailed(), report.pages().toString());
            assertEquals(5L, report.countsAfter().get("sources"));
            assertEquals(reference, quads(kg));
            assertFalse(Files.exists(dir.resolve("store").resolve("paperkg-build-unfinished")), "the build is marked finished");
            IllegalStateException again = assertThrows(IllegalStateException.class,
                    () -> kg.build(List.of(Examples.FOLDER.resolve(ORAL)), Paperkg.IngestListener.SILENT));
            assertTrue(again.getMessage().startsWith("a bulk build makes a new store, and the store at "), again.getMessage());
            assertEquals(reference, quads(kg), "a refused build changes nothing");
        }
    }

    @Test
    void aBulkBuildRefusesAndKeepsWhatIngestRefusesAndKeeps(@TempDir Path dir) throws Exception {
        // two folders, each with a page called "page.txt": the run refuses the second name, the rest goes in
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        // daily-paper pages need no manifest row
        Files.copy(Examples.FOLDER.resolve("daily-papers-trending.txt"), first.resolve("page.txt"));
        Files.copy(Examples.FOLDER.resolve("daily-papers-mar-13.txt"), second.resolve("page.txt"));
        List<Path> paths = List.of(first, second, Examples.FOLDER.resolve(ORAL));
        Set<Quad> pageByPage;
        try (Paperkg kg = onDisk(dir.resolve("pages"))) {
            IngestReport report = kg.ingest(paths, Paperkg.IngestListener.SILENT);
            assertEquals(List.of(PageOutcome.Status.FAILED, PageOutcome.Status.ADDED, PageOutcome.Status.ADDED),
                    report.pages().stream().map(PageOutcome::status).toList());
            pageByPage = quads(kg);
        }
        try (Paperkg kg = onDisk(dir.resolve("bulk"))) {
            IngestReport report = kg.build(paths, Paperkg.IngestListener.SILENT);
            assertEquals(List.of(PageOutcome.Status.FAILED, PageOutcome.Status.ADDED, PageOutcome.Status.ADDED),
                    report.pages().stream().map(PageOutcome::status).toList());
            assertTrue(report.anyFailed());
            assertEquals(pageByPage, quads(kg));
        }
    }

    @Test
    void aBulkBuildCutShortIsRefusedWhenOpened(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (Paperkg kg = onDisk(store)) {
            kg.store().markBuildUnfinished(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        }
        PaperStore.StoreException e = assertThrows(PaperStore.UnfinishedBuild.class, () -> PaperStore.open(store));
        assertEquals("the store at " + store + " is a bulk build that did not finish (started 2026-01-01T00:00:00Z); "
                + "remove the directory and build again", e.getMessage());
    }

    private static Paperkg onDisk(Path store) {
        return new Paperkg(PaperStore.open(store), new IriScheme(IriScheme.DEFAULT_BASE), ReaderRegistry.standard(), Examples.FIXED_CLOCK);
    }

    static Set<Quad> quads(Paperkg kg) {
        return Examples.quads(kg);
    }

    private static Object first(Set<Quad> quads) {
        return quads.isEmpty() ? "nothing" : quads.iterator().next() + " (+" + (quads.size() - 1) + " more)";
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) return List.of(items);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }
}
