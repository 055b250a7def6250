package org.paperkg.cli;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code paperkg pull} against loopback servers replaying the real files, faults included. */
class PullCommandTest {
    @TempDir
    Path dir;

    private CliRun pull(String... args) {
        List<String> all = new ArrayList<>(List.of("pull"));
        all.addAll(List.of(args));
        all.addAll(List.of("--store", dir.resolve("store").toString(), "--backoff", "0.05"));
        return CliRun.of(all.toArray(String[]::new));
    }

    private long count(Path store, String sparql) {
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            return kg.store().read(dsg -> {
                try (QueryExecution q = QueryExecutionFactory.create(sparql, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                    return q.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }

    private static final String PAPERS = "PREFIX pk: <https://w3id.org/paperkg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a pk:Paper } }";

    @Test
    void daysArriveThroughARateLimitAServerErrorAndACutConnectionAndAreNotFetchedTwice() throws Exception {
        try (ReplayServer server = new ReplayServer()) {
            server.failNext(new ReplayServer.TooMany(1), new ReplayServer.ServerError(), new ReplayServer.Cut());
            CliRun run = pull("hf-daily", "2024-05-27..2024-05-29", "--api", server.url("/hf/api/daily_papers"), "--interval", "0");
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("added      hf-daily/2024-05-28.json (hf-daily-papers-json: 15 records, 15 papers)"), run.out());
            assertTrue(run.err().contains("answered 429") && run.err().contains("answered 500") && run.err().contains("cut short"), run.err());
            List<ReplayServer.Seen> seen = server.seen();
            assertEquals(List.of(429, 500, 200, 200, 200, 200), seen.stream().map(ReplayServer.Seen::status).toList());
            // Retry-After: 1 was waited out
            assertTrue(seen.get(1).nanos() - seen.get(0).nanos() >= 950_000_000L, "waited less than Retry-After");
            assertEquals(15, count(dir.resolve("store"), PAPERS));
            assertEquals(1, count(dir.resolve("store"), "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX pk: <https://w3id.org/paperkg/ontology#> "
                    + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g pk:sha256 ?sha ; prov:generatedAtTime ?t ; "
                    + "<http://purl.org/dc/terms/source> <" + server.url("/hf/api/daily_papers?date=2024-05-28") + "> } }"));

            // days two and more days back do not change: a second pull asks nothing and finds the page unchanged
            CliRun again = pull("hf-daily", "2024-05-27..2024-05-29", "--api", server.url("/hf/api/daily_papers"), "--interval", "0");
            assertEquals(0, again.exitCode(), again.err());
            assertEquals(6, server.seen().size());
            assertTrue(again.out().contains("unchanged  hf-daily/2024-05-28.json"), again.out());
            assertTrue(again.out().contains("3 unit(s) fetched (3 from the cache, 2 empty); finished"), again.out());
        }
    }

    @Test
    void aPullThatGivesUpSaysWhereAndTheSameCommandContinuesFromThere() throws Exception {
        try (ReplayServer server = new ReplayServer()) {
            String api = server.url("/hf/api/daily_papers");
            // 2025-01-09 answers; 2025-01-10 fails on both attempts allowed; 2025-01-11 answers
            server.failNext(new ReplayServer.Pass(), new ReplayServer.ServerError(), new ReplayServer.ServerError());
            CliRun first = pull("hf-daily", "2025-01-09..2025-01-11", "--api", api, "--interval", "0", "--attempts", "2");
            assertEquals(1, first.exitCode(), first.out());
            assertTrue(first.err().contains("hf-daily/2025-01-10.json: error: " + api
                    + "?date=2025-01-10 answered 500 (internal error); gave up after 2 attempts"), first.err());
            assertTrue(first.out().contains("not finished: run the same command again to continue"), first.out());
            assertEquals(0, count(dir.resolve("store"), PAPERS));
            int before = server.seen().size();
            CliRun second = pull("hf-daily", "2025-01-09..2025-01-11", "--api", api, "--interval", "0", "--attempts", "2");
            assertEquals(0, second.exitCode(), second.err());
            assertTrue(second.err().contains("continuing the stopped pull of hf-daily 2025-01-09..2025-01-11"), second.err());
            // only the day that failed is asked again
            assertEquals(List.of("/hf/api/daily_papers?date=2025-01-10"),
                    server.seen().subList(before, server.seen().size()).stream().map(s -> s.uri().toString()).toList());
            assertEquals(9, count(dir.resolve("store"), PAPERS));
            assertTrue(second.out().contains("finished"), second.out());
        }
    }

    @Test
    void aVenueIsPagedByOffsetWithItsTracksAndSinceAddsOnlyWhatIsNew() throws Exception {
        try (ReplayServer server = new ReplayServer(250)) {
            String api = server.url("/or");
            CliRun run = pull("openreview", "ICLR.cc/2020/Conference", "--api", api, "--page-size", "100", "--interval", "0");
            assertEquals(0, run.exitCode(), run.out() + run.err());
            for (String page : List.of("notes-000000.json (openreview-notes-json: 100 records", "notes-000100.json (openreview-notes-json: 100 records",
                    "notes-000200.json (openreview-notes-json: 50 records")) {
                assertTrue(run.out().contains("added      openreview/ICLR.cc/2020/Conference/" + page), run.out());
            }
            assertEquals(3, server.seen().size());
            Path store = dir.resolve("store");
            assertEquals(250, count(store, PAPERS));
            long orals = server.notes().stream().filter(n -> n.path("content").path("venue").path("value").asText().endsWith("Oral")).count();
            assertEquals(orals, count(store, "PREFIX pk: <https://w3id.org/paperkg/ontology#> "
                    + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p pk:acceptedAs \"oral\" } }"));

            // since a creation time: only the notes created from then on, in pages of their own
            List<Long> cdates = server.notes().stream().map(n -> n.path("cdate").asLong()).sorted().toList();
            long cut = cdates.get(cdates.size() - 50);
            long newer = cdates.stream().filter(c -> c >= cut).count();
            CliRun since = pull("openreview", "ICLR.cc/2020/Conference", "--api", api, "--page-size", "100", "--interval", "0",
                    "--since", Instant.ofEpochMilli(cut).toString());
            assertEquals(0, since.exitCode(), since.err());
            assertTrue(server.seen().get(3).uri().toString().contains("mintcdate=" + cut), server.seen().get(3).uri().toString());
            assertTrue(since.out().contains("openreview/ICLR.cc/2020/Conference/since-" + Instant.ofEpochMilli(cut).toString().replace(':', '-')
                    + "/notes-000000.json (openreview-notes-json: " + newer + " records, " + newer + " papers)"), since.out());
            // the same papers, listed twice: still 250
            assertEquals(250, count(store, PAPERS));

            // --since last: from the start of the last whole pull, after which nothing was created
            CliRun last = pull("openreview", "ICLR.cc/2020/Conference", "--api", api, "--interval", "0", "--since", "last");
            assertEquals(0, last.exitCode(), last.err());
            assertTrue(last.out().contains("1 unit(s) fetched (0 from the cache, 1 empty); finished"),
                    last.out());
        }
    }

    @Test
    void arxivIsAskedAtMostOnceEveryThreeSecondsAndPagedToItsTotal() throws Exception {
        try (ReplayServer server = new ReplayServer()) {
            CliRun run = pull("arxiv", "all:nicotine", "--api", server.url("/arxiv/api/query"), "--page-size", "4");
            assertEquals(0, run.exitCode(), run.out() + run.err());
            List<ReplayServer.Seen> seen = server.seen();
            assertEquals(3, seen.size(), seen.toString());
            assertEquals(java.time.Duration.ofSeconds(3), new org.paperkg.pull.ArxivSource(org.paperkg.pull.ArxivSource.API, "all:x", 10, 10,
                    null, Instant.now()).interval(), "arXiv asks for 3 s between requests");
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i).nanos() - seen.get(i - 1).nanos() >= 2_500_000_000L,
                        "requests closer than 3 s (the client keeps 3 s between sends; the server's clock sees each a little "
                        + "later, by more on a loaded machine)");
            }
            assertTrue(seen.get(2).uri().toString().contains("start=8&max_results=4"), seen.get(2).uri().toString());
            assertEquals(server.atomEntryCount(), count(dir.resolve("store"), PAPERS));
        }
    }

