package org.paperkg.record;

import java.util.Objects;

/** Which file a page came from: its name and the SHA-256 of its bytes. */
public record PageOrigin(String fileName, String sha256) {
    public PageOrigin {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
    }
}
