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
    private static final ObjectMapper JSON = new ObjectMapper(FACTORY);

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
        // a streamed page is sampled from its first lines, the page its format was told from
        if (page.streamed()) return sample(page.head());
        return page.derived(SAMPLE_KEY, JsonRecords::takeSample);
    }

    private static Sample takeSample(PageText page) {
        if (!startsLikeJson(page)) return Sample.NONE;
        List<JsonNode> records = new ArrayList<>();
        ObjectNode wrapper = JSON.createObjectNode();
        try (JsonParser parser = FACTORY.createParser(page.text())) {
            Cursor cursor = Cursor.open(parser, wrapper, null);
            if (cursor == null) return Sample.NONE;
            while (records.size() < SAMPLE) {
                Item item;
                try {
                    item = cursor.next();
                } catch (PythonLiteral.SyntaxException e) {
                    continue; // one broken string record does not hide what the others are
                }
                if (item == null) break;
                if (item.node() != null && item.node().isObject()) records.add(item.node());
            }
        } catch (IOException | RuntimeException e) {
            // a page that breaks inside its first records is still what those records say it is
        }
        return new Sample(List.copyOf(records), wrapper);
    }

    /** Reads every record of the page in order, reporting each that is not a record. */
    static void read(PageText page, Problems problems, Visitor visitor) {
        try (JsonParser parser = FACTORY.createParser(page.openReader())) {
            Cursor cursor = Cursor.open(parser, JSON.createObjectNode(), problems);
            if (cursor == null) return;
            int index = 0;
            while (true) {
                Item item;
                int line = parser.currentLocation().getLineNr();
                try {
                    item = cursor.next();
                } catch (PythonLiteral.SyntaxException e) {
                    problems.error(line, "record " + (++index) + " is a string but not a record: " + e.getMessage());
                    continue;
                }
                if (item == null) return;
                index++;
                if (item.node() == null || !item.node().isObject()) {
                    problems.error(item.line(), "record " + index + " is " + describe(item.token()) + ", not an object");
                    continue;
                }
                visitor.record(item.line(), index, item.node());
            }
        } catch (JsonProcessingException e) {
            problems.error(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "malformed JSON: " + e.getOriginalMessage());
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.error(0, "not valid UTF-8 (" + e.getMessage() + "); save the page as UTF-8");
        } catch (IOException e) {
            problems.error(0, "cannot read JSON: " + e.getMessage());
        }
    }

    /** One element of the records: where it starts, the record (null when it is none) and its first token. */
    private record Item(int line, JsonNode node, JsonToken token) {
    }

    /**
     * Walks the records, wherever they are: the elements of a top-level array or of a wrapper's
     * records array, or the values of an object keyed by id ({@code {"BJgza6VtPB": {…}, …}}, as
     * Mini-Conf's {@code papers.json} keeps OpenReview notes). An object is taken as keyed
     * records when its first two values are objects; a first object value followed by a records
     * array is the wrapper's metadata.
     */
    private static final class Cursor {
        private final JsonParser parser;
        private final boolean keyed;
        private final java.util.ArrayDeque<Item> pending = new java.util.ArrayDeque<>();
        private boolean done;

        private Cursor(JsonParser parser, boolean keyed) {
            this.parser = parser;
            this.keyed = keyed;
        }

        static Cursor open(JsonParser parser, ObjectNode wrapper, Problems problems) throws IOException {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) return new Cursor(parser, false);
            if (first != JsonToken.START_OBJECT) {
                if (problems != null) problems.error(1, "expected a JSON array of records or an object holding them");
                return null;
            }
            Item firstObject = null;
            boolean scalarsSeen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && CONTAINERS.contains(field)) return new Cursor(parser, false);
                if (value == JsonToken.START_OBJECT && !scalarsSeen) {
                    Item item = new Item(parser.currentLocation().getLineNr(), JSON.readTree(parser), value);
                    if (firstObject == null) {
                        firstObject = item;
                        continue;
                    }
                    Cursor keyed = new Cursor(parser, true);
                    keyed.pending.add(firstObject);
                    keyed.pending.add(item);
                    return keyed;
                }
                if (value.isScalarValue()) {
                    scalarsSeen = true;
                    wrapper.set(field, JSON.readTree(parser));
                } else {
                    parser.skipChildren();
                }
            }
            if (firstObject != null) {
                // an object keyed by id that holds a single record
                Cursor keyed = new Cursor(parser, true);
                keyed.pending.add(firstObject);
                keyed.done = true;
                return keyed;
            }
            if (problems != null) {
                problems.error(1, "a JSON object with no records: no array among " + String.join(", ", CONTAINERS)
                        + " and no objects keyed by id");
            }
            return null;
        }

        /** The next element, or null after the last. */
        Item next() throws IOException, PythonLiteral.SyntaxException {
            if (!pending.isEmpty()) return pending.poll();
            if (done) return null;
            JsonToken t = parser.nextToken();
            if (keyed) {
                if (t == JsonToken.END_OBJECT) return finish();
                if (t != JsonToken.FIELD_NAME) return cutShort(t);
                t = parser.nextToken();
            } else if (t == JsonToken.END_ARRAY) {
                return finish();
            }
            if (t == null) return cutShort(null);
            return new Item(parser.currentLocation().getLineNr(), element(parser, t), t);
        }

        private Item finish() {
            done = true;
            return null;
        }

        private Item cutShort(JsonToken t) throws JsonProcessingException {
            done = true;
            throw new com.fasterxml.jackson.core.JsonParseException(parser, t == null
                    ? "the JSON ends inside the list of records (is the file cut short?)"
                    : "expected another record, found " + t);
        }
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
}
