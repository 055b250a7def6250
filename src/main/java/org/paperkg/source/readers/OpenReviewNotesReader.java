package org.paperkg.source.readers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.record.AbstractText;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperIds;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.Publication;
import org.paperkg.source.PageFormat;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * OpenReview API notes, both shapes: API v1 ({@code content.title} a string) and API v2
 * ({@code content.title.value}), as {@code {"notes": [...]}} or a bare array. Takes the forum id,
 * title, authors, abstract, keywords and venue ("ICLR 2024 oral" gives the track). Withdrawn,
 * rejected and desk-rejected submissions are not papers of the venue: they are skipped with a
 * warning that names them.
 */
public final class OpenReviewNotesReader implements PageReader {
    private static final PageFormat FORMAT = new PageFormat("openreview-notes-json",
            "OpenReview API notes JSON (v1 content.title or v2 content.title.value)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    @Override
    public double recognise(PageText page) {
        String head = String.join("\n", page.lines().subList(0, Math.min(page.lines().size(), 80))).stripLeading();
        return (head.startsWith("{") || head.startsWith("[")) && head.contains("\"forum\"") && head.contains("\"content\"") ? 0.95 : 0;
    }

    @Override
    public PageRecords read(PageText page, PageInfo info, Problems problems) {
        List<PaperRecord> papers = new ArrayList<>();
        try (JsonParser parser = new JsonFactory(JSON).createParser(String.join("\n", page.lines()))) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                // {"notes": [...], "count": n}: move to the notes array
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("notes") && value == JsonToken.START_ARRAY) break;
                    parser.skipChildren();
                }
                if (parser.currentToken() != JsonToken.START_ARRAY) {
                    problems.error(1, "expected a \"notes\" array");
                    return new PageRecords(FORMAT.name(), null, null, papers);
                }
            } else if (first != JsonToken.START_ARRAY) {
                problems.error(1, "expected OpenReview notes: an object with \"notes\" or an array");
                return new PageRecords(FORMAT.name(), null, null, papers);
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentLocation().getLineNr();
                PaperRecord r = record(JSON.readTree(parser), line, problems);
                if (r != null) papers.add(r);
            }
        } catch (JsonProcessingException e) {
            problems.error(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.error(0, "cannot read JSON: " + e.getMessage());
        }
        return new PageRecords(FORMAT.name(), null, null, papers);
    }

    private static PaperRecord record(JsonNode note, int line, Problems problems) {
        JsonNode content = note.path("content");
        String forum = ReaderLib.jsonText(note, "forum");
        if (forum == null) forum = ReaderLib.jsonText(note, "id");
        String venue = value(content, "venue");
        String venueId = value(content, "venueid");
        String status = ((venue == null ? "" : venue) + " " + (venueId == null ? "" : venueId)).toLowerCase(Locale.ROOT);
        if (status.contains("withdrawn") || status.contains("rejected") || status.contains("desk_rejected")) {
            problems.warning(line, "note " + forum + " is " + (status.contains("withdrawn") ? "withdrawn" : "rejected")
                    + " (" + (venue != null ? venue : venueId) + "): not a paper of the venue, skipped");
            return null;
        }
        String title = value(content, "title");
        String abstractValue = value(content, "abstract");
        AbstractText abstractText = abstractValue == null ? null : Abstracts.fromPage(abstractValue);
        if (title == null && abstractText == null) {
            problems.error(line, "note " + forum + " has neither a title nor an abstract");
            return null;
        }
        return new PaperRecord(line, title == null ? null : ReaderLib.plainTitle(title), abstractText, values(content, "authors"),
                null, null, new PaperIds(null, null, forum, null), values(content, "keywords"),
                new Publication(venue, null, "https://openreview.net/forum?id=" + forum));
    }

    /** A field of v1 ("title": "…") or v2 ("title": {"value": "…"}) content. */
    private static String value(JsonNode content, String field) {
        JsonNode v = content.path(field);
        if (v.isObject()) v = v.path("value");
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static List<String> values(JsonNode content, String field) {
        JsonNode v = content.path(field);
        if (v.isObject()) v = v.path("value");
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) if (item.isTextual() && !item.asText().isBlank()) out.add(item.asText().strip());
        return out;
    }
}
