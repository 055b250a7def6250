package org.paperkg.source;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.IngestReport;
import org.paperkg.PageLimits;
import org.paperkg.PageOutcome;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages read record by record from their file (here every page over one byte, so real files
 * of every streaming format are streamed) give the graph the same pages read whole give.
 */
class StreamedPagesTest {
    static final Path REAL = RealCorpusTest.REAL;
    private static final PageLimits STREAM_ALL = new PageLimits(256L << 20, Duration.ofSeconds(5), Duration.ofSeconds(60), 1);

    /** In the in-memory store: what is read is compared here; rollback is tested below, in TDB2. */
    private static Set<Quad> graph(List<Path> files, PageLimits limits, List<PageOutcome> outcomes) {
        try (Paperkg kg = Examples.inMemory().withLimits(limits)) {
            IngestReport report = kg.ingest(files, Paperkg.IngestListener.SILENT);
            outcomes.addAll(report.pages());
            return kg.store().read(dsg -> {
                Set<Quad> out = new HashSet<>();
                dsg.find().forEachRemaining(out::add);
                return out;
            });
        }
    }

    private static void sameGraphStreamedAndWhole(List<Path> files) {
        List<PageOutcome> whole = new java.util.ArrayList<>();
        List<PageOutcome> streamed = new java.util.ArrayList<>();
        Set<Quad> expected = graph(files, PageLimits.DEFAULT, whole);
        Set<Quad> got = graph(files, STREAM_ALL, streamed);
        assertTrue(whole.stream().noneMatch(PageOutcome::failed), whole.toString());
        assertEquals(problems(whole), problems(streamed), "the same warnings, at the same lines");
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(got);
        Set<Quad> extra = new HashSet<>(got);
        extra.removeAll(expected);
        assertEquals(Set.of(), missing.stream().limit(3).collect(Collectors.toSet()), "quads the streamed pages lack");
        assertEquals(Set.of(), extra.stream().limit(3).collect(Collectors.toSet()), "quads only the streamed pages have");
    }

