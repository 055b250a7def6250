package org.paperkg.source.readers;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.record.SessionInfo;
import org.paperkg.source.PageText;
import org.paperkg.text.AuthorNames;
import org.paperkg.text.LatexText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Static helpers the page readers share. */
final class ReaderLib {
    static final String AUTHOR_SEPARATOR = " · ";
    private static final Pattern SESSION = Pattern.compile(
            "^(Oral|Poster|Spotlight)(?:\\s+Session)?\\s*(\\d+)?\\s*(?:[:–—-]\\s*(.+))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_YEAR = Pattern.compile("((?:19|2\\d)\\d\\d)-\\d\\d");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+[A-Z(]");
    /** A venue or decision that says the paper is not one of the venue's: under submission, rejected, withdrawn. */
    private static final Pattern NOT_ACCEPTED = Pattern.compile(
            "\\b(submitted to|withdrawn?|reject(ed)?|desk[ _-]?reject(ed)?)(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(19|2\\d)\\d\\d");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    /** An OpenReview forum or pdf link; the id is group 1. */
    static final Pattern OPENREVIEW_LINK = Pattern.compile("openreview\\.net/(?:forum|pdf)\\?id=([A-Za-z0-9_-]{5,30})");
    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*(<!doctype\\s+html|<html)");

    private ReaderLib() {
    }

    /**
     * Whether a venue, decision or venue id says the paper was not accepted ("Submitted to ICLR
     * 2025", "Reject", "ICLR.cc/2024/Conference/Withdrawn_Submission"), the same rule for every reader.
     */
    static boolean notAccepted(String venue) {
        return venue != null && NOT_ACCEPTED.matcher(venue).find();
    }

    /** Whether the page starts as an HTML document does (after any comments). */
    static boolean isHtml(PageText page) {
        return HTML.matcher(String.join("\n", page.lines().subList(0, Math.min(page.lines().size(), 20)))).find();
    }

    /** The page's non-blank lines, stripped, with their numbers. */
    static List<Line> nonBlank(PageText page) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            String text = page.lines().get(i).strip();
            if (!text.isEmpty()) out.add(new Line(i + 1, text));
        }
        return out;
    }

    static List<String> splitAuthors(String line) {
        // split at the dot, then strip: "\\s*·\\s*" would rescan a long run of spaces from each of its places
        return Arrays.stream(line.split("·")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * An author line: names joined by " · ", or a single short name. A paragraph is never one.
     */
    static boolean looksLikeAuthors(String line) {
        if (line.contains("·")) {
            return splitAuthors(line).stream().allMatch(n -> n.length() <= 80 && n.split("\\s+").length <= 8);
        }
        return line.length() <= 60 && line.split("\\s+").length <= 6 && !SENTENCE_BREAK.matcher(line).find()
                && !line.endsWith(".");
    }

    /** A paragraph of running text rather than a title or a name. */
    static boolean looksLikeParagraph(String line) {
        return line.length() >= 300 || (line.length() >= 120 && SENTENCE_BREAK.matcher(line).find());
    }

    /** A session a record names for itself: its kind, number and track when the name says them, else of kind OTHER; null for none. */
    static SessionInfo session(String name) {
        if (name == null) return null;
        SessionInfo parsed = parseSession(name);
        return parsed != null ? parsed : new SessionInfo(name, SessionInfo.SessionKind.OTHER, null, null);
    }

    /** A cell that is a year ("2019"), or null. */
    static Integer year(String cell) {
        return cell != null && YEAR.matcher(cell).matches() ? Integer.valueOf(cell) : null;
    }

    /** The first year a text names ("CoRL 2025 Oral" → 2025), or null. */
    static Integer yearIn(String text) {
        if (text == null) return null;
        Matcher m = YEAR_IN_TEXT.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * A person's name from a JSON author entry: the string itself, or the first of the object's
     * {@code name}, {@code fullname}, {@code full_name}, {@code display_name}; null when it has none.
     */
    static String personName(JsonNode author) {
        if (author.isTextual()) return author.asText().isBlank() ? null : author.asText();
        if (!author.isObject()) return null;
        for (String key : List.of("name", "fullname", "full_name", "display_name")) {
            String v = jsonText(author, key);
            if (v != null) return v;
        }
        return null;
    }

    /** Keywords as one cell joins them: split at ';', ',' or '|'. */
    static List<String> keywords(String cell) {
        if (cell == null) return List.of();
        return Arrays.stream(cell.split("[;,|]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    /** Keywords from a JSON value: an array of strings, or one string joining them. */
    static List<String> keywords(JsonNode v) {
        if (v == null || v.isNull()) return List.of();
        if (v.isTextual()) return keywords(v.asText());
        List<String> out = new ArrayList<>();
        for (JsonNode k : v) if (k.isTextual() && !k.asText().isBlank()) out.add(k.asText().strip());
        return out;
    }

    /** "Oral 2: Understanding Deep Learning" → oral, 2, track; null when it is no session name. */
    static SessionInfo parseSession(String name) {
        Matcher m = SESSION.matcher(name.strip());
        if (!m.matches()) return null;
        SessionInfo.SessionKind kind = SessionInfo.SessionKind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        Integer number = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return new SessionInfo(name.strip(), kind, number, m.group(3));
    }

    /** A title from an API: LaTeX resolved only where there is some, white space folded. */
    static String plainTitle(String title) {
        String t = title.replaceAll("\\s+", " ").strip();
        return t.contains("\\") || t.contains("$") ? LatexText.toPlain(t) : t;
    }

    /** A JSON field's text, or null when it is missing, not a string, or blank. */
    static String jsonText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
    }

    /** The year of an ISO date or date-time ("2022-12-22T18:59:59Z" → 2022), or null. */
    static Integer yearOf(String isoDate) {
        if (isoDate == null) return null;
        Matcher m = ISO_YEAR.matcher(isoDate.strip());
        return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * Cleaned author names with the identifier the source gives each. A source entry that
     * cleaning splits in two ("A and B") leaves both without an identifier, since the one given
     * cannot be told to belong to either.
     */
    record NamedAuthors(List<String> names, List<String> ids) {
        static NamedAuthors of(List<String> rawNames, List<String> rawIds) {
            List<String> names = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            boolean aligned = rawIds.size() == rawNames.size();
            for (int i = 0; i < rawNames.size(); i++) {
                List<String> parts = AuthorNames.cleanAll(List.of(rawNames.get(i)));
                for (String p : parts) {
                    names.add(p);
                    ids.add(aligned && parts.size() == 1 ? rawIds.get(i).strip() : "");
                }
            }
            boolean anyId = ids.stream().anyMatch(id -> !id.isEmpty());
            return new NamedAuthors(List.copyOf(names), anyId ? List.copyOf(ids) : List.of());
        }
    }

    /** {@code link} resolved against {@code base}, or {@code link} as it is when either is not a URI. */
    static String resolve(String base, String link) {
        try {
            return java.net.URI.create(base).resolve(link).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
