package org.paperkg.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists kept as text resources: words separated by white space, {@code #} to the end of
 * a line a comment. The rules that read them are code; the words are data.
 */
public final class WordLists {
    private WordLists() {
    }

    /** The words, lower-cased. */
    public static Set<String> read(String resource) {
        return read(resource, true);
    }

    /** The words as written ("AI", "PyTorch") or lower-cased. */
    public static Set<String> read(String resource, boolean lowerCase) {
        Set<String> out = new HashSet<>();
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int hash = line.indexOf('#');
                for (String w : (hash >= 0 ? line.substring(0, hash) : line).strip().split("\\s+")) {
                    if (!w.isEmpty()) out.add(lowerCase ? w.toLowerCase(Locale.ROOT) : w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
