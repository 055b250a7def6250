package org.paperkg.extract;

import java.util.Objects;

/**
 * One extracted fact with its evidence: what was found (a catalogued or discovered dataset, a
 * proposed method, a concept), the text as it stands, where (character offsets into the text
 * the extractor read), the sentence that says it, which extractor found it and how sure it is.
 *
 * @param key      the catalogue, taxonomy or known-method IRI, or null for a discovered or proposed name
 * @param name     the canonical name (catalogue prefLabel) or the name as the paper gives it
 * @param longForm the expanded form a paper gives a proposed name ("Structured State Space sequence model"), or null
 */
public record Mention(Kind kind, String key, String name, String surface, int start, int end,
                      String sentence, String extractor, double confidence, String longForm) {
    /** METHOD: a well-known method the paper uses (not proposes). */
    public enum Kind { DATASET, PROPOSED, CONCEPT, METHOD }

    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(extractor, "extractor");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }

    /** A discovered dataset: not in the catalogue. */
    public boolean discovered() {
        return kind == Kind.DATASET && key == null;
    }
}
