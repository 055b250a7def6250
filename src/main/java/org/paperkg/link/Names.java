package org.paperkg.link;

import org.paperkg.text.PersonNames;
import org.paperkg.text.Slugs;

import java.util.Locale;

/** How titles and names are compared across graphs. */
final class Names {
    private Names() {
    }

    /** "Reversible Column Networks." and "reversible column networks" give the same key. */
    static String titleKey(String title) {
        return Slugs.of(title);
    }

    /**
     * A person's surname as a comparable key: the last word of the name, accents and case
     * folded, dblp's homonym number ("Jun Li 0008") dropped.
     */
    static String surname(String name) {
        String plain = PersonNames.withoutHomonymNumber(name);
        String[] words = Slugs.of(plain).split("-");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
