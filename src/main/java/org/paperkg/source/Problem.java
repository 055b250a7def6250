package org.paperkg.source;

import java.util.Objects;

/**
 * Something wrong with an input, said so that a user can find it: the file, the line where
 * there is one, and what was wrong.
 *
 * @param line 1-based line, or 0 when the problem is not at one line
 */
public record Problem(String file, int line, Severity severity, String message) {
    public enum Severity { WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0) throw new IllegalArgumentException("line must be >= 0");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "file:12: error: message", the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
