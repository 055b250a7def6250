package org.paperkg.pull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * GET with the manners public APIs ask for: one request at a time, at least {@link
 * Politeness#interval} apart; a 429 or 503 waits what {@code Retry-After} says; a 5xx, a cut or
 * refused connection and a timeout are tried again after a doubling back-off; any other answer
 * ends there, said with its status and the start of its body. Whole bodies only: an answer cut
 * short fails and is tried again, never handed on.
 */
public final class Fetcher {
    static final String USER_AGENT = "paperkg/0.1 (knowledge-graph builder; +https://w3id.org/paperkg/)";
    private final HttpClient http;
    private final ResponseCache cache;
    private final Politeness politeness;
    private final Clock clock;
    private final Consumer<String> log;
    private long lastRequestNanos;
    private boolean requested;

    /** An answer: from the source, or from the cache (still fresh, or confirmed by a 304). */
    public record Response(URI uri, byte[] body, Instant fetchedAt, boolean fromCache) {
    }

    /** @param cache where answers are kept; null for none */
    public Fetcher(ResponseCache cache, Politeness politeness, Clock clock, Consumer<String> log) {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
        this.cache = cache;
        this.politeness = politeness;
        this.clock = clock;
        this.log = log;
    }

    /**
     * The body at {@code uri}: the cached one when it is younger than {@code maxAge}, else
     * fetched (conditionally when a cached one exists).
     */
    public Response get(URI uri, Duration maxAge) throws FetchException, InterruptedException {
        Optional<ResponseCache.Entry> cached = cache == null ? Optional.empty() : cache.lookup(uri);
        Instant now = clock.instant();
        if (cached.isPresent() && Duration.between(cached.get().fetchedAt(), now).compareTo(maxAge) < 0) {
            return new Response(uri, cached.get().body(), cached.get().fetchedAt(), true);
        }
        String last = null;
        for (int attempt = 1; attempt <= politeness.attempts(); attempt++) {
            Duration wait;
            waitTurn();
            try {
                HttpResponse<InputStream> answer = http.send(request(uri, cached), HttpResponse.BodyHandlers.ofInputStream());
                int status = answer.statusCode();
                if (status == 304 && cached.isPresent()) {
                    answer.body().close();
                    ResponseCache.Entry e = cached.get();
                    cache.store(new ResponseCache.Entry(uri, e.body(), e.etag(), e.lastModified(), clock.instant()));
                    return new Response(uri, e.body(), clock.instant(), true);
                }
                byte[] body = readBody(uri, answer);
                if (status == 200) {
                    Instant at = clock.instant();
                    if (cache != null) cache.store(new ResponseCache.Entry(uri, body, header(answer.headers(), "ETag"),
                            header(answer.headers(), "Last-Modified"), at));
                    return new Response(uri, body, at, false);
                }
                last = "answered " + status + snippet(body);
                if (status == 429 || status == 503) {
                    wait = retryAfter(answer.headers()).orElse(politeness.backoff(attempt));
                    if (wait.compareTo(politeness.longestWait()) > 0) {
                        throw new FetchException(uri + " " + last + " and asks to wait " + wait.toSeconds()
                                + " s, longer than this pull waits (" + politeness.longestWait().toSeconds() + " s); try again later");
                    }
                } else if (status >= 500) {
                    wait = politeness.backoff(attempt);
                } else {
                    throw new FetchException(uri + " " + last);
                }
            } catch (IOException e) {
                last = "failed: " + describe(e);
                wait = politeness.backoff(attempt);
            }
            if (attempt < politeness.attempts()) {
                log.accept(String.format("%s %s; trying again in %.1f s (attempt %d of %d)", uri, last,
                        wait.toMillis() / 1000.0, attempt + 1, politeness.attempts()));
                Thread.sleep(wait.toMillis());
            }
        }
        throw new FetchException(uri + " " + last + "; gave up after " + politeness.attempts() + " attempts");
    }

    private HttpRequest request(URI uri, Optional<ResponseCache.Entry> cached) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(politeness.timeout())
                .header("User-Agent", USER_AGENT).header("Accept-Encoding", "identity");
        cached.ifPresent(e -> {
            if (e.etag() != null) b.header("If-None-Match", e.etag());
            if (e.lastModified() != null) b.header("If-Modified-Since", e.lastModified());
        });
        return b.build();
    }

    /** Waits until the interval since the last request's start has passed. */
    private void waitTurn() throws InterruptedException {
        long now = System.nanoTime();
        if (requested) {
            long due = lastRequestNanos + politeness.interval().toNanos();
            if (due > now) {
                Thread.sleep((due - now) / 1_000_000, (int) ((due - now) % 1_000_000));
            }
        }
        requested = true;
        lastRequestNanos = System.nanoTime();
    }

    private byte[] readBody(URI uri, HttpResponse<InputStream> answer) throws IOException, FetchException {
        try (InputStream in = answer.body()) {
            byte[] body;
            try {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, politeness.maxBytes() + 1));
            } catch (IOException e) {
                throw new CutShort("the answer was cut short (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            }
            if (body.length > politeness.maxBytes()) {
                throw new FetchException(uri + " answered more than " + politeness.maxBytes() + " bytes, over the page size limit");
            }
            long declared = answer.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared >= 0 && declared != body.length) {
                throw new CutShort("the answer was cut short (" + body.length + " of " + declared + " bytes)");
            }
            return body;
        }
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> v = headers.firstValue("Retry-After").map(String::strip);
        if (v.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v.get()))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(Instant.now(), at.toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
    }

    private static String header(HttpHeaders headers, String name) {
        return headers.firstValue(name).orElse(null);
    }

    private static String snippet(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? "" : " (" + s + (body.length > 200 ? "…" : "") + ")";
    }

    /** A body that ended before its end: said as such, not as the stream's exception. */
    private static final class CutShort extends IOException {
        private static final long serialVersionUID = 1L;

        CutShort(String message) {
            super(message);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof CutShort) return e.getMessage();
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
