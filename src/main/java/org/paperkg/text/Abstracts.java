package org.paperkg.text;

import org.paperkg.record.AbstractText;

import java.util.regex.Pattern;

/** Builds {@link AbstractText} from what a page shows, recognising the marks pages add. */
public final class Abstracts {
    private static final Pattern VIRTUAL = Pattern.compile("^\\s*\\[\\s*Virtual\\s*]\\s*");

    /** Words of an abstract that identify it; a cut-short copy keeps far more than this. */
    public static final int FINGERPRINT_WORDS = 30;

    private Abstracts() {
    }

    /**
     * A fingerprint of a clean abstract's first words, case and punctuation ignored: two copies
     * of one abstract, one cut short, or one from another graph, share it.
     */
    public static String fingerprint(String clean) {
        return Slugs.fingerprint(clean, FINGERPRINT_WORDS);
    }

    /** The text without its trailing "…" or "...", or null when it has none (a scan from the end: linear). */
    private static String withoutCutMark(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int mark;
        if (end >= 1 && text.charAt(end - 1) == '…') mark = end - 1;
        else if (end >= 3 && text.startsWith("...", end - 3)) mark = end - 3;
        else return null;
        while (mark > 0 && Character.isWhitespace(text.charAt(mark - 1))) mark--;
        return text.substring(0, mark);
    }

    /** The abstract for {@code asGiven}, or null when nothing but page marks is left. */
    public static AbstractText fromPage(String asGiven) {
        String text = asGiven.strip();
        boolean virtual = VIRTUAL.matcher(text).find();
        if (virtual) text = VIRTUAL.matcher(text).replaceFirst("");
        // "…" is the page's cut mark; a plain "..." at the very end is one too, pages use both
        String withoutCut = withoutCutMark(text);
        boolean truncated = withoutCut != null;
        if (truncated) text = withoutCut;
        String clean = LatexText.toPlain(text);
        if (clean.isEmpty()) return null;
        return new AbstractText(asGiven.strip(), clean, truncated, virtual);
    }
}
