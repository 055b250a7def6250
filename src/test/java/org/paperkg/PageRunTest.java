package org.paperkg;

import org.junit.jupiter.api.Test;
import org.paperkg.record.PageInfo;
import org.paperkg.source.PageText;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a run costs beside its pages: the store counted before, and after only when a page was written. */
class PageRunTest {
    @Test
    void aRunThatWritesNothingCountsTheStoreOnce() {
        try (Paperkg kg = Examples.inMemory()) {
            AtomicInteger counts = new AtomicInteger();
            PageRun.Pages counted = new PageRun.Pages() {
                @Override
                public PageOutcome ingestPage(PageText page, PageInfo info) {
                    return kg.ingestPage(page, info);
                }

                @Override
                public Map<String, Long> stats() {
                    counts.incrementAndGet();
                    return kg.stats();
                }

                @Override
                public long maxPageBytes() {
                    return kg.maxPageBytes();
                }
            };
            List<java.nio.file.Path> page = List.of(Examples.FOLDER.resolve("daily-papers-mar-13.txt"));
            IngestReport first = PageRun.ingest(page, counted, Paperkg.IngestListener.SILENT);
            assertEquals(2, counts.get(), "before and after a page that was added");
            assertEquals(Long.valueOf(1), first.countsAfter().get("sources"));
            counts.set(0);
            IngestReport again = PageRun.ingest(page, counted, Paperkg.IngestListener.SILENT);
            assertEquals(PageOutcome.Status.UNCHANGED, again.pages().get(0).status());
            assertEquals(1, counts.get(), "an unchanged page: counted before only");
            assertEquals(first.countsAfter(), again.countsAfter());
        }
    }
}