    @Test
    void answersThatEndThePullAreSaidWithTheAddressAndNothingIsStored() throws Exception {
        try (ReplayServer server = new ReplayServer()) {
            CliRun notFound = pull("hf-daily", "2024-05-28", "--api", server.url("/nowhere"), "--interval", "0");
            assertEquals(1, notFound.exitCode());
            assertTrue(notFound.err().contains(server.url("/nowhere") + "?date=2024-05-28 answered 404"), notFound.err());
            assertEquals(1, server.seen().size(), "a 404 is not tried again");

            CliRun refused = pull("hf-daily", "2024-05-28", "--api", "http://127.0.0.1:9/api", "--interval", "0", "--attempts", "2");
            assertEquals(1, refused.exitCode());
            assertTrue(refused.err().contains("http://127.0.0.1:9/api?date=2024-05-28 failed: ConnectException"), refused.err());
            assertEquals(0, count(dir.resolve("store"), PAPERS));

            CliRun badRange = pull("hf-daily", "2024-05-28..2024-05-01");
            assertEquals(2, badRange.exitCode());
            assertTrue(badRange.err().contains("ends before it starts"), badRange.err());
        }
    }

    @Test
    void aPullKilledHalfWayResumesToTheGraphOfAnUninterruptedOne() throws Exception {
        try (ReplayServer server = new ReplayServer(100)) {
            String api = server.url("/or");
            Path whole = dir.resolve("whole");
            CliRun uninterrupted = CliRun.of("pull", "openreview", "ICLR.cc/2020/Conference", "--api", api, "--page-size", "20",
                    "--interval", "0", "--store", whole.toString());
            assertEquals(0, uninterrupted.exitCode(), uninterrupted.err());

            Path killed = dir.resolve("killed");
            server.delay(300);
            String java = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "pull", "openreview", "ICLR.cc/2020/Conference", "--api", api, "--page-size", "20", "--interval", "0",
                    "--store", killed.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            Path stateDir = killed.resolve("pull-state");
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (storedUnits(stateDir) < 2 && System.nanoTime() < deadline && child.isAlive()) Thread.sleep(50);
            assertTrue(child.isAlive(), "the pull ended before it could be killed: " + Files.readString(dir.resolve("child.log")));
            child.destroyForcibly().waitFor();
            int stored = storedUnits(stateDir);
            assertTrue(stored >= 2 && stored < 5, "killed after " + stored + " of 5 units");
            server.delay(0);
            // the request the child had in flight reaches the server's log after its delay
            Thread.sleep(600);

            int before = server.seen().size();
            CliRun resumed = CliRun.of("pull", "openreview", "ICLR.cc/2020/Conference", "--api", api, "--page-size", "20",
                    "--interval", "0", "--store", killed.toString());
            assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
            assertTrue(resumed.err().contains("continuing the stopped pull"), resumed.err());
            assertTrue(resumed.out().contains(stored + " stored before the stop; finished"), resumed.out());
            assertTrue(server.seen().size() - before <= 5 - stored, "units already stored were fetched again: " + server.seen().subList(before, server.seen().size()) + resumed.out());
            assertEquals(quadsWithoutTimes(whole), quadsWithoutTimes(killed));
        }
    }

    private static int storedUnits(Path stateDir) throws Exception {
        if (!Files.isDirectory(stateDir)) return 0;
        try (var files = Files.list(stateDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                try {
                    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile()).path("done").size();
                } catch (java.io.IOException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** The store's quads as sorted N-Quads lines, the reading times left out (they differ between runs). */
    static Set<String> quadsWithoutTimes(Path store) {
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            kg.store().read(dsg -> {
                RDFDataMgr.write(out, dsg, Lang.NQUADS);
                return null;
            });
            return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.contains("generatedAtTime"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
