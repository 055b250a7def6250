package org.paperkg.source.readers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which column of a CSV/TSV list holds which field. Common header names are known
 * ("Paper Title", "authors", "Decision" …); a user whose headers differ names them:
 * {@code --column title="Paper Name"}. Header names compare without case, spaces or punctuation.
 */
public final class CsvColumns {
    /** The fields a list can give, each with the header names that mean it. */
    static final Map<String, Set<String>> KNOWN = knownFields();
    private final Map<String, String> given;

    private CsvColumns(Map<String, String> given) {
        this.given = given;
    }

    public static final CsvColumns DEFAULT = new CsvColumns(Map.of());

    /**
     * @param given field → header name, e.g. {@code title → "Paper Name"}
     * @throws IllegalArgumentException naming the unknown field and the known ones
     */
    public static CsvColumns of(Map<String, String> given) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String field = e.getKey().strip().toLowerCase(Locale.ROOT);
            if (!KNOWN.containsKey(field)) {
                throw new IllegalArgumentException("unknown column field '" + e.getKey() + "'; the fields are "
                        + String.join(", ", KNOWN.keySet()));
            }
            checked.put(field, e.getValue().strip());
        }
        return new CsvColumns(Map.copyOf(checked));
    }

    /** These names, each field that {@code other} names taken from it instead (a file's manifest row over the run's options). */
    public CsvColumns overriddenBy(CsvColumns other) {
        Map<String, String> merged = new LinkedHashMap<>(given);
        merged.putAll(other.given);
        return new CsvColumns(Map.copyOf(merged));
    }

    public static List<String> fields() {
        return List.copyOf(KNOWN.keySet());
    }

    /** The header the user named for {@code field}, or null. */
    String given(String field) {
        return given.get(field);
    }

    boolean isGiven(String header) {
        return given.values().stream().anyMatch(h -> normal(h).equals(normal(header)));
    }

    /** The field a header means by its name, or null. */
    static String fieldOf(String header) {
        String n = normal(header);
        for (Map.Entry<String, Set<String>> e : KNOWN.entrySet()) {
            if (e.getValue().contains(n)) return e.getKey();
        }
        return null;
    }

    static String normal(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, Set<String>> knownFields() {
        Map<String, Set<String>> m = new TreeMap<>();
        m.put("title", Set.of("title", "papertitle", "paper", "papername", "name"));
        m.put("authors", Set.of("authors", "author", "authornames", "authorlist", "speakers", "creators",
                "speakersauthors"));
        m.put("abstract", Set.of("abstract", "summary", "description", "paperabstract"));
        m.put("venue", Set.of("venue", "decision", "track", "presentationtype", "type", "status", "acceptedas", "conference"));
        m.put("session", Set.of("session", "sessionname", "sessiontitle"));
        m.put("url", Set.of("url", "link", "paperurl", "pdf", "pdfurl", "forumurl", "pageurl"));
        m.put("id", Set.of("id", "paperid", "arxiv", "arxivid", "doi", "openreview", "openreviewid", "forum", "forumid",
                "dblp", "dblpkey"));
        m.put("year", Set.of("year", "publicationyear"));
        m.put("keywords", Set.of("keywords", "topics", "topic", "subjectareas", "primaryarea", "area", "categories"));
        m.put("award", Set.of("award", "awards"));
        return Collections.unmodifiableMap(m);
    }
}
