package org.paperkg.browse;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A talk's slot as the conference gave it (its own offset) and in UTC. */
final class Times {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Times() {
    }

    static String local(String start, String end) {
        try {
            OffsetDateTime s = OffsetDateTime.parse(start);
            String tail = end == null ? "" : "–" + OffsetDateTime.parse(end).format(HOUR);
            return s.format(DAY) + tail + " " + offset(s.getOffset());
        } catch (DateTimeParseException e) {
            return start;
        }
    }

    static String utc(String start, String end) {
        try {
            OffsetDateTime s = OffsetDateTime.parse(start).withOffsetSameInstant(ZoneOffset.UTC);
            String tail = end == null ? "" : "–" + OffsetDateTime.parse(end).withOffsetSameInstant(ZoneOffset.UTC).format(HOUR);
            return s.format(DAY) + tail + " UTC";
        } catch (DateTimeParseException e) {
            return start;
        }
    }

    private static String offset(ZoneOffset o) {
        return o.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + o.getId();
    }
}
