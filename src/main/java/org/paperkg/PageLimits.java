package org.paperkg;

import java.time.Duration;

/**
 * How much one page may cost: its size on disk, and the time reading it may take (a floor plus
 * an allowance per megabyte). A page over either fails with a message naming the limit and the
 * option that changes it; the other pages of the run go on.
 *
 * @param maxBytes   a larger file is refused before it is read ({@code --max-page-size})
 * @param perMegabyte reading time allowed per MB of the page ({@code --time-per-mb})
 * @param atLeast    the time every page gets, however small
 * @param streamAbove a larger file in a format that can be streamed (CSV lists, JSON records) is
 *                    read record by record from the file, never held whole, and is not bound by
 *                    {@code maxBytes} ({@code --stream-above})
 */
public record PageLimits(long maxBytes, Duration perMegabyte, Duration atLeast, long streamAbove) {
    public static final long DEFAULT_STREAM_ABOVE = 64L * 1024 * 1024;
    public static final PageLimits DEFAULT = new PageLimits(256L * 1024 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(10));

    public PageLimits(long maxBytes, Duration perMegabyte, Duration atLeast) {
        this(maxBytes, perMegabyte, atLeast, Math.min(DEFAULT_STREAM_ABOVE, maxBytes));
    }

    public PageLimits {
        if (maxBytes < 1) throw new IllegalArgumentException("the page size limit must be positive: " + maxBytes);
        if (streamAbove < 1) throw new IllegalArgumentException("the streaming size must be positive: " + streamAbove);
        if (perMegabyte.isNegative() || atLeast.isNegative() || atLeast.isZero()) {
            throw new IllegalArgumentException("time limits must be positive");
        }
    }

    /** The reading time a page of {@code bytes} gets. */
    public Duration budget(long bytes) {
        Duration scaled = Duration.ofMillis((long) (perMegabyte.toMillis() * (bytes / (1024.0 * 1024.0))));
        return scaled.compareTo(atLeast) > 0 ? scaled : atLeast;
    }
}
