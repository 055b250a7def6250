package org.paperkg;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an ingest run: one entry per input file, the store's counts afterwards, and for
 * a bulk build the time each of its steps took, in order.
 */
public record IngestReport(List<PageOutcome> pages, Map<String, Long> countsBefore, Map<String, Long> countsAfter,
                           Map<String, Duration> steps) {
    public IngestReport {
        pages = List.copyOf(pages);
        countsBefore = Collections.unmodifiableMap(new LinkedHashMap<>(countsBefore));
        countsAfter = Collections.unmodifiableMap(new LinkedHashMap<>(countsAfter));
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    public IngestReport(List<PageOutcome> pages, Map<String, Long> countsBefore, Map<String, Long> countsAfter) {
        this(pages, countsBefore, countsAfter, Map.of());
    }

    public boolean anyFailed() {
        return pages.stream().anyMatch(PageOutcome::failed);
    }

    public long added(String kind) {
        return countsAfter.getOrDefault(kind, 0L) - countsBefore.getOrDefault(kind, 0L);
    }
}
