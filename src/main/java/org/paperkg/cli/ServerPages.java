package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.PageOutcome;
import org.paperkg.PageRun;
import org.paperkg.record.PageInfo;
import org.paperkg.source.PageException;
import org.paperkg.source.PageLoader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problem;
import org.paperkg.store.ServerMarker;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pages written through the server that holds the store ({@code PUT /papers/pages/NAME}), as
 * the server's own ingest: the file's bytes as they are, so its checksum and "unchanged" are the
 * same as a local ingest's. The user is the first of the server's password file that this user
 * can read, or {@code PAPERKG_USER} and {@code PAPERKG_PASSWORD}.
 */
final class ServerPages implements PageRun.Pages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ServerMarker server;
    private final String authorization;
    private final long maxPageBytes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServerPages(ServerMarker server, String authorization, long maxPageBytes) {
        this.server = server;
        this.authorization = authorization;
        this.maxPageBytes = maxPageBytes;
    }

    /** The write path of {@code server}, or empty when it takes no writes or no user can be found. */
    static Optional<ServerPages> of(ServerMarker server, long maxPageBytes) {
        if (!server.allowsUpdate()) return Optional.empty();
        String user = System.getenv("PAPERKG_USER");
        String password = System.getenv("PAPERKG_PASSWORD");
        if ((user == null || password == null) && server.passwordFile() != null && Files.isReadable(server.passwordFile())) {
            try {
                for (String line : Files.readAllLines(server.passwordFile(), StandardCharsets.UTF_8)) {
                    int colon = line.indexOf(':');
                    if (line.isBlank() || line.strip().startsWith("#") || colon <= 0) continue;
                    String secret = line.substring(colon + 1).strip();
                    int comma = secret.indexOf(',');
                    if (comma >= 0) secret = secret.substring(0, comma).strip();
                    if (secret.matches("(?i)(OBF|MD5|CRYPT):.*")) continue; // a hash is no password to send
                    user = line.substring(0, colon).strip();
                    password = secret;
                    break;
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        if (user == null || password == null) return Optional.empty();
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Optional.of(new ServerPages(server, "Basic " + token, maxPageBytes));
    }

    @Override
    public PageOutcome ingestPage(PageText page, PageInfo info) {
        return put(page.name(), page.text().getBytes(StandardCharsets.UTF_8), info);
    }

    @Override
    public PageOutcome ingestFile(Path file, String name, PageInfo info) throws PageException {
        PageLoader.load(file, maxPageBytes); // the local checks: a regular file, its size, UTF-8 text
        try {
            return put(name, Files.readAllBytes(file), info);
        } catch (IOException e) {
            throw new PageException(new Problem(name, 0, Problem.Severity.ERROR, "cannot read: " + e.getMessage()));
        }
    }

    private PageOutcome put(String name, byte[] bytes, PageInfo info) {
        StringBuilder query = new StringBuilder();
        if (info.conferenceSeries() != null) param(query, "conference", info.conferenceSeries());
        if (info.year() != null) param(query, "year", info.year().toString());
        if (info.url() != null) param(query, "url", info.url());
        if (!info.columns().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            info.columns().forEach((k, v) -> pairs.add(k + "=" + v));
            param(query, "columns", String.join(";", pairs));
        }
        JsonNode out = send(HttpRequest.newBuilder(URI.create(server.url() + "papers/pages/" + path(name) + query))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)), name);
        List<Problem> problems = new ArrayList<>();
        for (JsonNode p : out.path("problems")) {
            problems.add(new Problem(p.path("file").asText(name), p.path("line").asInt(),
                    Problem.Severity.valueOf(p.path("severity").asText()), p.path("message").asText()));
        }
        return new PageOutcome(out.path("file").asText(name), PageOutcome.Status.valueOf(out.path("status").asText()),
                out.path("format").isNull() ? null : out.path("format").asText(null), out.path("records").asInt(),
                out.path("papers").asInt(), problems);
    }

    /** @return whether a page of that name was stored (and is now removed) */
    boolean remove(String name) {
        HttpResponse<String> r = call(HttpRequest.newBuilder(URI.create(server.url() + "papers/pages/" + path(name))).DELETE(), name);
        return r.statusCode() == 200;
    }

    @Override
    public Map<String, Long> stats() {
        JsonNode out = send(HttpRequest.newBuilder(URI.create(server.url() + "papers/pages")).GET(), "stats");
        Map<String, Long> counts = new LinkedHashMap<>();
        out.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    @Override
    public long maxPageBytes() {
        return maxPageBytes;
    }

    private JsonNode send(HttpRequest.Builder request, String what) {
        HttpResponse<String> r = call(request, what);
        if (r.statusCode() != 200) {
            throw new StoreOptions.Busy("the server at " + server.url() + " refused to write " + what + " (HTTP " + r.statusCode()
                    + (r.statusCode() == 401 ? ": its password file's first user is not accepted; set PAPERKG_USER and PAPERKG_PASSWORD" : "")
                    + ")");
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new StoreOptions.Busy("the server at " + server.url() + " answered something that is not JSON: " + e.getMessage());
        }
    }

    private HttpResponse<String> call(HttpRequest.Builder request, String what) {
        try {
            return http.send(request.header("Authorization", authorization).timeout(Duration.ofMinutes(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StoreOptions.Busy("the server at " + server.url() + " did not answer while writing " + what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreOptions.Busy("interrupted while writing " + what + " through the server");
        }
    }

    private static void param(StringBuilder query, String key, String value) {
        query.append(query.length() == 0 ? '?' : '&').append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** The page name as URL path segments, each percent-encoded. */
    private static String path(String name) {
        List<String> parts = new ArrayList<>();
        for (String seg : name.split("/", -1)) parts.add(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        return String.join("/", parts);
    }
}