    private static List<String> problems(List<PageOutcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.problems().stream()).map(Problem::toString).sorted().toList();
    }

    @Test
    void realCsvListsStreamedGiveTheGraphTheyGiveWhole() {
        // the Mini-Conf list (quoted multi-line abstracts) and the 2018 list (one row per author, 3,400 papers)
        sameGraphStreamedAndWhole(List.of(REAL.resolve("csv_lists/mini-conf_iclr2020_papers.csv"),
                REAL.resolve("csv_lists/icml-nips-iclr-dataset_papers_2018.csv")));
    }

    @Test
    void realJsonRecordsStreamedGiveTheGraphTheyGiveWhole() {
        // OpenReview notes on one 2 MB line; HF arrays; HF repr strings in a wrapper object with its date
        sameGraphStreamedAndWhole(List.of(REAL.resolve("openreview_api/iclr2020_blind_submissions_notes.json"),
                REAL.resolve("hf_daily_papers/2025-01-10.json"), REAL.resolve("hf_daily_papers/2024-12-11.json"),
                REAL.resolve("hf_daily_papers/2025-09-30.json")));
    }

    @Test
    void copiesOfOnePaperAndACutLastAbstractAreReadAsWhole(@TempDir Path tmp) throws IOException {
        Path csv = Files.writeString(tmp.resolve("list.csv"), """
                title,authors,abstract
                "Sparse Mixtures","Ann Lee; Bo Chen","We route tokens to experts."
                "Dense Mixtures","Cy Young","We do not route."
                "Sparse Mixtures","Ann Lee; Bo Chen","We route tokens to experts with a learned gate that balances load."
                Last One,Di Wu,We study what happens when the page ends in the middle of this abstract and""");
        sameGraphStreamedAndWhole(List.of(csv));
        List<PageOutcome> outcomes = new java.util.ArrayList<>();
        graph(List.of(csv), STREAM_ALL, outcomes);
        assertEquals(3, outcomes.get(0).papers(), "four records, three papers");
        assertTrue(outcomes.get(0).problems().stream().anyMatch(p -> p.message().contains("ends mid-sentence")), outcomes.toString());
    }

    @Test
    void aStreamedPageWithABadRecordStoresNothingAndSaysWhere(@TempDir Path tmp) throws IOException {
        StringBuilder records = new StringBuilder("[\n");
        for (String t : List.of("A", "B", "C", "D", "E")) records.append("{\"title\": \"").append(t).append("\", \"authors\": [\"X Y\"]},\n");
        Path json = Files.writeString(tmp.resolve("list.json"), records + "{\"authors\": [\"Z\"]}\n]\n");
        try (Paperkg kg = Paperkg.temporary(IriScheme.DEFAULT_BASE, Examples.FIXED_CLOCK).withLimits(STREAM_ALL)) {
            PageOutcome o = kg.ingest(List.of(json), Paperkg.IngestListener.SILENT).pages().get(0);
            assertTrue(o.failed());
            assertEquals("list.json:7: error: record 6 has neither a title nor an abstract", o.problems().get(0).toString());
            assertEquals(0L, kg.stats().get("papers"));
        }
    }

    @Test
    void aLargePageOfAFormatThatCannotStreamIsReadWholeWithinTheLimitAndRefusedOverIt() {
        Path bib = REAL.resolve("bibtex_dblp/iclr2017.bib");
        List<PageOutcome> outcomes = new java.util.ArrayList<>();
        Set<Quad> streamedSetting = graph(List.of(bib), STREAM_ALL, outcomes);
        assertEquals(graph(List.of(bib), PageLimits.DEFAULT, new java.util.ArrayList<>()), streamedSetting);
        List<PageOutcome> refused = new java.util.ArrayList<>();
        graph(List.of(bib), new PageLimits(100_000, Duration.ofSeconds(5), Duration.ofSeconds(60), 1), refused);
        assertEquals("iclr2017.bib: error: the file is 143,064 bytes, over the page size limit of 100,000 bytes, and bibtex "
                + "pages cannot be streamed (raise it with --max-page-size, or split the file)", refused.get(0).problems().get(0).toString());
        // a CSV list over the same limit streams
        List<PageOutcome> csv = new java.util.ArrayList<>();
        graph(List.of(REAL.resolve("csv_lists/mini-conf_iclr2020_papers.csv")),
                new PageLimits(100_000, Duration.ofSeconds(5), Duration.ofSeconds(60), 1), csv);
        assertFalse(csv.get(0).failed(), csv.toString());
        assertEquals(687, csv.get(0).papers());
    }

    @Test
    void anUnchangedStreamedPageIsNotReadAgainAndAChangedOneReplacesItsGraph(@TempDir Path tmp) throws IOException {
        Path csv = Files.copy(REAL.resolve("csv_lists/mini-conf_iclr2020_papers.csv"), tmp.resolve("list.csv"));
        try (Paperkg kg = Paperkg.temporary(IriScheme.DEFAULT_BASE, Examples.FIXED_CLOCK).withLimits(STREAM_ALL)) {
            assertEquals(PageOutcome.Status.ADDED, kg.ingest(List.of(csv), Paperkg.IngestListener.SILENT).pages().get(0).status());
            PageOutcome again = kg.ingest(List.of(csv), Paperkg.IngestListener.SILENT).pages().get(0);
            assertEquals(PageOutcome.Status.UNCHANGED, again.status());
            assertEquals(687, again.records());
            assertEquals(687, again.papers());
            Files.writeString(csv, "X1,A New Paper,Ann Lee,\"We add one paper.\",,\r\n", java.nio.file.StandardOpenOption.APPEND);
            PageOutcome changed = kg.ingest(List.of(csv), Paperkg.IngestListener.SILENT).pages().get(0);
            assertEquals(PageOutcome.Status.REPLACED, changed.status(), changed.toString());
            assertEquals(688L, kg.stats().get("papers"));
            Files.writeString(csv, "X2,\"An unclosed quote,Bo Chen,,,\r\n", java.nio.file.StandardOpenOption.APPEND);
            PageOutcome broken = kg.ingest(List.of(csv), Paperkg.IngestListener.SILENT).pages().get(0);
            assertTrue(broken.failed(), broken.toString());
            assertEquals(688L, kg.stats().get("papers"), "the stored version stays");
        }
    }

    @Test
    void aStreamedPageOverItsTimeStoresNothing() {
        PageLimits tight = new PageLimits(256L << 20, Duration.ZERO, Duration.ofMillis(1), 1);
        try (Paperkg kg = Paperkg.temporary(IriScheme.DEFAULT_BASE, Examples.FIXED_CLOCK).withLimits(tight)) {
            PageOutcome o = kg.ingest(List.of(REAL.resolve("csv_lists/icml-nips-iclr-dataset_papers_2018.csv")),
                    Paperkg.IngestListener.SILENT).pages().get(0);
            assertTrue(o.failed());
            assertTrue(o.problems().get(0).message().startsWith("reading took more than 1 s"), o.problems().toString());
            assertEquals(0L, kg.stats().get("papers"), "nothing of the page stored");
        }
    }
}
