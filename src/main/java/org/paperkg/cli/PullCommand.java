package org.paperkg.cli;

import org.paperkg.IngestReport;
import org.paperkg.PageOutcome;
import org.paperkg.PageRun;
import org.paperkg.Paperkg;
import org.paperkg.pull.ArxivSource;
import org.paperkg.remote.RemoteReplica;
import org.paperkg.pull.Fetcher;
import org.paperkg.pull.HfDailySource;
import org.paperkg.pull.OpenReviewSource;
import org.paperkg.pull.Politeness;
import org.paperkg.pull.Pull;
import org.paperkg.pull.PullState;
import org.paperkg.pull.ResponseCache;
import org.paperkg.pull.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "pull", mixinStandardHelpOptions = true,
        description = {"Fetches papers from a live source into the store, one page per fetched unit (a day, a window of",
                "notes or results), each with its URL, time and checksum. Polite: one request at a time, Retry-After",
                "obeyed, failures tried again with back-off, answers cached. A pull stopped half-way continues where",
                "it stopped when run again. Exit 1 when a unit could not be fetched or stored."},
        subcommands = {PullCommand.OpenReview.class, PullCommand.HfDaily.class, PullCommand.Arxiv.class})
final class PullCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new Main.UsageError("name a source: openreview VENUE_ID, hf-daily FROM..TO or arxiv QUERY");
    }

    /** The options every source shares. */
    static final class Common {
        @Mixin
        StoreOptions storeOptions;

        @Mixin
        IntoOptions into;

        @Option(names = "--since", paramLabel = "WHEN", description = {"only what is new since WHEN: a date (2024-05-01), a time "
                + "(2024-05-01T12:00:00Z), or 'last' for the start of the last whole pull of the same source"})
        String since;

        @Option(names = "--api", paramLabel = "URL", description = "the source's API address, for a mirror or a test server")
        String api;

        @Option(names = "--cache", paramLabel = "DIR", description = "answers kept here, a folder per source (default: STORE/pull-cache)")
        Path cache;

        @Option(names = "--no-cache", description = "ask the source for everything, keeping nothing")
        boolean noCache;

        @Option(names = "--interval", paramLabel = "SECONDS", description = "least time between two requests "
                + "(default: the source's own: arXiv 3, OpenReview 1, Hugging Face 0.5)")
        Double interval;

        @Option(names = "--attempts", paramLabel = "N", defaultValue = "6", description = "tries per request (default: ${DEFAULT-VALUE})")
        int attempts;

        @Option(names = "--backoff", paramLabel = "SECONDS", defaultValue = "2",
                description = "the wait after a first failure, doubled after each further one (default: ${DEFAULT-VALUE})")
        double backoff;

        @Option(names = "--longest-wait", paramLabel = "SECONDS", defaultValue = "300",
                description = "the longest wait accepted, Retry-After included; a source asking more ends the pull (default: ${DEFAULT-VALUE})")
        double longestWait;

        @Option(names = "--restart", description = "start over even when a stopped pull of this source could be continued")
        boolean restart;

        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        Instant since(Path stateDir, String source) {
            if (since == null) return null;
            if (since.equalsIgnoreCase("last")) {
                return PullState.lastWholeStart(stateDir, source).orElseThrow(() -> new Main.UsageError(
                        "--since last: no whole pull of '" + source + "' has finished in this store yet; pull it once without --since"));
            }
            try {
                return since.contains("T") ? Instant.parse(since) : LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new Main.UsageError("--since takes a date (2024-05-01), a time (2024-05-01T12:00:00Z) or 'last', not '" + since + "'");
            }
        }

        Path stateDir() {
            return storeOptions.store.resolve("pull-state");
        }

        int run(Source source, Instant sinceTime) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (attempts < 1 || !(backoff >= 0) || !(longestWait >= 0) || (interval != null && !(interval >= 0))) {
                throw new Main.UsageError("--attempts takes a positive number; --interval, --backoff and --longest-wait take seconds, 0 or more");
            }
            Duration gap = interval == null ? source.interval() : Duration.ofMillis((long) (interval * 1000));
            Politeness politeness = new Politeness(gap, attempts, Duration.ofMillis((long) (backoff * 1000)),
                    Duration.ofMillis((long) (longestWait * 1000)), Duration.ofSeconds(60), 256L << 20);
            // one cache per source: clearing one source's answers leaves the others'
            String sourceName = source.describe().split(" ", 2)[0];
            ResponseCache responses = noCache ? null
                    : new ResponseCache((cache != null ? cache : storeOptions.store.resolve("pull-cache")).resolve(sourceName));
            Fetcher fetcher = new Fetcher(responses, politeness, Clock.systemUTC(), line -> {
                err.println("pull: " + line);
                err.flush();
            });
            Optional<ServerPages> server = storeOptions.serverPages(politeness.maxBytes());
            if (server.isPresent() && into.given()) {
                throw new Main.UsageError("the store is held by a running server; --into writes beside the local store, "
                        + "so stop the server first");
            }
            if (server.isPresent()) err.println("paperkg: the store is held by a running server; writing the pages through it");
            Optional<org.paperkg.remote.RemoteStore> remote = into.connect();
            Paperkg kg = server.isPresent() ? null : storeOptions.open();
            try {
                Optional<RemoteReplica> replica = kg == null ? Optional.empty() : IntoOptions.attach(remote, kg);
                replica.ifPresent(kg.store()::follow);
                PageRun.Pages pages = server.isPresent() ? server.get() : kg;
                PullState state = PullState.begin(stateDir(), source.describe(), sinceTime == null ? null : sinceTime.toString(),
                        Instant.now(), restart);
                if (state.resumed()) err.println("pull: continuing the stopped pull of " + source.describe());
                Map<String, Long> before = pages.stats();
                Pull.Result result;
                try {
                    // each unit said as it is stored: a long pull shows its progress
                    result = new Pull(fetcher, pages, Clock.systemUTC()).run(source, state, outcome -> {
                        IngestCommand.line(outcome, out, err);
                        err.flush();
                        out.flush();
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    err.println("pull: interrupted; run the same command again to continue");
                    return 1;
                }
                IngestReport report = new IngestReport(result.pages(), before, pages.stats());
                out.println(IngestCommand.summary(report));
                int code = report.anyFailed() ? 1 : 0;
                out.printf("pull %s: %d unit(s) fetched (%d from the cache, %d empty)%s; %s%n", source.describe(),
                        result.pages().size() + result.emptyUnits(), result.fromCache(), result.emptyUnits(),
                        result.resumedUnits() == 0 ? "" : ", " + result.resumedUnits() + " stored before the stop",
                        result.finished() ? "finished" : "not finished: run the same command again to continue");
                out.flush();
                return Math.max(code, IntoOptions.report(replica, out, err));
            } finally {
                if (kg != null) kg.close();
            }
        }
    }

    @Command(name = "openreview", mixinStandardHelpOptions = true,
            description = "A venue's notes from OpenReview API v2, by content.venueid, 1000 a page (e.g. ICLR.cc/2024/Conference).")
    static final class OpenReview implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "VENUE_ID", description = "e.g. ICLR.cc/2024/Conference")
        String venueId;

        @Option(names = "--page-size", paramLabel = "N", defaultValue = "1000", description = "notes a request (default: ${DEFAULT-VALUE})")
        int pageSize;

        @Override
        public Integer call() {
            String key = new OpenReviewSource(OpenReviewSource.API, venueId, pageSize, null).describe();
            Instant since = common.since(common.stateDir(), key);
            return common.run(usage(() -> new OpenReviewSource(api(common, OpenReviewSource.API), venueId, pageSize, since)), since);
        }
    }

    @Command(name = "hf-daily", mixinStandardHelpOptions = true,
            description = "Hugging Face's daily papers, one page per day, FROM..TO (dates; 'today' for today; one date for one day).")
    static final class HfDaily implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "FROM..TO", description = "e.g. 2024-05-01..2024-05-31, 2024-05-28, or 2024-05-01..today")
        String range;

        @Override
        public Integer call() {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String[] ends = range.split("\\.\\.", -1);
            if (ends.length > 2) throw new Main.UsageError("a range is FROM..TO, e.g. 2024-05-01..2024-05-31; not '" + range + "'");
            LocalDate from = day(ends[0], today);
            LocalDate to = ends.length == 2 ? day(ends[1], today) : from;
            String key = usage(() -> new HfDailySource(HfDailySource.API, from, to, today)).describe();
            Instant since = common.since(common.stateDir(), key);
            LocalDate start = since == null ? from : max(from, since.atZone(ZoneOffset.UTC).toLocalDate());
            if (start.isAfter(to)) {
                spec().commandLine().getOut().println("pull " + key + ": nothing is new since " + since);
                spec().commandLine().getOut().flush();
                return 0;
            }
            return common.run(new KeyedAs(key, usage(() -> new HfDailySource(api(common, HfDailySource.API), start, to, today))), since);
        }

        private CommandSpec spec() {
            return common.spec;
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        private static LocalDate day(String s, LocalDate today) {
            if (s.strip().equalsIgnoreCase("today")) return today;
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new Main.UsageError("a day is written 2024-05-28 (or 'today'), not '" + s + "'");
            }
        }
    }

    @Command(name = "arxiv", mixinStandardHelpOptions = true,
            description = "An arXiv search through its Atom API, newest first, at most one request every 3 s (e.g. 'cat:cs.LG AND abs:diffusion').")
    static final class Arxiv implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "QUERY", description = "arXiv's search_query syntax, e.g. \"cat:cs.LG AND ti:transformer\"")
        String query;

        @Option(names = "--max", paramLabel = "N", defaultValue = "1000", description = "the most results in all (default: ${DEFAULT-VALUE})")
        int max;

        @Option(names = "--page-size", paramLabel = "N", defaultValue = "100", description = "results a request (default: ${DEFAULT-VALUE})")
        int pageSize;

        @Override
        public Integer call() {
            Instant now = Instant.now();
            String key = usage(() -> new ArxivSource(ArxivSource.API, query, pageSize, max, null, now)).describe();
            Instant since = common.since(common.stateDir(), key);
            return common.run(usage(() -> new ArxivSource(api(common, ArxivSource.API), query, pageSize, max, since, now)), since);
        }
    }

    private static String api(Common common, String standard) {
        return common.api != null ? common.api : standard;
    }

    /** A source's own checks (a range that ends before it starts, a page size it does not take) said as usage errors. */
    private static <T> T usage(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError(e.getMessage());
        }
    }

    /**
     * A source under another state key: a days pull narrowed by --since keeps the state of the
     * range asked for, so --since last keeps meaning the last pull of that range.
     */
    private record KeyedAs(String key, Source inner) implements Source {
        @Override
        public String describe() {
            return key;
        }

        @Override
        public String first() {
            return inner.first();
        }

        @Override
        public Unit unit(String cursor) {
            return inner.unit(cursor);
        }

        @Override
        public Step step(String cursor, byte[] body) throws org.paperkg.pull.FetchException {
            return inner.step(cursor, body);
        }

        @Override
        public Optional<String> nextWithoutAnswer(String cursor) {
            return inner.nextWithoutAnswer(cursor);
        }

        @Override
        public Duration interval() {
            return inner.interval();
        }
    }
}
