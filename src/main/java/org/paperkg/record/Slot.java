package org.paperkg.record;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A presentation slot. {@code yearInferred} says the page gave no year and it was worked out
 * from the weekday, so a user can tell a stated date from a deduced one.
 */
public record Slot(OffsetDateTime start, OffsetDateTime end, boolean yearInferred, String asGiven) {
    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(asGiven, "asGiven");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("slot ends before it starts: " + asGiven);
        }
    }
}
