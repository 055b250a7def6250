package org.paperkg.extract;

import opennlp.tools.util.Span;

import java.util.Arrays;

/**
 * A text with its sentences (OpenNLP's sentence detector). Extractors find things by
 * character offsets and ask here for the sentence that holds them.
 */
public final class AnalyzedText {
    private final String text;
    private final Span[] sentences;

    private AnalyzedText(String text, Span[] sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    public static AnalyzedText of(String text) {
        Span[] spans = text.isEmpty() ? new Span[0] : NlpModels.get().tools().sentences().sentPosDetect(text);
        if (spans.length == 0 && !text.isEmpty()) spans = new Span[]{new Span(0, text.length())};
        return new AnalyzedText(text, spans);
    }

    /** Whether {@code text[start, end)} stands as a whole word: no letter or digit glued on either side. */
    static boolean isWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    public String text() {
        return text;
    }

    public int sentenceCount() {
        return sentences.length;
    }

    /** The span of the sentence holding {@code offset} (the whole text when none does). */
    public Span sentenceSpanAt(int offset) {
        int lo = 0;
        int hi = sentences.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences[mid];
            if (offset < s.getStart()) hi = mid - 1;
            else if (offset >= s.getEnd()) lo = mid + 1;
            else return s;
        }
        // between sentences (white space): the next sentence, else the last
        return lo < sentences.length ? sentences[lo] : sentences.length > 0 ? sentences[sentences.length - 1] : new Span(0, text.length());
    }

    public String sentenceAt(int offset) {
        Span s = sentenceSpanAt(offset);
        return text.substring(s.getStart(), s.getEnd());
    }

    public Span[] sentences() {
        return Arrays.copyOf(sentences, sentences.length);
    }
}
