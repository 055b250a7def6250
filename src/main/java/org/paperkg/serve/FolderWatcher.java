package org.paperkg.serve;

import org.paperkg.IngestReport;
import org.paperkg.PageOutcome;
import org.paperkg.Paperkg;
import org.paperkg.source.Manifest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Ingests pages dropped into a folder while the server runs — the way to add pages to a served
 * store, since TDB2 lets one process hold a store. A file is read once it has stopped changing
 * for one poll, so a page still being copied is not read half-way; each page lands in its own
 * write transaction, so queries never see it half-ingested.
 */
final class FolderWatcher implements AutoCloseable {
    private static final long POLL_MILLIS = 1000;
    private final Paperkg kg;
    private final Path folder;
    private final PrintStream log;
    private final ScheduledExecutorService timer;
    private final Map<Path, String> seen = new HashMap<>();
    private final Map<Path, String> ingested = new HashMap<>();

    private FolderWatcher(Paperkg kg, Path folder, PrintStream log) {
        this.kg = kg;
        this.folder = folder;
        this.log = log;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "paperkg-watch");
            t.setDaemon(true);
            return t;
        });
    }

    static FolderWatcher start(Paperkg kg, Path folder) {
        FolderWatcher w = new FolderWatcher(kg, folder, System.err);
        w.timer.scheduleWithFixedDelay(w::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
        return w;
    }

    private void poll() {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.equals(Manifest.FILE_NAME)) continue;
                String stamp = Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
                String before = seen.put(file, stamp);
                if (stamp.equals(before) && !stamp.equals(ingested.get(file))) {
                    ingested.put(file, stamp);
                    report(kg.ingest(List.of(file), Paperkg.IngestListener.SILENT));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the watcher must outlive one bad poll; the next poll tries again
            log.println("paperkg watch: " + folder + ": " + e.getMessage());
        }
    }

    private void report(IngestReport report) {
        for (PageOutcome page : report.pages()) {
            page.problems().forEach(log::println);
            log.println("paperkg watch: " + page.status().name().toLowerCase() + " " + page.file()
                    + (page.failed() ? "" : " (" + page.papers() + " papers)"));
        }
    }

    @Override
    public void close() {
        // a page being ingested is let finish: interrupting a thread in the middle of file I/O
        // closes the channels it is using, the text index's lock among them
        timer.shutdown();
        try {
            if (!timer.awaitTermination(60, TimeUnit.SECONDS)) timer.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
