package org.paperkg.source.readers;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.record.AbstractText;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperIds;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.Publication;
import org.paperkg.source.PageFormat;
import org.paperkg.source.StreamingReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;

/**
 * OpenReview API notes, both shapes: API v1 ({@code content.title} a string) and API v2
 * ({@code content.title.value}), as {@code {"notes": [...]}} or a bare array, on one line or
 * pretty-printed. Takes the forum id, title, authors with their {@code authorids} (profile ids
 * such as {@code ~Jane_Doe1}, or e-mail addresses in v1), abstract, keywords and venue
 * ("ICLR 2024 oral" gives the track). Withdrawn,
 * rejected and desk-rejected submissions are not papers of the venue: they are skipped with a
 * warning that names them.
 */
public final class OpenReviewNotesReader implements StreamingReader {
    private static final PageFormat FORMAT = new PageFormat("openreview-notes-json",
            "OpenReview API notes JSON (v1 content.title or v2 content.title.value)");

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    /** Sure when most sampled records are notes: a {@code content} object and a forum, invitation or id. */
    @Override
    public double recognise(PageText page) {
        return JsonRecords.sample(page).share(r -> r.path("content").isObject()
                && (r.has("forum") || r.has("invitation") || r.has("invitations"))) >= 0.8 ? 0.95 : 0;
    }

    @Override
    public PageRecords stream(PageText page, PageInfo info, Problems problems, Consumer<PaperRecord> out) {
        JsonRecords.read(page, problems, (line, index, note) -> {
            PaperRecord r = record(note, line, problems);
            if (r != null) out.accept(r);
        });
        return new PageRecords(FORMAT.name(), null, null, List.of());
    }

    private static PaperRecord record(JsonNode note, int line, Problems problems) {
        JsonNode content = note.path("content");
        String forum = ReaderLib.jsonText(note, "forum");
        if (forum == null) forum = ReaderLib.jsonText(note, "id");
        String venue = value(content, "venue");
        String venueId = value(content, "venueid");
        if (ReaderLib.notAccepted(venue) || ReaderLib.notAccepted(venueId)) {
            String status = ((venue == null ? "" : venue) + " " + (venueId == null ? "" : venueId)).toLowerCase(Locale.ROOT);
            String what = status.contains("withdrawn") ? "withdrawn" : status.contains("reject") ? "rejected" : "not accepted";
            problems.warning(line, "note " + forum + " is " + what + " (" + (venue != null ? venue : venueId)
                    + "): not a paper of the venue, skipped");
            return null;
        }
        String title = value(content, "title");
        String abstractValue = value(content, "abstract");
        AbstractText abstractText = abstractValue == null ? null : Abstracts.fromPage(abstractValue);
        if (title == null && abstractText == null) {
            problems.error(line, "note " + forum + " has neither a title nor an abstract");
            return null;
        }
        ReaderLib.NamedAuthors authors = ReaderLib.NamedAuthors.of(values(content, "authors"), values(content, "authorids"));
        return new PaperRecord(line, title == null ? null : ReaderLib.plainTitle(title), abstractText, authors.names(),
                null, null, new PaperIds(null, null, forum, null), values(content, "keywords"),
                new Publication(venue, null, "https://openreview.net/forum?id=" + forum), null, authors.ids());
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
