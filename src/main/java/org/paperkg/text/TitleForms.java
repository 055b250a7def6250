package org.paperkg.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which of the titles sources give one paper is the best-formed. A title loses, in this order,
 * when it is cut short (it ends in an ellipsis, or another title continues it), when a source
 * sanitised its punctuation ({@code ValUES_ A Framework} for {@code ValUES: A Framework}), when
 * it lost the LaTeX another title keeps, when it is in capitals; then the longer wins, then the
 * first in text order — so the choice never depends on which page came first.
 */
public final class TitleForms {
    /** "_" where a file name or a sanitiser replaced ":", "?", "/" : before a space or at the end. */
    private static final Pattern SANITISED = Pattern.compile("\\p{L}_(?:\\s|$)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TitleForms() {
    }

    /** The order of {@code titles}, best first, judged against one another. */
    public static Comparator<String> order(Collection<String> titles) {
        List<String> all = List.copyOf(titles);
        boolean anyLatex = all.stream().anyMatch(TitleForms::hasLatex);
        return Comparator.comparing((String t) -> truncated(t, all))
                .thenComparing(t -> SANITISED.matcher(t).find())
                .thenComparing(t -> anyLatex && !hasLatex(t))
                .thenComparing(TitleForms::capitals)
                .thenComparing(t -> -t.length())
                .thenComparing(Comparator.naturalOrder());
    }

    private static boolean truncated(String t, List<String> all) {
        String s = t.strip();
        if (s.endsWith("…") || s.endsWith("...")) return true;
        String key = key(s);
        return all.stream().map(TitleForms::key).anyMatch(k -> k.length() > key.length() && k.startsWith(key));
    }

    private static boolean hasLatex(String t) {
        return t.indexOf('$') >= 0 || t.indexOf('\\') >= 0;
    }

    private static boolean capitals(String t) {
        return t.equals(t.toUpperCase(Locale.ROOT)) && !t.equals(t.toLowerCase(Locale.ROOT));
    }

    private static String key(String t) {
        return NOT_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
