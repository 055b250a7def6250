package org.paperkg;

import org.paperkg.source.PageFiles;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a bulk build's graph can be worked out in memory: judged before any page is read, from
 * the bytes of the pages that are held whole (streamed pages go in later, page by page), against
 * the heap not yet in use.
 */
final class StagingEstimate {
    /**
     * Heap bytes the in-memory graph takes per byte of page held, with the room the phased
     * loader's session and the collector need: at their peak the real files of ../shared/real
     * took 71, the benchmark's CSV lists 73 (README, "Large graphs"); rounded up for the loader.
     */
    static final long HEAP_PER_PAGE_BYTE = 100;

    private StagingEstimate() {
    }

    static boolean fits(List<Path> paths, long streamAbove) {
        long held = 0;
        for (PageFiles.PageFile f : PageFiles.list(paths).files()) {
            long size = new File(f.path().toString()).length();
            if (size <= streamAbove) held += size;
        }
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return held * HEAP_PER_PAGE_BYTE <= free;
    }
}
