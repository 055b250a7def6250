package org.paperkg.rdf;

import org.paperkg.text.WordLists;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words of a title that say what it is about: four letters or more, case folded, a plural
 * "s" taken off, and none of {@code ontology/title-stopwords.txt}. "Sketching for Low-Rank
 * Regression" gives {@code sketching, rank, regression}… and so do papers on the same topic.
 */
final class TitleWords {
    static final String RESOURCE = "ontology/title-stopwords.txt";
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = WordLists.read(RESOURCE);

    private TitleWords() {
    }

    static Set<String> of(String title) {
        Set<String> out = new TreeSet<>();
        for (String w : WORD.split(title.toLowerCase(Locale.ROOT))) {
            if (w.length() < 4 || STOP.contains(w)) continue;
            String stem = w.endsWith("s") && !w.endsWith("ss") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
            if (!STOP.contains(stem)) out.add("word:" + stem);
        }
        return out;
    }
}
