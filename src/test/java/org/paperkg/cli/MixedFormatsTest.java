package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One folder holding every format, ingested with one command. */
class MixedFormatsTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "formats");
    private static final List<String> ONE_OF_EACH = List.of("hf-daily-papers.json", "arxiv-feed.xml",
            "openreview-v2-notes.json", "papers.bib", "accepted-papers.csv", "iclr-2022-oral-2.html");

    @TempDir
    Path tmp;

    private Path mixedFolder() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("mixed"));
        for (Path page : Examples.pages()) Files.copy(page, folder.resolve(page.getFileName()));
        for (String f : ONE_OF_EACH) Files.copy(FIXTURES.resolve(f), folder.resolve(f));
        String manifest = Files.readString(Examples.FOLDER.resolve("manifest.tsv"), StandardCharsets.UTF_8)
                + "iclr-2022-oral-2.html\tICLR\t2022\thttps://iclr.cc/virtual/2022/session/19431\n";
        Files.writeString(folder.resolve("manifest.tsv"), manifest, StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void aFolderOfEveryFormatIsOneGraphWithPapersFromTwoFormatsAsOneNode() throws IOException {
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), mixedFolder().toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        for (String line : List.of("added      papers.bib (bibtex: 6 records, 6 papers)",
                "added      accepted-papers.csv (csv-list: 3 records, 3 papers)",
                "added      iclr-2022-oral-2.html (virtual-site-html: 3 records, 3 papers)",
                "added      arxiv-feed.xml (arxiv-atom: 2 records, 2 papers)",
                "added      hf-daily-papers.json (hf-daily-papers-json: 3 records, 3 papers)",
                "added      openreview-v2-notes.json (openreview-notes-json: 2 records, 2 papers)")) {
            assertTrue(run.out().contains(line), line + "\n" + run.out());
        }
        assertTrue(run.err().contains("iclr-2022-oral-2.html: warning: 2 events that are not papers skipped"), run.err());
        JsonNode stats = stats(store);
        assertEquals(11, stats.get("sources").asInt());
        assertEquals(411 + 3 + 2 + 1, stats.get("papers").asInt(),
                "new: Tiny Diffusers, the summary-less one, Élan; Über-Tokenizers, the workshop note; Sparse Probes");

        assertEquals(List.of("accepted-papers.csv", "daily-papers-trending.txt", "openreview-v2-notes.json", "papers.bib"),
                column(store, "SELECT ?f { ?l pkg:listingOf ?p ; pkg:onPage/pkg:fileName ?f . ?p dcterms:title "
                        + "\"Consistency Trajectory Models: Learning Probability Flow ODE Trajectory of Diffusion\" } ORDER BY ?f"),
                "one paper from four formats");
        assertEquals(List.of("https://arxiv.org/abs/2310.02279", "https://openreview.net/forum?id=Hk3a9Rq1xZ"),
                column(store, "SELECT ?l { ?p dcterms:title \"Consistency Trajectory Models: Learning Probability Flow ODE Trajectory "
                        + "of Diffusion\" ; schema:sameAs ?l } ORDER BY ?l"));
        assertEquals(List.of("iclr-2022-oral-2-understanding-deep-learning.txt", "iclr-2022-oral-2.html",
                        "iclr-2022-outstanding-paper-awards.txt", "papers.bib"),
                column(store, "SELECT ?f { ?l pkg:listingOf ?p ; pkg:onPage/pkg:fileName ?f . ?p dcterms:title "
                        + "\"Expressiveness and Approximation Properties of Graph Neural Networks\" } ORDER BY ?f"));
        assertEquals(List.of("iclr-2022-oral-2-understanding-deep-learning.txt 7", "iclr-2022-oral-2.html 3"),
                column(store, "SELECT (CONCAT(?f, ' ', STR(COUNT(DISTINCT ?p))) AS ?n) { ?p pkg:presentedIn ?s . "
                        + "?s rdfs:label \"Oral 2: Understanding Deep Learning\" ; pkg:partOf/rdfs:label \"ICLR 2022\" . "
                        + "?l pkg:listingOf ?p ; pkg:onPage ?page . ?page pkg:fileName ?f ; pkg:aboutConference ?c . "
                        + "?c rdfs:label \"ICLR 2022\" FILTER EXISTS { GRAPH ?page { ?p pkg:presentedIn ?s } } } GROUP BY ?f ORDER BY ?f"),
                "the HTML page and the text page give one session");
        assertEquals(List.of("0"), column(store, "SELECT (COUNT(*) AS ?n) { ?p a pkg:Paper ; dcterms:title ?t "
                + "FILTER (CONTAINS(?t, 'Invited Talk') || STRSTARTS(?t, 'Workshop on')) }"), "events are not papers");
        CliRun validate = CliRun.of("validate", "--store", store.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
    }

    @Test
    void badInputOfEachFormatIsRefusedWithWhereAndTheRestIsStored() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("bad"));
        for (String f : List.of("unclosed-brace.bib", "missing-title-column.csv", "unrelated.html", "papers.bib")) {
            Files.copy(FIXTURES.resolve(f), folder.resolve(f));
        }
        Files.writeString(folder.resolve("broken.json"), "[\n  {\"paper\": {\"id\": \"2401.1\", \"title\": \"A\"}},\n"
                + "  {\"paper\": {\"title\": \"B\",\n", StandardCharsets.UTF_8);
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), folder.toString());
        assertEquals(1, run.exitCode());
        for (String error : List.of("unclosed-brace.bib:2: error: entry 'broken2023': unclosed brace in field 'title'",
                "missing-title-column.csv:1: error: missing column: no header names a title or an abstract",
                "unrelated.html: error: no event cards", "broken.json:3: error: malformed JSON")) {
            assertTrue(run.err().contains(error), error + "\n" + run.err());
        }
        assertTrue(run.out().contains("4 page(s) failed"), run.out() + run.err());
        JsonNode stats = stats(store);
        assertEquals(1, stats.get("sources").asInt(), "only papers.bib is stored; nothing of the others");
        assertEquals(6, stats.get("papers").asInt());
    }

    @Test
    void columnsCanBeNamedOnTheCommandLine() throws IOException {
        Path store = tmp.resolve("store");
        Path tsv = FIXTURES.resolve("custom-columns.tsv");
        CliRun named = CliRun.of("ingest", "--store", store.toString(), "--column", "title=Contribution",
                "--column", "authors=Writers", tsv.toString());
        assertEquals(0, named.exitCode(), named.err());
        assertEquals(2, stats(store).get("papers").asInt());
        CliRun unknown = CliRun.of("ingest", "--store", store.toString(), "--column", "titel=Contribution", tsv.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown column field 'titel'"), unknown.err());
    }

    private static JsonNode stats(Path store) throws IOException {
        CliRun run = CliRun.of("stats", "--json", "--store", store.toString());
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private List<String> column(Path store, String select) throws IOException {
        Path query = Files.writeString(Files.createTempFile(tmp, "q", ".rq"), "PREFIX pkg: <https://w3id.org/paperkg/ontology#> "
                + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX schema: <https://schema.org/> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + select, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("query", "--store", store.toString(), "--format", "tsv", query.toString());
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().skip(1).map(l -> l.replaceAll("^\"|\"(\\^\\^.*)?$|^<|>$", "")).toList();
    }
}
