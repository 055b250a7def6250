package org.paperkg.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.paperkg.IngestReport;
import org.paperkg.PageLimits;
import org.paperkg.PageRun;
import org.paperkg.record.PageInfo;
import org.paperkg.PageOutcome;
import org.paperkg.Paperkg;
import org.paperkg.remote.RemoteReplica;
import org.paperkg.remote.RemoteStore;
import org.paperkg.source.Problem;
import org.paperkg.source.ReaderRegistry;
import org.paperkg.source.readers.CsvColumns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads pages (files, or folders of them) into the store, one named graph per page.",
                "A page with errors is not stored; the others are. Exit 1 when any page failed."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    IntoOptions into;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "page files or folders")
    List<Path> paths;

    @Option(names = "--column", paramLabel = "FIELD=HEADER",
            description = {"which CSV/TSV column holds a field, when its header is not a usual name "
                    + "(e.g. --column title=\"Paper Name\" --column authors=Writers).",
                    "Fields: title, authors, abstract, venue, session, url, id, year, keywords, award."})
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--max-page-size", paramLabel = "SIZE", defaultValue = "256m",
            description = "refuse page files larger than this (bytes, or with k, m, g; default: ${DEFAULT-VALUE})")
    String maxPageSize;

    @Option(names = "--stream-above", paramLabel = "SIZE", defaultValue = "64m",
            description = {"read CSV lists and JSON record files larger than this record by record from the file, never "
                    + "holding them whole (default: ${DEFAULT-VALUE});",
                    "such files are not bound by --max-page-size: the heap does not bound them"})
    String streamAbove;

    @Option(names = "--time-per-mb", paramLabel = "SECONDS", defaultValue = "5",
            description = {"reading time a page may take per MB of its size, at least 10 s a page (default: ${DEFAULT-VALUE});",
                    "a page over it fails with 'reading took more than N s' and the run goes on"})
    double secondsPerMb;

    @Option(names = "--bulk", description = {"build a new store from many pages at once: work out what they say together, "
            + "then put it in through TDB2's bulk loader:",
            "the same graph as page by page, far sooner for thousands of pages; the store must hold no pages yet"})
    boolean bulk;

    @Option(names = "--staging", paramLabel = "auto|memory|store", defaultValue = "auto",
            description = {"where --bulk works the graph out: in memory, then one bulk load (quickest; needs about 100 bytes of heap",
                    "per byte of pages), or in the store itself (any heap); auto: memory when the pages fit (default: ${DEFAULT-VALUE})"})
    String staging;

    @Spec
    CommandSpec spec;

    /** "256m" → 268435456. */
    static long bytes(String size) {
        return bytes(size, "--max-page-size");
    }

    static long bytes(String size, String option) {
        String s = size.strip().toLowerCase(java.util.Locale.ROOT);
        long unit = s.endsWith("k") ? 1L << 10 : s.endsWith("m") ? 1L << 20 : s.endsWith("g") ? 1L << 30 : 1;
        String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
        try {
            long n = Long.parseLong(digits.strip());
            if (n <= 0) throw new NumberFormatException();
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Main.UsageError(option + " takes a positive size such as 512m or 2g, not '" + size + "'");
        }
    }

    PageLimits limits() {
        if (!(secondsPerMb > 0)) throw new Main.UsageError("--time-per-mb takes a positive number of seconds");
        return new PageLimits(bytes(maxPageSize), java.time.Duration.ofMillis((long) (secondsPerMb * 1000)),
                PageLimits.DEFAULT.atLeast(), bytes(streamAbove, "--stream-above"));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CsvColumns csv;
        try {
            csv = CsvColumns.of(columns);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError(e.getMessage());
        }
        PageLimits limits = limits();
        Paperkg.Staging where = switch (staging) {
            case "auto" -> Paperkg.Staging.AUTO;
            case "memory" -> Paperkg.Staging.MEMORY;
            case "store" -> Paperkg.Staging.STORE;
            default -> throw new Main.UsageError("--staging is auto, memory or store, not '" + staging + "'");
        };
        Optional<ServerPages> server = storeOptions.serverPages(limits.maxBytes());
        if (server.isPresent() && bulk) {
            throw new Main.UsageError("the store is held by a running server; a bulk build needs the store to itself");
        }
        if (server.isPresent() && into.given()) {
            throw new Main.UsageError("the store is held by a running server; --into writes beside the local store, "
                    + "so stop the server first");
        }
        if (server.isPresent()) {
            err.println("paperkg: the store is held by a running server; writing the pages through it");
            return report(run(new WithColumns(server.get(), columns)), out, err);
        }
        Optional<RemoteStore> remote = into.connect();
        try (Paperkg opened = storeOptions.open(ReaderRegistry.standard(csv))) {
            Paperkg kg = opened.withLimits(limits);
            Optional<RemoteReplica> replica = IntoOptions.attach(remote, kg);
            int code;
            if (bulk) {
                // the loader bypasses the store's write transactions: the remote is sent the built graph whole
                code = report(withProgress(listener -> kg.build(paths, listener, where)), out, err);
                replica.ifPresent(r -> r.sendAllOrNote(kg.store()));
            } else {
                replica.ifPresent(kg.store()::follow);
                try {
                    code = report(run(kg), out, err);
                } finally {
                    kg.store().follow(null);
                }
            }
            return Math.max(code, IntoOptions.report(replica, out, err));
        }
    }

    private IngestReport run(PageRun.Pages pages) {
        return withProgress(listener -> PageRun.ingest(paths, pages, listener));
    }

    /** A progress bar on a terminal; nothing when the output goes elsewhere. */
    private static IngestReport withProgress(java.util.function.Function<Paperkg.IngestListener, IngestReport> run) {
        if (System.console() == null) return run.apply(Paperkg.IngestListener.SILENT);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest")
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setInitialMax(0).build()) {
            return run.apply((done, total, outcome) -> {
                bar.maxHint(total);
                bar.stepTo(done);
                bar.setExtraMessage(outcome.file());
            });
        }
    }

    static int report(IngestReport report, PrintWriter out, PrintWriter err) {
        for (PageOutcome page : report.pages()) line(page, out, err);
        out.println(summary(report));
        if (!report.steps().isEmpty()) {
            StringBuilder steps = new StringBuilder("bulk build:");
            report.steps().forEach((step, took) -> steps.append(String.format(" %s %.1f s ·", step, took.toMillis() / 1000.0)));
            steps.setLength(steps.length() - 2);
            out.println(steps);
        }
        err.flush();
        out.flush();
        return report.anyFailed() ? 1 : 0;
    }

    /** One page's line ("added      list.csv (csv-list: 12 records, 12 papers)"), its problems on stderr. */
    static void line(PageOutcome page, PrintWriter out, PrintWriter err) {
        for (Problem p : page.problems()) err.println(p);
        out.printf("%-10s %s%s%n", page.status().name().toLowerCase(), page.file(),
                page.failed() ? "" : String.format(" (%s: %d records, %d papers)", page.format(), page.records(), page.papers()));
    }

    /** The run's --column names sent with each page, under what the page's manifest row names (as a local run reads them). */
    private record WithColumns(PageRun.Pages inner, Map<String, String> columns) implements PageRun.Pages {
        @Override
        public PageOutcome ingestPage(org.paperkg.source.PageText page, PageInfo info) {
            return inner.ingestPage(page, merged(info));
        }

        @Override
        public PageOutcome ingestFile(java.nio.file.Path file, String name, PageInfo info) throws org.paperkg.source.PageException {
            return inner.ingestFile(file, name, merged(info));
        }

        private PageInfo merged(PageInfo info) {
            if (columns.isEmpty()) return info;
            Map<String, String> all = new LinkedHashMap<>(columns);
            all.putAll(info.columns());
            return new PageInfo(info.conferenceSeries(), info.year(), info.url(), all);
        }

        @Override
        public Map<String, Long> stats() {
            return inner.stats();
        }

        @Override
        public long maxPageBytes() {
            return inner.maxPageBytes();
        }
    }

    static String summary(IngestReport report) {
        long failed = report.pages().stream().filter(PageOutcome::failed).count();
        StringBuilder s = new StringBuilder();
        s.append(report.pages().size()).append(" page(s): ");
        for (PageOutcome.Status st : PageOutcome.Status.values()) {
            long n = report.pages().stream().filter(p -> p.status() == st).count();
            s.append(n).append(' ').append(st.name().toLowerCase()).append(st == PageOutcome.Status.FAILED ? "" : ", ");
        }
        s.append(System.lineSeparator()).append("store now holds:");
        for (Map.Entry<String, Long> e : report.countsAfter().entrySet()) {
            if (!StatsCommand.SHOWN.contains(e.getKey())) continue;
            long delta = report.added(e.getKey());
            s.append(' ').append(e.getValue()).append(' ').append(e.getKey());
            if (delta != 0) s.append(String.format(" (%+d)", delta));
            s.append(',');
        }
        s.setLength(s.length() - 1);
        if (failed > 0) s.append(System.lineSeparator()).append(failed).append(" page(s) failed: see the messages above");
        return s.toString();
    }
}
