package org.paperkg.text;

import java.util.regex.Pattern;

/** Person name strings as bibliographies write them. */
public final class PersonNames {
    /** dblp tells people of one name apart by a number after it: "Jun Li 0008". */
    private static final Pattern HOMONYM_NUMBER = Pattern.compile("(?<!\\s)\\s++\\d{4}$");

    private PersonNames() {
    }

    /** "Jun Li 0008" → "Jun Li": the name without dblp's homonym number, stripped. */
    public static String withoutHomonymNumber(String name) {
        return HOMONYM_NUMBER.matcher(name).replaceFirst("").strip();
    }
}
