package org.paperkg.record;

import java.util.Objects;

/**
 * An abstract as a page gives it and as clean text. Page artefacts — a trailing "…" where the
 * page cut the abstract short, a leading "[ Virtual ]" marker — are recorded as facts here and
 * never kept in {@link #clean()}.
 *
 * @param asGiven   the text exactly as the page shows it (LaTeX and markers included)
 * @param clean     plain text: LaTeX resolved, markers removed, white space folded
 * @param truncated the page cut this copy short
 * @param virtual   the page marked the entry "[ Virtual ]"
 */
public record AbstractText(String asGiven, String clean, boolean truncated, boolean virtual) {
    public AbstractText {
        Objects.requireNonNull(asGiven, "asGiven");
        Objects.requireNonNull(clean, "clean");
        if (clean.isBlank()) {
            throw new IllegalArgumentException("an abstract needs some text");
        }
    }

    /** The better of two copies of one abstract: a complete copy beats a cut one, then the longer. */
    public AbstractText better(AbstractText other) {
        if (other == null) return this;
        if (truncated != other.truncated) return truncated ? other : this;
        return other.clean.length() > clean.length() ? other : this;
    }
}
