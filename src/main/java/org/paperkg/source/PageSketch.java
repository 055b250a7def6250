package org.paperkg.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page looks like, in a few words, for the message of a page no reader takes: "a JSON
 * array of objects with the fields id, title, tags", "a tab-separated table of 4 columns",
 * "an HTML page titled 'My Blog'", "plain text, 12 lines". Never throws.
 */
final class PageSketch {
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]{0,200}>([^<]{0,200})</title>");

    private PageSketch() {
    }

    static String of(PageText page) {
        String first = page.lines().stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (first.startsWith("{") || first.startsWith("[")) return json(page);
        if (first.startsWith("<")) {
            Matcher m = TITLE.matcher(page.text().length() > 20_000 ? page.text().substring(0, 20_000) : page.text());
            if (first.toLowerCase().startsWith("<?xml")) return "an XML document";
            return m.find() ? "an HTML page titled '" + m.group(1).strip() + "'" : "an HTML or XML document";
        }
        List<String> lines = page.lines().stream().filter(l -> !l.isBlank()).limit(20).toList();
        for (char d : new char[] {'\t', ',', ';'}) {
            long cells = first.chars().filter(c -> c == d).count();
            if (cells >= 2 && lines.stream().allMatch(l -> l.chars().filter(c -> c == d).count() >= cells)) {
                return "a " + (d == '\t' ? "tab" : d == ',' ? "comma" : "semicolon") + "-separated table of "
                        + (cells + 1) + " columns whose first row is '" + shorten(first) + "'";
            }
        }
        return "plain text, " + page.lines().size() + " lines, starting '" + shorten(first) + "'";
    }

    private static String json(PageText page) {
        try (JsonParser p = new JsonFactory().createParser(page.text())) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) return "a JSON object with the fields " + fields(p);
            if (t == JsonToken.START_ARRAY) {
                JsonToken e = p.nextToken();
                if (e == JsonToken.START_OBJECT) return "a JSON array of objects with the fields " + fields(p);
                return "a JSON array of " + (e == JsonToken.VALUE_STRING ? "strings" : e == null ? "nothing" : "values");
            }
            return "JSON";
        } catch (IOException | RuntimeException e) {
            return "broken JSON (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    /** The first field names of the object the parser has just entered. */
    private static String fields(JsonParser p) throws IOException {
        Set<String> fields = new LinkedHashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME && fields.size() < 8) {
            fields.add(p.currentName());
            p.nextToken();
            p.skipChildren();
        }
        return String.join(", ", fields);
    }

    private static String shorten(String s) {
        return s.length() <= 50 ? s : s.substring(0, 47) + "...";
    }
}
