package org.paperkg;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of an ingest run: one entry per input file, and the store's counts afterwards. */
public record IngestReport(List<PageOutcome> pages, Map<String, Long> countsBefore, Map<String, Long> countsAfter) {
    public IngestReport {
        pages = List.copyOf(pages);
        countsBefore = Collections.unmodifiableMap(new LinkedHashMap<>(countsBefore));
        countsAfter = Collections.unmodifiableMap(new LinkedHashMap<>(countsAfter));
    }

    public boolean anyFailed() {
        return pages.stream().anyMatch(PageOutcome::failed);
    }

    public long added(String kind) {
        return countsAfter.getOrDefault(kind, 0L) - countsBefore.getOrDefault(kind, 0L);
    }
}
