package org.paperkg.pull;

import java.time.Duration;

/**
 * How a pull treats a source: the least time between two requests (arXiv asks for 3 s), how
 * often a failed request is tried, the first wait after a failure (doubled each time), the
 * longest wait it accepts (a {@code Retry-After} beyond it ends the pull with that said), the
 * time one request may take, and the largest answer it takes.
 */
public record Politeness(Duration interval, int attempts, Duration firstBackoff, Duration longestWait, Duration timeout,
                         long maxBytes) {
    public Politeness {
        if (attempts < 1) throw new IllegalArgumentException("at least one attempt");
        if (interval.isNegative() || firstBackoff.isNegative() || longestWait.isNegative()) {
            throw new IllegalArgumentException("waits cannot be negative");
        }
    }

    /** The wait before try {@code attempt + 1}: the first back-off doubled per failure, at most the longest wait. */
    Duration backoff(int attempt) {
        long ms = firstBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(ms, longestWait.toMillis()));
    }
}
