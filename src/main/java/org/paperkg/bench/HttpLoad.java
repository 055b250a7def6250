package org.paperkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load client: {@code clients} threads, each with its own keep-alive
 * connection, send one SPARQL GET after another for a fixed time, after a warm-up that is not
 * counted. Each request must answer 200 with a non-empty body to count as a success.
 */
public final class HttpLoad {
    /** What one run measured. */
    public record Result(String label, int clients, long requests, long errors, double seconds,
                         double p50Millis, double p99Millis) {
        public double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private HttpLoad() {
    }

    /** Sends a SPARQL query to {@code endpoint} from each client, as often as answers come, for the measured time. */
    public static Result run(String label, String endpoint, String query, int clients, Duration warmUp, Duration measure)
            throws InterruptedException {
        URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return run(label, uri, "application/sparql-results+json", clients, warmUp, measure);
    }

    /** GETs {@code uri} with {@code accept} from each client, as often as answers come, for the measured time. */
    public static Result run(String label, URI uri, String accept, int clients, Duration warmUp, Duration measure)
            throws InterruptedException {
        long warmEnd = System.nanoTime() + warmUp.toNanos();
        long end = warmEnd + measure.toNanos();
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[][] holder = new long[1][];
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", accept)
                        .timeout(Duration.ofSeconds(60)).GET().build();
                long[] latencies = new long[1 << 16];
                int n = 0;
                try {
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= end) break;
                        boolean ok;
                        try {
                            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            ok = r.statusCode() == 200 && r.body().length > 0;
                        } catch (java.io.IOException e) {
                            ok = false;
                        }
                        long took = System.nanoTime() - start;
                        if (start < warmEnd) continue;
                        if (!ok) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (n == latencies.length) latencies = Arrays.copyOf(latencies, n * 2);
                        latencies[n++] = took;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    holder[0] = Arrays.copyOf(latencies, n);
                    synchronized (perClient) {
                        perClient.add(holder[0]);
                    }
                    done.countDown();
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        done.await();
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(label, clients, all.length, errors.get(), measure.toNanos() / 1e9,
                percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
