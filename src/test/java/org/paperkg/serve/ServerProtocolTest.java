package org.paperkg.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.Examples;
import org.paperkg.Paperkg;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPARQL protocol over real HTTP on loopback, against the example graph. */
class ServerProtocolTest {
    private static final String COUNT = "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://w3id.org/paperkg/ontology#Paper> }";
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static Paperkg kg;
    private static PaperServer server;
    private static String base;

    @BeforeAll
    static void start() {
        kg = Examples.ingested(Examples.pages());
        server = PaperServer.start(kg, ServeOptions.defaults(0).withTimeout(Duration.ofSeconds(2)));
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
        kg.close();
    }

    @ParameterizedTest(name = "GET with Accept {0}")
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json, \"value\": \"411\"",
            "application/sparql-results+xml, application/sparql-results+xml, >411<",
            "text/csv, text/csv, 411",
            "text/tab-separated-values, text/tab-separated-values, 411"})
    void selectInEveryResultFormat(String accept, String contentType, String expected) throws Exception {
        HttpResponse<String> r = get("papers/sparql?query=" + enc(COUNT), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        assertTrue(r.body().contains(expected), r.body());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle", "application/n-triples", "application/ld+json"})
    void constructInEveryGraphFormat(String accept) throws Exception {
        String q = "CONSTRUCT { ?p <http://purl.org/dc/terms/title> ?t } WHERE { ?p <http://purl.org/dc/terms/title> ?t FILTER(STRSTARTS(?t, \"Reversible\")) }";
        HttpResponse<String> r = get("papers/query?query=" + enc(q), accept);
        assertEquals(200, r.statusCode(), r.body());
        Lang lang = RDFLanguages.contentTypeToLang(accept);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(g);
        assertEquals(1, g.size());
    }

    @Test
    void describeAsTurtle() throws Exception {
        HttpResponse<String> r = get("papers/sparql?query=" + enc("DESCRIBE <https://w3id.org/paperkg/id/person/yu-yu>"), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Yu Yu"), r.body());
    }

    @Test
    void postUrlEncodedAndDirect() throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "papers/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(COUNT))));
        assertEquals(200, form.statusCode(), form.body());
        assertEquals("n\r\n411\r\n", form.body());
        HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(base + "papers/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT)));
        assertEquals(200, direct.statusCode(), direct.body());
        assertEquals("n\r\n411\r\n", direct.body());
    }

    @Test
    void theDefaultGraphIsTheUnionOfAllPages() throws Exception {
        HttpResponse<String> r = get("papers/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "text/csv");
        // the distinct triples of the named graphs, counted here: as SPARQL it would pass the server's query timeout
        long merged = kg.store().read(dsg -> {
            java.util.Set<org.apache.jena.graph.Triple> triples = new java.util.HashSet<>();
            dsg.find().forEachRemaining(q -> triples.add(q.asTriple()));
            return (long) triples.size();
        });
        assertEquals("n\r\n" + merged + "\r\n", r.body(), "the default graph is the RDF merge of the named graphs");
        HttpResponse<String> quads = get("papers/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), "text/csv");
        assertEquals("n\r\n" + kg.stats().get("quads") + "\r\n", quads.body());
        HttpResponse<String> named = get("papers/sparql?query=" + enc("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), "text/csv");
        assertEquals("n\r\n7\r\n", named.body(), "five page graphs, graph/papers and graph/vocabulary");
    }

    @Test
    void graphStoreProtocolReadsANamedGraph() throws Exception {
        String graph = "https://w3id.org/paperkg/id/page/iclr-2022-oral-2-understanding-deep-learning.txt";
        HttpResponse<String> r = get("papers/data?graph=" + enc(graph), "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        assertTrue(g.size() > 100);
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "papers/data?graph=" + enc(graph)))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:s> <a:p> <a:o> .")));
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "GSP is read-only: " + put.statusCode());
    }

    @Test
    void malformedQueryIs400() throws Exception {
        HttpResponse<String> r = get("papers/sparql?query=" + enc("SELECT ?x WHERE { ?x ?y }"), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
    }

    @Test
    void updateOnTheReadOnlyDatasetIsRefused() throws Exception {
        String update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
        for (String path : new String[]{"papers/sparql", "papers/update", "papers"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " answered " + r.statusCode());
        }
        HttpResponse<String> check = get("papers/sparql?query=" + enc("ASK { <urn:a> ?p ?o }"), "text/csv");
        assertEquals("_askResult\r\nfalse\r\n", check.body().replace("\n", "\r\n").replace("\r\r", "\r"));
    }

    @Test
    void aRunawayQueryGetsAnErrorAndTheServerKeepsServing() throws Exception {
        HttpResponse<String> r = get("papers/sparql?query=" + enc(RUNAWAY), "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertEquals(200, get("papers/sparql?query=" + enc(COUNT), "text/csv").statusCode());
    }

    @Test
    void federatedServiceIsRefusedByDefault() throws Exception {
        String q = "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = get("papers/sparql?query=" + enc(q), "application/sparql-results+json");
        assertFalse(r.statusCode() == 200, r.body());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test
    void unknownDatasetIs404() throws Exception {
        assertEquals(404, get("nothing/sparql?query=" + enc(COUNT), "text/csv").statusCode());
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "papers/sparql?query=" + enc(COUNT)))
                .header("Origin", "https://elsewhere.example").GET());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertTrue(base.startsWith("http://127.0.0.1:"), base);
    }

    @Test
    void queryPageAndItsData() throws Exception {
        HttpResponse<String> page = get("query", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js"));
        assertEquals(200, get("webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js", "*/*").statusCode());
        HttpResponse<String> queries = get("api/queries", "application/json");
        assertTrue(queries.body().contains("\"name\":\"session-talks\""), queries.body());
        assertTrue(queries.body().contains("{\"name\":\"session\",\"description\":"), queries.body());
        HttpResponse<String> summary = get("api/summary", "application/json");
        assertTrue(summary.body().contains("\"papers\":411"), summary.body());
    }

    @Test
    void updateNeedsThePasswordAndWorksWithIt(@TempDir Path tmp) throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        try (Paperkg own = Examples.ingested(java.util.List.of(Examples.page("004_a33917213f5d097f.txt")));
             PaperServer writable = PaperServer.start(own, ServeOptions.defaults(0).withUpdate(passwords))) {
            String url = writable.url() + "papers/update";
            String update = "INSERT DATA { GRAPH <urn:notes> { <urn:a> <urn:b> \"note\" } }";
            assertEquals(401, update(url, update, null).statusCode());
            assertEquals(401, update(url, update, "editor:wrong").statusCode());
            assertEquals(204, update(url, update, "editor:s3cret").statusCode(), "done, no content");
            HttpResponse<String> check = send(HttpRequest.newBuilder(URI.create(writable.url() + "papers/sparql?query="
                    + enc("ASK { <urn:a> <urn:b> \"note\" }"))).header("Accept", "application/sparql-results+json").GET());
            assertTrue(check.body().contains("true"), check.body());
        }
    }

    @Test
    void updateWithoutAPasswordFileIsRefusedAtStart() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ServeOptions("127.0.0.1", 0, Duration.ofSeconds(1), true, null, false, false, null));
        assertTrue(e.getMessage().contains("--password-file"));
    }

    private static HttpResponse<String> update(String url, String update, String userPassword) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (userPassword != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return send(b);
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        // a client per request: Jetty closes a connection after some error answers, and a pooled
        // connection closed under the client would fail the next test for the wrong reason
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
