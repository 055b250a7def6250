package org.paperkg.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages dropped into the watched folder are ingested while the server answers queries. */
class WatchFolderTest {
    @Test
    void aPageDroppedWhileServingBecomesQueryable(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        try (Paperkg kg = Paperkg.open(tmp.resolve("store"), IriScheme.DEFAULT_BASE)) {
            kg.ingest(List.of(Examples.page("004_a33917213f5d097f.txt")), Paperkg.IngestListener.SILENT);
            try (PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0).withWatchFolder(inbox))) {
                assertEquals("7", count(server));
                Files.copy(Examples.page("003_92bbe5dfcc734205.txt"), inbox.resolve("daily.tmp"));
                Files.move(inbox.resolve("daily.tmp"), inbox.resolve("daily.txt"));
                Files.writeString(inbox.resolve("broken.txt"), "not a page\n");
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                String papers = count(server);
                while (!papers.equals("54") && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    papers = count(server);
                }
                assertEquals("54", papers, "7 talks + 47 daily papers");
                assertEquals(2L, kg.stats().get("sources"), "the broken page was not stored");
            }
        }
    }

    @Test
    void pagesDroppedUnderQueryLoadAreStillIngested(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        try (Paperkg kg = Paperkg.open(tmp.resolve("store"), IriScheme.DEFAULT_BASE)) {
            kg.ingest(List.of(Examples.page("004_a33917213f5d097f.txt")), Paperkg.IngestListener.SILENT);
            try (PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0).withWatchFolder(inbox))) {
                java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean(true);
                java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
                List<Thread> clients = new java.util.ArrayList<>();
                String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?a ?d ?e }";
                for (int i = 0; i < 8; i++) {
                    Thread t = new Thread(() -> {
                        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                        while (loading.get()) {
                            try {
                                http.send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint() + "?query="
                                        + URLEncoder.encode(heavy, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build(),
                                        HttpResponse.BodyHandlers.discarding());
                                answered.incrementAndGet();
                            } catch (Exception e) {
                                // a refused or cut request is the abuse test's business; here the load matters
                            }
                        }
                    });
                    t.start();
                    clients.add(t);
                }
                try {
                    for (String seed : List.of("003_92bbe5dfcc734205.txt", "000_1812ad0142ebc512.txt", "001_3995438c63dfe527.txt")) {
                        Files.copy(Examples.page(seed), inbox.resolve(seed + ".tmp"));
                        Files.move(inbox.resolve(seed + ".tmp"), inbox.resolve(seed));
                    }
                    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                    while (kg.stats().get("sources") < 4 && System.nanoTime() < deadline) Thread.sleep(250);
                } finally {
                    loading.set(false);
                    for (Thread t : clients) t.join(35_000);
                }
                assertEquals(4L, kg.stats().get("sources"), "every dropped page went in under " + answered.get() + " queries");
                assertTrue(answered.get() > 0);
            }
        }
    }

    private static String count(PaperServer server) throws Exception {
        String q = "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://w3id.org/paperkg/ontology#Paper> }";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.sparqlEndpoint() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("n\r\n"));
        return r.body().substring(3).strip();
    }
}
