package org.paperkg.source;

import java.util.List;
import java.util.Objects;

/**
 * A page's text, decoded and split into lines, with the checksum of its bytes.
 *
 * @param name   the file name, which names the page in the store
 * @param sha256 hex SHA-256 of the file's bytes
 * @param lines  the lines, without line terminators
 */
public record PageText(String name, String sha256, List<String> lines) {
    public PageText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        lines = List.copyOf(lines);
    }
}
