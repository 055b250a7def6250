package org.paperkg.serve;

import java.time.Duration;
import java.util.List;

/**
 * What one client, or all of them together, may ask of the server.
 *
 * @param maxQueryBytes a request body (or query string) larger than this is refused with 413
 * @param maxRunning    requests handled at once; more wait
 * @param maxWaiting    requests that may wait; past it, and past {@code maxWait}, 503 with Retry-After
 * @param maxWait       how long a request may wait for its turn
 * @param allowedHosts  host names besides the server's own that a request's Host header may name
 */
public record ServerLimits(long maxQueryBytes, int maxRunning, int maxWaiting, Duration maxWait, List<String> allowedHosts) {
    public static final ServerLimits DEFAULT = new ServerLimits(256 * 1024, Math.max(2, Runtime.getRuntime().availableProcessors()),
            64, Duration.ofSeconds(10), List.of());

    public ServerLimits {
        if (maxQueryBytes < 1024) throw new IllegalArgumentException("the query size limit must be at least 1 KB");
        if (maxRunning < 1 || maxWaiting < 0) throw new IllegalArgumentException("request limits must be positive");
        allowedHosts = List.copyOf(allowedHosts);
    }
}
