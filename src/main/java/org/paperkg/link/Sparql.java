package org.paperkg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers for the queries the endpoint readers build. */
final class Sparql {
    private Sparql() {
    }

    /** A SPARQL string literal, with a language tag when {@code lang} is given. */
    static String literal(String s, String lang) {
        String quoted = '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
        return lang == null ? quoted : quoted + "@" + lang;
    }

    /** The terms of one VALUES block: each value rendered as one or more terms, space-separated. */
    static String terms(List<String> batch, java.util.function.Function<String, String> render) {
        StringBuilder out = new StringBuilder();
        for (String value : batch) out.append(' ').append(render.apply(value));
        return out.toString();
    }

    /** {@code values} cut into lists of at most {@code size}, in their order. */
    static List<List<String>> batches(Collection<String> values, int size) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) out.add(all.subList(i, Math.min(all.size(), i + size)));
        return out;
    }
}
