package org.paperkg.source.readers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The records of a JSON listing, whatever its layout: a top-level array, or the array held by a
 * wrapper object ({@code {"status", "date", "count", "data": [...]}}, {@code {"notes": [...]}},
 * {@code {"results": [...]}}). An element that is a string holding a Python {@code repr} or a
 * JSON text of a record is read as that record. The file is read with a streaming parser, so
 * its layout (one line or pretty-printed) and the size of any one record do not matter.
 */
final class JsonRecords {
    /** Wrapper fields that hold the records; other arrays of a wrapper (tags, facets) are passed over. */
    private static final List<String> CONTAINERS = List.of("data", "notes", "results", "papers", "events", "items", "records");
    private static final int SAMPLE = 25;
    private static final Object SAMPLE_KEY = new Object();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build();
    static final ObjectMapper JSON = new ObjectMapper(FACTORY);

    private JsonRecords() {
    }

    /** What a reader gets for each record: its line, its position in the listing and the record. */
    interface Visitor {
        void record(int line, int index, JsonNode record);
    }

    /**
     * The first records of a page and the wrapper's plain fields, for recognising a JSON page by
     * its structure; empty when the page is not JSON listing records.
     *
     * @param wrapper the scalar fields of the wrapper object seen before the records (empty for an array)
     */
    record Sample(List<JsonNode> records, ObjectNode wrapper) {
        static final Sample NONE = new Sample(List.of(), JSON.createObjectNode());

        /** The share of sampled records that {@code test} accepts (0 when there are none). */
        double share(java.util.function.Predicate<JsonNode> test) {
            if (records.isEmpty()) return 0;
            return (double) records.stream().filter(test).count() / records.size();
        }
    }

    /** The page's sample, computed once per page whichever reader asks. */
    static Sample sample(PageText page) {
        return page.derived(SAMPLE_KEY, JsonRecords::takeSample);
    }

    private static Sample takeSample(PageText page) {
        if (!startsLikeJson(page)) return Sample.NONE;
        List<JsonNode> records = new ArrayList<>();
        ObjectNode wrapper = JSON.createObjectNode();
        try (JsonParser parser = FACTORY.createParser(page.text())) {
            if (!toRecords(parser, wrapper, null)) return Sample.NONE;
            while (records.size() < SAMPLE) {
                JsonToken t = parser.nextToken();
                if (t == null || t == JsonToken.END_ARRAY) break;
                try {
                    JsonNode r = element(parser, t);
                    if (r != null && r.isObject()) records.add(r);
                } catch (PythonLiteral.SyntaxException e) {
                    // one broken string record does not hide what the others are
                }
            }
        } catch (IOException | RuntimeException e) {
            // a page that breaks inside its first records is still what those records say it is
        }
        return new Sample(List.copyOf(records), wrapper);
    }

    /** Reads every record of the page in order, reporting each that is not a record. */
    static void read(PageText page, Problems problems, Visitor visitor) {
        try (JsonParser parser = FACTORY.createParser(page.text())) {
            if (!toRecords(parser, JSON.createObjectNode(), problems)) return;
            int index = 0;
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    problems.error(parser.currentLocation().getLineNr(), "the JSON ends inside the list of records (is the file cut short?)");
                    return;
                }
                if (t == JsonToken.END_ARRAY) return;
                index++;
                int line = parser.currentLocation().getLineNr();
                JsonNode r;
                try {
                    r = element(parser, t);
                } catch (PythonLiteral.SyntaxException e) {
                    problems.error(line, "record " + index + " is a string but not a record: " + e.getMessage());
                    continue;
                }
                if (r == null || !r.isObject()) {
                    problems.error(line, "record " + index + " is " + describe(t) + ", not an object");
                    continue;
                }
                visitor.record(line, index, r);
            }
        } catch (JsonProcessingException e) {
            problems.error(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.error(0, "cannot read JSON: " + e.getMessage());
        }
    }

    /**
     * Moves the parser to just inside the records array. Scalar fields of a wrapper seen on the
     * way are put in {@code wrapper}.
     */
    private static boolean toRecords(JsonParser parser, ObjectNode wrapper, Problems problems) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) return true;
        if (first != JsonToken.START_OBJECT) {
            if (problems != null) problems.error(1, "expected a JSON array of records or an object holding one");
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && CONTAINERS.contains(field)) return true;
            if (value.isScalarValue()) wrapper.set(field, JSON.readTree(parser));
            else parser.skipChildren();
        }
        if (problems != null) {
            problems.error(1, "a JSON object without an array of records (looked for a field among " + String.join(", ", CONTAINERS) + ")");
        }
        return false;
    }

    private static JsonNode element(JsonParser parser, JsonToken t) throws IOException, PythonLiteral.SyntaxException {
        if (t == JsonToken.START_OBJECT) return JSON.readTree(parser);
        if (t == JsonToken.VALUE_STRING) {
            String s = parser.getText();
            if (!PythonLiteral.looksLikeContainer(s)) return null;
            String st = s.strip();
            if (st.startsWith("{\"")) {
                try {
                    return JSON.readTree(st);
                } catch (JsonProcessingException e) {
                    // not JSON text: perhaps a Python dict whose first key has double quotes
                }
            }
            return PythonLiteral.parse(st);
        }
        parser.skipChildren();
        return null;
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a plain string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    private static boolean startsLikeJson(PageText page) {
        for (String line : page.lines()) {
            String s = line.strip();
            if (s.isEmpty()) continue;
            return s.startsWith("[") || s.startsWith("{");
        }
        return false;
    }

    /** Whether {@code node} has every one of {@code fields}. */
    static boolean hasAll(JsonNode node, Set<String> fields) {
        for (String f : fields) if (!node.has(f)) return false;
        return true;
    }
}
