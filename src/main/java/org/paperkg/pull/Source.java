package org.paperkg.pull;

import org.paperkg.record.PageInfo;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * A live source as a chain of fetched units: the first unit's cursor, what each cursor asks
 * for, and, from each answer, how many records it held and the next cursor. A cursor is a
 * string (a date, an offset) so a stopped pull can say in its state file where it was.
 */
public interface Source {
    /** What this pull is, e.g. {@code openreview ICLR.cc/2024/Conference}: the key of its state. */
    String describe();

    /** The first unit's cursor. */
    String first();

    Unit unit(String cursor);

    /**
     * Reads an answer for its record count and the next cursor (empty when this was the last).
     *
     * @throws FetchException when the answer is not the shape this source gives
     */
    Step step(String cursor, byte[] body) throws FetchException;

    /** The next cursor when a unit could not be fetched: known for sources whose units do not chain (days), else empty. */
    default Optional<String> nextWithoutAnswer(String cursor) {
        return Optional.empty();
    }

    /** The least time between requests the source asks for. */
    Duration interval();

    /**
     * One fetched unit.
     *
     * @param pageName what its page is called in the store
     * @param maxAge   how long a cached answer for it stands without asking the source again
     */
    record Unit(String cursor, URI url, String pageName, PageInfo info, Duration maxAge) {
    }

    /** @param next the next cursor; null after the last unit */
    record Step(int records, String next) {
    }
}
