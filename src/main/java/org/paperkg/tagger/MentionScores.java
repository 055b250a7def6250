package org.paperkg.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Precision, recall and F1 of dataset-name spans against a corpus, two ways: by overlap (a found
 * span is right when it overlaps a marked one; a marked one is found when a found one overlaps
 * it) and by exact match (the same name: case, surrounding spaces and punctuation, a leading
 * article and a trailing dataset word aside, so "the MegaFace dataset" and "MegaFace" are one
 * name, while "MegaFace" and "MegaFace challenge" are two). Counts add
 * up over calls, so K folds give one micro-averaged figure.
 */
public final class MentionScores {
    private int found;
    private int marked;
    private int foundOverlapping;
    private int markedOverlapped;
    private int exact;
    private final List<String> falsePositives = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();

    /** Scores {@code finder} on every sentence. */
    public MentionScores add(List<AnnotatedSentence> sentences, Function<String, List<AnnotatedSentence.Span>> finder) {
        for (AnnotatedSentence s : sentences) add(s, finder.apply(s.text()));
        return this;
    }

    /** Adds another set of counts and errors to these (one fold's to the total). */
    public void addAll(MentionScores other) {
        found += other.found;
        marked += other.marked;
        foundOverlapping += other.foundOverlapping;
        markedOverlapped += other.markedOverlapped;
        exact += other.exact;
        falsePositives.addAll(other.falsePositives);
        misses.addAll(other.misses);
    }

    public void add(AnnotatedSentence sentence, List<AnnotatedSentence.Span> spans) {
        String text = sentence.text();
        found += spans.size();
        marked += sentence.datasets().size();
        for (AnnotatedSentence.Span f : spans) {
            boolean hit = sentence.datasets().stream().anyMatch(f::overlaps);
            if (hit) foundOverlapping++;
            else falsePositives.add(sentence.id() + "\t" + f.of(text) + "\t" + text);
            String key = trimmed(f.of(text));
            if (sentence.datasets().stream().anyMatch(g -> trimmed(g.of(text)).equals(key))) exact++;
        }
        for (AnnotatedSentence.Span g : sentence.datasets()) {
            if (spans.stream().anyMatch(g::overlaps)) markedOverlapped++;
            else misses.add(sentence.id() + "\t" + g.of(text) + "\t" + text);
        }
    }

    public double overlapPrecision() {
        return ratio(foundOverlapping, found);
    }

    public double overlapRecall() {
        return ratio(markedOverlapped, marked);
    }

    public double overlapF1() {
        return f1(overlapPrecision(), overlapRecall());
    }

    public double exactPrecision() {
        return ratio(exact, found);
    }

    public double exactRecall() {
        return ratio(exact, marked);
    }

    public double exactF1() {
        return f1(exactPrecision(), exactRecall());
    }

    public int found() {
        return found;
    }

    public int marked() {
        return marked;
    }

    /** Found spans that overlap no marked one: sentence id, span, sentence (tab-separated). */
    public List<String> falsePositives() {
        return List.copyOf(falsePositives);
    }

    /** Marked spans that no found one overlaps: sentence id, span, sentence (tab-separated). */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an|our)\\s+");
    private static final Pattern DATASET_WORD = Pattern.compile(
            "\\s+(?:datasets?|data\\s+sets?|corpus|corpora|benchmarks?|databases?|collections?)$");

    private static String trimmed(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("^[\\s\\p{Punct}]+|[\\s\\p{Punct}]+$", "");
        t = ARTICLE.matcher(t).replaceFirst("");
        return DATASET_WORD.matcher(t).replaceFirst("").strip();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
