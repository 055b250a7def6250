package org.paperkg.text;

import org.paperkg.record.AbstractText;

import java.util.regex.Pattern;

/** Builds {@link AbstractText} from what a page shows, recognising the marks pages add. */
public final class Abstracts {
    private static final Pattern VIRTUAL = Pattern.compile("^\\s*\\[\\s*Virtual\\s*]\\s*");
    private static final Pattern CUT = Pattern.compile("\\s*(…|\\.\\.\\.)\\s*$");

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

    /** The abstract for {@code asGiven}, or null when nothing but page marks is left. */
    public static AbstractText fromPage(String asGiven) {
        String text = asGiven.strip();
        boolean virtual = VIRTUAL.matcher(text).find();
        if (virtual) text = VIRTUAL.matcher(text).replaceFirst("");
        // "…" is the page's cut mark; a plain "..." at the very end is one too, pages use both
        boolean truncated = CUT.matcher(text).find();
        if (truncated) text = CUT.matcher(text).replaceFirst("");
        String clean = LatexText.toPlain(text);
        if (clean.isEmpty()) return null;
        return new AbstractText(asGiven.strip(), clean, truncated, virtual);
    }
}
