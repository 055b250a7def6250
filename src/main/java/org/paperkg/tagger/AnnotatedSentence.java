package org.paperkg.tagger;

import java.util.List;

/**
 * One sentence of a dataset-mention corpus: its text and the character spans a person marked as
 * naming a dataset.
 *
 * @param id     the corpus's sentence id
 * @param source the venue or collection the sentence comes from ("NIPS", "VISION" …), or ""
 */
public record AnnotatedSentence(String id, String text, List<Span> datasets, String source) {
    public AnnotatedSentence {
        datasets = List.copyOf(datasets);
    }

    /** {@code [start, end)} in the sentence's characters. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end <= start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }

        public boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }

        public String of(String text) {
            return text.substring(start, Math.min(end, text.length()));
        }
    }
}
