package org.paperkg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paperkg.text.Slugs;

/**
 * Asks a public SPARQL endpoint politely: one request at a time, at least {@code interval}
 * apart, each bounded by {@code timeout}, retried with doubling back-off on network errors, 429
 * and 5xx (a Retry-After header is obeyed), and every answer kept in an on-disk cache keyed by
 * endpoint and query, so a second run asks nothing it asked before.
 */
public final class SparqlClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI endpoint;
    private final Path cacheDir;
    private final Duration timeout;
    private final Duration interval;
    private final int retries;
    private final Duration backoff;
    private final HttpClient http;
    private long lastRequest;
    private int requests;
    private int cacheHits;

    public SparqlClient(URI endpoint, Path cacheDir, Duration timeout, Duration interval, int retries, Duration backoff) {
        this.endpoint = endpoint;
        this.cacheDir = cacheDir;
        this.timeout = timeout;
        this.interval = interval;
        this.retries = retries;
        this.backoff = backoff;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A SELECT query's rows, each variable → its value (IRI or lexical form). */
    public List<Map<String, String>> select(String query) throws LinkException {
        String body = cached(query).orElse(null);
        if (body == null) {
            body = fetch(query);
            store(query, body);
        } else {
            cacheHits++;
        }
        try {
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonNode b : JSON.readTree(body).path("results").path("bindings")) {
                Map<String, String> row = new HashMap<>();
                b.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().path("value").asText()));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new LinkException(endpoint + " answered with something that is not SPARQL JSON results: " + e.getMessage());
        }
    }

    public int requests() {
        return requests;
    }

    public int cacheHits() {
        return cacheHits;
    }

    private String fetch(String query) throws LinkException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "paperkg/0.1 (knowledge-graph builder; https://w3id.org/paperkg)")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        Duration wait = backoff;
        String last = "";
        for (int attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) sleep(wait.toMillis());
            pace();
            requests++;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) return response.body();
                last = "HTTP " + status;
                if (status != 429 && status < 500) {
                    throw new LinkException(endpoint + " refused the query: " + last + " " + shorten(response.body()));
                }
                wait = response.headers().firstValue("Retry-After").flatMap(SparqlClient::seconds)
                        .map(Duration::ofSeconds).orElse(attempt == 0 ? backoff : wait.multipliedBy(2));
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                wait = attempt == 0 ? backoff : wait.multipliedBy(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LinkException("interrupted while asking " + endpoint);
            }
        }
        throw new LinkException(endpoint + " did not answer after " + (retries + 1) + " attempts (last: " + last + ")");
    }

    private void pace() {
        long due = lastRequest + interval.toMillis() - System.currentTimeMillis();
        if (due > 0) sleep(due);
        lastRequest = System.currentTimeMillis();
    }

    private Optional<String> cached(String query) {
        if (cacheDir == null) return Optional.empty();
        Path file = cacheFile(query);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void store(String query, String body) throws LinkException {
        if (cacheDir == null) return;
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, "answer", ".tmp");
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            Files.move(tmp, cacheFile(query), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LinkException("cannot write the link cache in " + cacheDir + ": " + e.getMessage());
        }
    }

    private Path cacheFile(String query) {
        return cacheDir.resolve(Slugs.hash(endpoint + "\n" + query, 40) + ".json");
    }

    private static Optional<Long> seconds(String retryAfter) {
        try {
            return Optional.of(Math.max(0, Long.parseLong(retryAfter.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 200 ? t : t.substring(0, 197) + "...";
    }
}
