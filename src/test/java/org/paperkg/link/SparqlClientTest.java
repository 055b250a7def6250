package org.paperkg.link;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The polite client against a loopback server that fails on purpose. */
class SparqlClientTest {
    private static final String ANSWER = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"ok\"}}]}}";
    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    @TempDir
    Path tmp;

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    private URI serve(int failures, int status, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sparql", exchange -> {
            int n = calls.incrementAndGet();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = (n <= failures ? "busy" : ANSWER).getBytes(StandardCharsets.UTF_8);
            if (n <= failures && status == 429) exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(n <= failures ? status : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql");
    }

    @Test
    void retriesServerErrorsAndRateLimitsThenCachesTheAnswer() throws Exception {
        URI endpoint = serve(2, 503, 0);
        SparqlClient client = new SparqlClient(endpoint, tmp, Duration.ofSeconds(5), Duration.ofMillis(10), 3, Duration.ofMillis(20));
        assertEquals(List.of(Map.of("x", "ok")), client.select("SELECT ?x {}"));
        assertEquals(3, client.requests(), "two 503s, then the answer");
        SparqlClient again = new SparqlClient(endpoint, tmp, Duration.ofSeconds(5), Duration.ZERO, 3, Duration.ofMillis(20));
        assertEquals(List.of(Map.of("x", "ok")), again.select("SELECT ?x {}"));
        assertEquals(0, again.requests());
        assertEquals(3, calls.get());
    }

    @Test
    void aRateLimitIsWaitedOut() throws Exception {
        SparqlClient client = new SparqlClient(serve(1, 429, 0), null, Duration.ofSeconds(5), Duration.ZERO, 2, Duration.ofMillis(20));
        assertEquals(List.of(Map.of("x", "ok")), client.select("SELECT ?x {}"));
        assertEquals(2, client.requests());
    }

    @Test
    void aBadRequestIsNotRetriedAndASilentEndpointGivesUpInBoundedTime() throws Exception {
        SparqlClient bad = new SparqlClient(serve(5, 400, 0), null, Duration.ofSeconds(5), Duration.ZERO, 3, Duration.ofMillis(20));
        LinkException refused = assertThrows(LinkException.class, () -> bad.select("SELECT"));
        assertTrue(refused.getMessage().contains("refused the query: HTTP 400"), refused.getMessage());
        assertEquals(1, bad.requests());
        server.stop(0);
        calls.set(0);
        SparqlClient slow = new SparqlClient(serve(0, 200, 3000), null, Duration.ofMillis(300), Duration.ZERO, 1, Duration.ofMillis(20));
        long start = System.nanoTime();
        LinkException timedOut = assertThrows(LinkException.class, () -> slow.select("SELECT ?x {}"));
        assertTrue(timedOut.getMessage().contains("did not answer after 2 attempts (last: HttpTimeoutException"), timedOut.getMessage());
        assertTrue(System.nanoTime() - start < 2_500_000_000L, "two attempts of 0.3 s, not the server's 3 s");
    }
}
