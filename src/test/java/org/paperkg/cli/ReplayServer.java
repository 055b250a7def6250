package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three live sources on loopback, answering from the real files in {@code ../shared/real/}:
 * Hugging Face's daily papers by date, OpenReview API v2 notes (the ICLR 2020 v1 notes in the v2
 * shape, paged by offset and limit, filtered by {@code mintcdate}), and arXiv's Atom API (the
 * 10-entry response, paged by start and max_results, filtered by submittedDate). Faults queued
 * with {@link #failNext} answer the next requests instead: a 429 with Retry-After, a 500, or a
 * connection cut half-way through its body.
 */
final class ReplayServer implements AutoCloseable {
    static final Path REAL = Path.of("..", "shared", "real");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private volatile long delayMillis;
    private final List<ObjectNode> notes;
    private final String atomHead;
    private final List<String> atomEntries;

    /** A request as the server saw it. */
    record Seen(long nanos, URI uri, int status, String ifNoneMatch) {
    }

    sealed interface Fault permits Pass, TooMany, ServerError, Cut {
    }

    /** An answer as usual, to let a request through before the faults. */
    record Pass() implements Fault {
    }

    record TooMany(int retryAfterSeconds) implements Fault {
    }

    record ServerError() implements Fault {
    }

    record Cut() implements Fault {
    }

    ReplayServer() throws IOException {
        this(Integer.MAX_VALUE);
    }

    /** @param noteCount how many of the ICLR 2020 notes the venue holds (the first so many) */
    ReplayServer(int noteCount) throws IOException {
        List<ObjectNode> all = v2Notes();
        notes = all.subList(0, Math.min(noteCount, all.size()));
        String atom = Files.readString(REAL.resolve("arxiv_atom/arxiv-digest_arxiv_response.xml"));
        atomHead = atom.substring(0, atom.indexOf("<entry>"));
        atomEntries = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<entry>.*?</entry>").matcher(atom);
        while (m.find()) atomEntries.add(m.group());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", ex -> {
            try (ex) {
                record(ex, 404, null);
                send(ex, 404, "no such API".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext("/hf/api/daily_papers", this::hf);
        server.createContext("/or/notes", this::openReview);
        server.createContext("/arxiv/api/query", this::arxiv);
        server.start();
    }

    String url(String path) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
    }

    void failNext(Fault... next) {
        synchronized (faults) {
            faults.addAll(List.of(next));
        }
    }

    void delay(long millis) {
        delayMillis = millis;
    }

    List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    List<Seen> seen(String part) {
        return seen().stream().filter(s -> s.uri().toString().contains(part)).toList();
    }

    /** The notes served, in order: the 687 ICLR 2020 notes, every tenth an oral. */
    List<ObjectNode> notes() {
        return notes;
    }

    int atomEntryCount() {
        return atomEntries.size();
    }

    private static List<ObjectNode> v2Notes() throws IOException {
        JsonNode v1 = JSON.readTree(REAL.resolve("openreview_api/iclr2020_blind_submissions_notes.json").toFile());
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < v1.size(); i++) {
            JsonNode n = v1.get(i);
            ObjectNode note = JSON.createObjectNode();
            note.put("id", n.path("id").asText());
            note.put("forum", n.path("forum").asText());
            note.put("number", n.path("number").asInt());
            note.put("cdate", n.path("cdate").asLong());
            ObjectNode content = note.putObject("content");
            for (String field : List.of("title", "authors", "authorids", "abstract", "keywords")) {
                if (n.path("content").has(field)) content.putObject(field).set("value", n.path("content").get(field));
            }
            content.putObject("venue").put("value", i % 10 == 0 ? "ICLR 2020 Oral" : "ICLR 2020 Poster");
            content.putObject("venueid").put("value", "ICLR.cc/2020/Conference");
            out.add(note);
        }
        return out;
    }

    private void hf(HttpExchange ex) throws IOException {
        String date = query(ex).getOrDefault("date", "");
        Path file = REAL.resolve("hf_daily_papers").resolve(date + ".json");
        byte[] body = date.matches("\\d{4}-\\d{2}-\\d{2}") && Files.isRegularFile(file) ? Files.readAllBytes(file)
                : "[]".getBytes(StandardCharsets.UTF_8);
        answer(ex, body, "application/json", "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"");
    }

    private void openReview(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex);
        if (!"ICLR.cc/2020/Conference".equals(q.get("content.venueid"))) {
            answer(ex, "{\"notes\":[],\"count\":0}".getBytes(StandardCharsets.UTF_8), "application/json", null);
            return;
        }
        long min = Long.parseLong(q.getOrDefault("mintcdate", "0"));
        List<ObjectNode> matching = notes.stream().filter(n -> n.path("cdate").asLong() >= min).toList();
        int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(q.getOrDefault("limit", "1000"));
        ObjectNode page = JSON.createObjectNode();
        ArrayNode list = page.putArray("notes");
        matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size())).forEach(list::add);
        page.put("count", matching.size());
        answer(ex, JSON.writeValueAsBytes(page), "application/json", null);
    }

    private void arxiv(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex);
        int start = Integer.parseInt(q.getOrDefault("start", "0"));
        int max = Integer.parseInt(q.getOrDefault("max_results", "10"));
        List<String> matching = atomEntries;
        Matcher range = Pattern.compile("submittedDate:\\[(\\d{12}) TO (\\d{12})]").matcher(q.getOrDefault("search_query", ""));
        if (range.find()) {
            String from = range.group(1);
            String to = range.group(2);
            matching = atomEntries.stream().filter(e -> {
                Matcher p = Pattern.compile("<published>(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})").matcher(e);
                if (!p.find()) return false;
                String at = p.group(1) + p.group(2) + p.group(3) + p.group(4) + p.group(5);
                return at.compareTo(from) >= 0 && at.compareTo(to) <= 0;
            }).toList();
        }
        StringBuilder feed = new StringBuilder(atomHead
                .replaceFirst("<opensearch:totalResults>\\d+", "<opensearch:totalResults>" + matching.size())
                .replaceFirst("<opensearch:startIndex>\\d+", "<opensearch:startIndex>" + start)
                .replaceFirst("<opensearch:itemsPerPage>\\d+", "<opensearch:itemsPerPage>" + max));
        for (int i = start; i < Math.min(start + max, matching.size()); i++) feed.append(matching.get(i)).append("\n  ");
        feed.append("</feed>\n");
        answer(ex, feed.toString().getBytes(StandardCharsets.UTF_8), "application/atom+xml", null);
    }

    private void answer(HttpExchange ex, byte[] body, String type, String etag) throws IOException {
        Fault fault;
        synchronized (faults) {
            fault = faults.poll();
        }
        try (ex) {
            if (delayMillis > 0) Thread.sleep(delayMillis);
            String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
            if (fault instanceof TooMany t) {
                record(ex, 429, ifNoneMatch);
                ex.getResponseHeaders().add("Retry-After", Integer.toString(t.retryAfterSeconds()));
                send(ex, 429, "{\"error\":\"rate limit\"}".getBytes(StandardCharsets.UTF_8));
            } else if (fault instanceof ServerError) {
                record(ex, 500, ifNoneMatch);
                send(ex, 500, "internal error".getBytes(StandardCharsets.UTF_8));
            } else if (fault instanceof Cut) {
                record(ex, 200, ifNoneMatch);
                ex.getResponseHeaders().add("Content-Type", type);
                ex.sendResponseHeaders(200, body.length);
                OutputStream out = ex.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
                // the connection goes down with half the body sent
                throw new IOException("cut");
            } else if (etag != null && etag.equals(ifNoneMatch)) {
                record(ex, 304, ifNoneMatch);
                ex.sendResponseHeaders(304, -1);
            } else {
                record(ex, 200, ifNoneMatch);
                ex.getResponseHeaders().add("Content-Type", type);
                if (etag != null) ex.getResponseHeaders().add("ETag", etag);
                send(ex, 200, body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(HttpExchange ex, int status, String ifNoneMatch) {
        seen.add(new Seen(System.nanoTime(), ex.getRequestURI(), status, ifNoneMatch));
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null) return q;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
