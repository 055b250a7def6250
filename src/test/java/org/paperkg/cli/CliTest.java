package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The command line end to end, on a TDB2 store on disk built from the bundled examples. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliTest {
    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void ingestExamples() {
        store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), "examples/");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("5 page(s): 5 added, 0 replaced, 0 unchanged, 0 failed"), run.out());
        assertTrue(run.out().contains("store now holds: 411 papers (+411), 679 persons (+679), 670 names (+670), 706 authorships (+706), "
                + "2 sessions (+2), 7 presentations (+7), 10 awards (+10), 5 sources (+5)"), run.out());
    }

    @Test
    @Order(1)
    void statsJsonHasTheDoneWhenCounts() throws IOException {
        JsonNode stats = json(run("stats", "--json"));
        assertEquals(411, stats.get("papers").asInt());
        assertEquals(679, stats.get("persons").asInt());
        assertEquals(670, stats.get("names").asInt());
        assertEquals(706, stats.get("authorships").asInt());
        assertEquals(2, stats.get("sessions").asInt());
        assertEquals(7, stats.get("presentations").asInt());
        assertEquals(10, stats.get("awards").asInt());
        assertEquals(5, stats.get("sources").asInt());
        assertTrue(stats.get("quads").asInt() > 10_000);
    }

    @Test
    @Order(2)
    void ingestingTheExamplesAgainChangesNothing() throws IOException {
        String before = run("stats", "--json");
        CliRun again = CliRun.of("ingest", "--store", store.toString(), "examples/");
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("0 added, 0 replaced, 5 unchanged, 0 failed"), again.out());
        assertEquals(before, run("stats", "--json"));
    }

    @Test
    void validatePasses() {
        String out = run("validate");
        assertTrue(out.startsWith("conforms: "), out);
    }

    @Test
    void sessionTalksInTimeOrderWithAuthors() {
        String csv = run("query", "session-talks", "--param", "session=oral 2", "--format", "csv");
        List<String> lines = csv.lines().toList();
        assertEquals("sessionName,start,end,title,authors", lines.get(0));
        assertEquals(8, lines.size());
        assertEquals("Oral 2: Understanding Deep Learning,2022-04-26T01:00:00-07:00,2022-04-26T01:15:00-07:00,"
                + "Expressiveness and Approximation Properties of Graph Neural Networks,\"Floris Geerts, Juan L. Reutter\"", lines.get(1));
        assertEquals("Oral 2: Understanding Deep Learning,2022-04-26T02:30:00-07:00,2022-04-26T02:45:00-07:00,"
                + "Representational Continuity for Unsupervised Continual Learning,"
                + "\"Divyam Madaan, Jaehong Yoon, Yuanchun Li, Yunxin Liu, Sung Ju Hwang\"", lines.get(7));
    }

    @Test
    void awardPapers() {
        List<String> lines = run("query", "award-papers", "--format", "tsv").lines().toList();
        assertEquals(11, lines.size());
        assertEquals(3, lines.stream().filter(l -> l.startsWith("\"ICLR 2022 Honorable Mention\"")).count());
        assertEquals(7, lines.stream().filter(l -> l.startsWith("\"ICLR 2022 Outstanding Paper\"")).count());
        assertTrue(lines.contains("\"ICLR 2022 Outstanding Paper\"\t\"Learning Strides in Convolutional Neural Networks\"\t"
                + "\"Oral 2: Understanding Deep Learning\"\t\"2022-04-26T01:30:00-07:00\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"), lines.toString());
    }

    @Test
    void authorPapersAndCoAuthors() throws IOException {
        JsonNode rows = json(run("query", "author-papers", "-p", "author=Sung Ju Hwang", "-f", "json")).at("/results/bindings");
        assertEquals(2, rows.size());
        assertEquals("Exploring The Role of Mean Teachers in Self-supervised Masked Auto-Encoders", rows.get(0).at("/title/value").asText());
        assertEquals("5", rows.get(0).at("/position/value").asText());
        assertEquals("Youngwan Lee, Jeff Willette, Jonghee Kim, Juho Lee", rows.get(0).at("/coAuthors/value").asText());
    }

    @Test
    void papersOnSeveralPages() {
        List<String> lines = run("query", "papers-on-several-pages", "-f", "csv").lines().toList();
        assertEquals(9, lines.size(), "8 papers stand on two pages");
        assertTrue(lines.contains("Reversible Column Networks,2,daily-papers-trending.txt | iclr-2023-poster-session-6.txt"), lines.toString());
    }

    @Test
    void aParameterHoldingQuotesAndBracesStaysAValue() {
        String out = run("query", "author-papers", "-p", "author=x\") } } DROP ALL { # ", "-f", "csv");
        assertEquals("person,title,position,coAuthors", out.strip());
        assertEquals(0, CliRun.of("stats", "--store", store.toString()).exitCode());
    }

    @Test
    void askAndConstructAndDescribeQueries() throws IOException {
        Path ask = Files.writeString(tmp.resolve("ask.rq"),
                "PREFIX foaf: <http://xmlns.com/foaf/0.1/> ASK { ?p foaf:name \"Yu Yu\" }");
        assertEquals("yes", run("query", ask.toString()).strip());
        Path construct = Files.writeString(tmp.resolve("construct.rq"), """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                CONSTRUCT { ?p dcterms:title ?t } WHERE { ?p dcterms:title ?t FILTER(STRSTARTS(?t, "Reversible")) }""");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(run("query", construct.toString()), Lang.TURTLE).parse(g);
        assertEquals(1, g.size());
        Path describe = Files.writeString(tmp.resolve("describe.rq"),
                "DESCRIBE <https://w3id.org/paperkg/id/person/yu-yu>");
        assertTrue(run("query", describe.toString()).contains("foaf:name  \"Yu Yu\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"turtle", "trig", "nquads", "jsonld"})
    void exportReadsBackAsTheSameGraph(String format) throws IOException {
        Path file = tmp.resolve("kg." + format);
        CliRun run = CliRun.of("export", "--store", store.toString(), "--format", format, "-o", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        DatasetGraph expected = storeCopy();
        if (format.equals("turtle")) {
            Graph read = GraphFactory.createDefaultGraph();
            RDFDataMgr.read(read, file.toString(), Lang.TURTLE);
            assertTrue(read.isIsomorphicWith(expected.getUnionGraph()), "turtle export differs from the union graph");
            assertTrue(Files.readString(file).startsWith("PREFIX") || Files.readString(file).startsWith("@prefix"));
        } else {
            DatasetGraph read = DatasetGraphFactory.createGeneral();
            RDFDataMgr.read(read, file.toString(), format.equals("trig") ? Lang.TRIG : format.equals("nquads") ? Lang.NQUADS : Lang.JSONLD);
            assertEquals(quads(expected), quads(read));
        }
    }

    @Test
    void turtleExportIsReadByRaptorWithTheSameTripleCount() throws Exception {
        assumeTrue(onPath("rapper"), "rapper (raptor2-utils) is not installed; .ci/run installs it");
        Path file = tmp.resolve("kg-rapper.ttl");
        assertEquals(0, CliRun.of("export", "--store", store.toString(), "-o", file.toString()).exitCode());
        Process p = new ProcessBuilder("rapper", "-i", "turtle", "-c", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Path count = Files.writeString(tmp.resolve("count-triples.rq"), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        long triples = Long.parseLong(run("query", count.toString(), "--format", "csv").lines().skip(1).findFirst().orElseThrow().strip());
        assertTrue(out.contains("Parsing returned " + triples + " triples"), out);
    }

    @Test
    void extractPrintsOneJsonObjectPerLine() throws IOException {
        Path text = Files.writeString(tmp.resolve("abstracts.txt"),
                "We propose DiffStride, a downsampling layer, and test it on CIFAR10/100 and ImageNet.\n\n"
                        + "Graph neural networks are studied.\n");
        CliRun run = CliRun.of("extract", text.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size());
        JsonNode first = json(lines.get(0));
        assertEquals(1, first.get("line").asInt());
        List<String> found = new java.util.ArrayList<>();
        first.get("mentions").forEach(m -> found.add(m.get("kind").asText() + ":" + m.get("name").asText()
                + "@" + m.get("start").asInt() + "-" + m.get("end").asInt()));
        assertTrue(found.contains("proposed:DiffStride@11-21"), found.toString());
        assertTrue(found.contains("dataset:CIFAR-10@60-67"), found.toString());
        assertTrue(found.contains("dataset:CIFAR-100@60-71"), found.toString());
        assertTrue(found.contains("dataset:ImageNet@76-84"), found.toString());
        assertEquals("[]", json(lines.get(1)).get("mentions").toString());
        assertEquals("concept", json(lines.get(2)).at("/mentions/0/kind").asText());
        assertEquals(1, CliRun.of("extract", tmp.resolve("missing.txt").toString()).exitCode());
    }

    @Test
    void datasetsByPapersAndConceptsPerSession() {
        List<String> datasets = run("query", "datasets-by-papers", "-f", "csv").lines().toList();
        assertEquals("ImageNet,33,false", datasets.get(1));
        assertEquals("CIFAR-10,26,false", datasets.get(2));
        List<String> concepts = run("query", "concepts-per-session", "-f", "csv").lines().toList();
        assertTrue(concepts.stream().anyMatch(l -> l.startsWith("Poster Session 6,")), concepts.toString());
        assertTrue(run("query", "methods-used-elsewhere", "-f", "csv").contains("Barlow Twins"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CliRun.of("export", "--store", store.toString(), "--format", "rdfxml").exitCode());
        assertEquals(2, CliRun.of("query", "--store", store.toString(), "no-such-query").exitCode());
        assertEquals(2, CliRun.of("query", "--store", store.toString(), "pages", "-p", "novalue").exitCode());
        assertEquals(2, CliRun.of("query", "--store", store.toString(), "pages", "-f", "xml").exitCode());
        assertEquals(2, CliRun.of("frobnicate").exitCode());
        assertEquals(2, CliRun.of().exitCode());
        assertEquals(2, CliRun.of("stats", "--store", store.toString(), "--base", "https://example.org/other/").exitCode());
    }

    @Test
    void aMalformedQueryFileIsAUsageErrorThatSaysWhere() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.rq"), "SELECT ?x WHERE { ?x ?y }");
        CliRun run = CliRun.of("query", "--store", store.toString(), bad.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("bad.rq") && run.err().contains("line 1"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "ingest", "stats", "query", "export", "validate", "remove", "serve", "extract", "bench-http", "bench-extract",
            "vocab", "train-tagger", "eval"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: paperkg " + command), run.out());
    }

    @Test
    @Order(100)
    void removeTakesOnePageOut() throws IOException {
        Path copy = tmp.resolve("store-copy");
        assertEquals(0, CliRun.of("ingest", "--store", copy.toString(), "examples/").exitCode());
        CliRun run = CliRun.of("remove", "--store", copy.toString(), "iclr-2023-poster-session-6.txt");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode stats = json(CliRun.of("stats", "--json", "--store", copy.toString()).out());
        assertEquals(411 - 143, stats.get("papers").asInt(), "two poster papers also stand on the daily pages");
        assertEquals(24, stats.get("authorships").asInt());
        assertEquals(1, CliRun.of("remove", "--store", copy.toString(), "iclr-2023-poster-session-6.txt").exitCode());
    }

    private static String run(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--store";
        full[args.length + 1] = store.toString();
        CliRun r = CliRun.of(full);
        assertEquals(0, r.exitCode(), r.err());
        return r.out();
    }

    /** The store's quads, read directly rather than through an export. */
    private static DatasetGraph storeCopy() {
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            return kg.store().read(dsg -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                dsg.find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        dsg.find().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }
}
