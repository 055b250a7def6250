package org.paperkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.IngestReport;
import org.paperkg.PageLimits;
import org.paperkg.PageOutcome;
import org.paperkg.Paperkg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input built to make a reader hang, exhaust memory or lose a page: each is stored or refused
 * with a message, within the page's time budget, and the other pages of the run still go in.
 */
class HostileInputTest {
    @TempDir
    Path tmp;

    @Test
    void aCsvCellWithALongRunOfSpaces() throws IOException {
        Path csv = write("spaces.csv", "title,authors,abstract\n\"Sparse" + " ".repeat(200_000) + "Probes\",Ada Quinn · Bo Li,\"We study probes."
                + " ".repeat(200_000) + "They work.  " + " ".repeat(100_000) + "...\"\n");
        assertStored(csv, "spaces.csv (csv-list: 1 records, 1 papers)");
    }

    @Test
    void abstractsBuiltToMakePatternsBacktrack() throws IOException {
        String[] abstracts = {
                "We propose X. " + "\\newcommand{\\foo".repeat(20_000) + " end.",
                "We propose " + "a".repeat(60_000) + " for the " + "b".repeat(60_000) + " dataset.",
                "We introduce " + "A1".repeat(30_000) + "!",
                "We propose the method (" + "A".repeat(60_000) + " and more.",
                "We present " + "Word ".repeat(20_000) + "(" + "X".repeat(1000),
                "We develop " + "\\textit{".repeat(20_000) + "x.",
                "the " + "Foo-".repeat(20_000) + " dataset, a new benchmark.",
        };
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < abstracts.length; i++) {
            if (i > 0) json.append(',');
            json.append("{\"paper\": {\"id\": \"2401.0000").append(i).append("\", \"title\": \"Hostile ").append(i)
                    .append("\", \"summary\": \"").append(abstracts[i].replace("\\", "\\\\")).append("\", \"authors\": [{\"name\": \"A B\"}]}}");
        }
        Path page = write("hostile.json", json.append(']').toString());
        assertStored(page, "hostile.json (hf-daily-papers-json: 7 records, 7 papers)");
    }

    @Test
    void aPageOverItsTimeBudgetFailsAndTheRunGoesOn() {
        Paperkg kg = RiggedReader.graphWith("endless", page -> {
            long spin = 0;
            while (spin >= 0) spin++; // a reader stuck in a loop that looks at no interrupt
            throw new AssertionError("never");
        }, new PageLimits(1 << 20, Duration.ZERO, Duration.ofSeconds(1)));
        IngestReport report = kg.ingest(List.of(Examples.page("004_a33917213f5d097f.txt"), Examples.page("000_1812ad0142ebc512.txt")),
                Paperkg.IngestListener.SILENT);
        assertEquals("iclr-2022-oral-2-understanding-deep-learning.txt: error: reading took more than 1 s "
                + "(the page's time budget; raise it with --time-per-mb)", report.pages().get(0).problems().get(0).toString());
        assertEquals(PageOutcome.Status.ADDED, report.pages().get(1).status());
        assertEquals(0, Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("paperkg-page-reader") && t.isAlive()).count(), "the runaway reader was stopped");
    }

    @Test
    void devicesAndOversizedFilesAreRefusedBeforeReading() throws IOException {
        Path store = tmp.resolve("store");
        CliRun zero = CliRun.of("ingest", "--store", store.toString(), "/dev/zero", Examples.page("004_a33917213f5d097f.txt").toString());
        assertEquals(1, zero.exitCode());
        assertTrue(zero.err().contains("zero: error: not a regular file (a named pipe, device or socket)"), zero.err());
        assertTrue(zero.out().contains("added      iclr-2022-oral-2"), zero.out());

        Path big = write("big.json", "[" + "{\"x\": 1},".repeat(300) + "{\"x\": 1}]");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), "--max-page-size", "2k", big.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("big.json: error: the file is 2,710 bytes, over the page size limit of 2,048 bytes "
                + "(raise it with --max-page-size, or split the file)"), run.err());
        CliRun bad = CliRun.of("ingest", "--store", store.toString(), "--max-page-size", "lots", big.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--max-page-size takes a positive size such as 512m or 2g, not 'lots'"), bad.err());
    }

    @Test
    void aPageCutInsideItsLastAbstractIsFlagged() throws IOException {
        List<String> lines = Files.readAllLines(Examples.page("003_92bbe5dfcc734205.txt"));
        String last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, last.substring(0, last.length() / 2).stripTrailing());
        Path cut = tmp.resolve("daily-cut.txt");
        Files.write(cut, lines);
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), cut.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s)daily-cut\\.txt:\\d+: warning: the last abstract ends mid-sentence \\('… log partition "
                + "function can be written a'\\) where the page ends: is the page cut short\\? Stored, marked pkg:truncated\\s*"), run.err());
        CliRun truncated = CliRun.of("query", "--store", store.toString(), "--format", "tsv", queryFile(
                "PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT (COUNT(*) AS ?n) { ?l pkg:truncated true }"));
        assertTrue(truncated.out().contains("1"), truncated.out());
    }

    @Test
    void aVirtualSiteCardWithNeitherTitleNorAbstractIsAnErrorNotACrash() throws IOException {
        String html = Files.readString(Path.of("src/test/resources/formats/iclr-2022-oral-2.html"))
                .replaceFirst(">Expressiveness and Approximation Properties of Graph Neural Networks</a>", "> </a>")
                .replaceFirst("(?s)<details><summary>Abstract</summary>.*?</details>", "");
        Path page = write("mutated.html", html);
        CliRun run = CliRun.of("ingest", "--store", tmp.resolve("store").toString(), page.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: event card without a title link (a.small-title) or an abstract"), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
    }

    private void assertStored(Path page, String expectedLine) {
        CliRun run = CliRun.of("ingest", "--store", tmp.resolve("store-" + page.getFileName()).toString(), page.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("added      " + expectedLine), run.out());
    }

    private String queryFile(String text) throws IOException {
        return Files.writeString(tmp.resolve("q" + System.nanoTime() + ".rq"), text).toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.write(tmp.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
