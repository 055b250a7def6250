package org.paperkg.source;

import java.util.Objects;

/**
 * A kind of page paperkg can read, as a value: its name (stored in each page's provenance) and
 * a line saying what it is.
 */
public record PageFormat(String name, String description) {
    public PageFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("format names are lower-case words with dashes: " + name);
        }
    }
}
