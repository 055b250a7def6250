package org.paperkg.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.Paperkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile clients on loopback, bounded in count and time: patterns built to backtrack, huge
 * queries, more slow queries than workers, a foreign Host, malformed and guessed logins. The
 * server answers each, stays up, and answers a simple question right after.
 */
class ServerAbuseTest {
    private static final String ASK = "ASK { ?p a <https://w3id.org/paperkg/ontology#Paper> }";
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final ServerLimits LIMITS = new ServerLimits(64 * 1024, 2, 4, Duration.ofSeconds(1), List.of());
    private static Paperkg kg;
    private static PaperServer server;
    private static Path passwords;

    @BeforeAll
    static void start() throws IOException {
        kg = Examples.ingested(List.of(Examples.page("004_a33917213f5d097f.txt")));
        passwords = Files.createTempFile("paperkg-passwords", ".txt");
        Files.writeString(passwords, "editor: s3cret\n");
        server = PaperServer.start(kg, ServeOptions.defaults(0).withTimeout(Duration.ofSeconds(2)).withUpdate(passwords).withLimits(LIMITS));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        kg.close();
        Files.deleteIfExists(passwords);
    }

    @Test
    void aPatternBuiltToBacktrackIsAnsweredAtOnce() throws Exception {
        String q = "SELECT (REGEX(?s, \"(.*a){10}b\") AS ?x) (REPLACE(?s, \"(a+)+b\", \"-\") AS ?y) { BIND(\"" + "a".repeat(60) + "\" AS ?s) }";
        HttpResponse<String> r = query(q);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"false\"") && r.body().contains("\"" + "a".repeat(60) + "\""), r.body());
        HttpResponse<String> ok = query("ASK { BIND(\"Diffusion Models\" AS ?t) FILTER(REGEX(?t, \"^diff\", \"i\")) }");
        assertTrue(ok.body().contains("true"), "REGEX still means what SPARQL says: " + ok.body());
    }

    @Test
    void aQueryOverTheSizeLimitIs413() throws Exception {
        String big = "SELECT * { BIND(\"" + "x".repeat(100_000) + "\" AS ?s) }";
        HttpResponse<String> form = send(HttpRequest.newBuilder(endpoint("")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(big))));
        assertEquals(413, form.statusCode());
        HttpResponse<String> direct = send(HttpRequest.newBuilder(endpoint("")).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertEquals(413, direct.statusCode());
        // a 25 MB form body, announced by its length: the server answers before reading it (a client
        // that insists on sending it all may see the connection closed under it, so a raw socket here)
        String huge = rawStatusLine("POST /papers/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (25 * 1024 * 1024)
                + "\r\nConnection: close\r\n\r\nquery=" + "x".repeat(4096));
        assertTrue(huge.startsWith("HTTP/1.1 413"), "a 25 MB form body is refused as too large, not a server error: " + huge);
    }

    @Test
    void moreSlowQueriesThanWorkersGetAnAnswerEachNeverADroppedConnection() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) calls.add(pool.submit(() -> query(RUNAWAY)));
        Map<Integer, Integer> statuses = new TreeMap<>();
        int withRetryAfter = 0;
        List<String> unexplained = new ArrayList<>();
        for (Future<HttpResponse<String>> f : calls) {
            HttpResponse<String> r = f.get(); // an IOException here is a dropped connection
            statuses.merge(r.statusCode(), 1, Integer::sum);
            boolean retry = r.headers().firstValue("Retry-After").isPresent();
            if (r.statusCode() == 503 && retry) withRetryAfter++;
            // a 503 is either "come back later" (turned away) or the query's own time limit
            if (r.statusCode() == 503 && !retry && !r.body().toLowerCase(java.util.Locale.ROOT).contains("time")) unexplained.add(r.body());
        }
        pool.shutdown();
        System.out.println("40 slow queries: statuses " + statuses + ", " + withRetryAfter + " with Retry-After");
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 503), statuses.toString());
        assertTrue(withRetryAfter > 0, "some were turned away: " + statuses);
        assertEquals(List.of(), unexplained, "every one turned away is told when to come back");
        assertTrue(query(ASK).body().contains("true"), "the server still answers");
    }

    @Test
    void aRequestForAnotherHostIsRefused() throws IOException {
        String evil = raw("GET /papers/sparql?query=" + enc(ASK) + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(evil.startsWith("HTTP/1.1 421"), evil);
        String local = raw("GET /papers/sparql?query=" + enc(ASK) + " HTTP/1.1\r\nHost: localhost:" + server.port()
                + "\r\nAccept: application/sparql-results+json\r\nConnection: close\r\n\r\n");
        assertTrue(local.startsWith("HTTP/1.1 200"), local);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (HttpResponse<String> r : List.of(query(ASK), get(""), get("query"), get("no/such/page"))) {
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), r.uri().toString());
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
            // the browsing pages run no script and narrow the policy; everything else has the server's
            String policy = r.uri().getPath().equals("/") ? org.paperkg.browse.BrowsePages.CONTENT_SECURITY_POLICY : RequestGuard.CONTENT_POLICY;
            assertEquals(policy, r.headers().firstValue("Content-Security-Policy").orElse(""), r.uri().toString());
            assertEquals(1, r.headers().allValues("Content-Security-Policy").size(), "one policy, not two");
        }
    }

    @Test
    void malformedLoginsAre400AndGuessingIsSlowedDown() throws Exception {
        assertEquals(400, update("Basic !!!not-base64!!!").statusCode());
        assertEquals(400, update("Basic " + b64("no-colon")).statusCode());
        String guesser = "Basic " + b64("editor:guess");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < AuthLockout.FREE_FAILURES + 2; i++) statuses.add(update(guesser).statusCode());
        assertEquals(List.of(401, 401, 401, 401, 401, 429, 429), statuses);
        HttpResponse<String> locked = update("Basic " + b64("editor:s3cret"));
        assertEquals(429, locked.statusCode(), "even the right password waits out the lock-out");
        assertTrue(Integer.parseInt(locked.headers().firstValue("Retry-After").orElse("0")) >= 1);
    }

    private static HttpResponse<String> update(String authorization) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url() + "papers/update")).header("Content-Type", "application/sparql-update")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")));
    }

    /** The first line of the answer: read before the server, which stops reading, resets the connection. */
    private static String rawStatusLine(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) line.append((char) c);
            return line.toString();
        }
    }

    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> query(String q) throws Exception {
        return send(HttpRequest.newBuilder(endpoint("?query=" + enc(q))).header("Accept", "application/sparql-results+json").GET());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET());
    }

    private static URI endpoint(String rest) {
        return URI.create(server.sparqlEndpoint() + rest);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
