package org.paperkg.record;

import java.util.Objects;

/**
 * A conference session as a page names it: "Oral 2: Understanding Deep Learning" is an oral
 * session, number 2, track "Understanding Deep Learning".
 *
 * @param number the session's number, or null
 * @param track  the track or theme, or null
 */
public record SessionInfo(String name, SessionKind kind, Integer number, String track) {
    public SessionInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) throw new IllegalArgumentException("a session needs a name");
        if (track != null && track.isBlank()) track = null;
    }

    public enum SessionKind { ORAL, POSTER, SPOTLIGHT, OTHER }
}
