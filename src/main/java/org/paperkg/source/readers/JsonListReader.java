package org.paperkg.source.readers;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.record.AbstractText;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.Publication;
import org.paperkg.source.PageFormat;
import org.paperkg.source.StreamingReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.text.Abstracts;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;

/**
 * Any JSON list of papers whose fields are named as a CSV list's columns are ("title",
 * "authors", "abstract", "arxiv_id", "paper_url", "venue", "year", "keywords" …, see
 * {@link CsvColumns}): Papers with Code's {@code papers-with-abstracts.json}, conference sites'
 * {@code papers.json}, scraped lists. The JSON counterpart of {@link CsvListReader}, taken only
 * when no reader of a known JSON format is surer. Authors may be strings, {@code {name}} or
 * {@code {fullname}} objects, or one joined string.
 */
public final class JsonListReader implements StreamingReader {
    private static final PageFormat FORMAT = new PageFormat("json-list",
            "JSON list of papers with fields named like a CSV list's columns: [{title, authors, abstract, arxiv_id, url, …}]");

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    /** Fairly sure when most sampled records have a title and authors or an abstract, by field name. */
    @Override
    public double recognise(PageText page) {
        return JsonRecords.sample(page).share(r -> {
            Map<String, JsonNode> f = fields(r);
            return f.containsKey("title") && (f.containsKey("authors") || f.containsKey("abstract"));
        }) >= 0.8 ? 0.8 : 0;
    }

    @Override
    public PageRecords stream(PageText page, PageInfo info, Problems problems, Consumer<PaperRecord> out) {
        List<String> skipped = new ArrayList<>();
        JsonRecords.read(page, problems, (line, index, record) -> {
            Map<String, JsonNode> f = fields(record);
            String title = text(f.get("title"));
            String venue = text(f.get("venue"));
            if (ReaderLib.notAccepted(venue)) {
                skipped.add("line " + line + " '" + ReaderLib.shorten(title == null ? "?" : title) + "' (" + venue + ")");
                return;
            }
            String abstractValue = text(f.get("abstract"));
            AbstractText abstractText = abstractValue == null ? null : Abstracts.fromPage(abstractValue);
            if (title == null && abstractText == null) {
                problems.error(line, "record " + index + " has neither a title nor an abstract");
                return;
            }
            Map<String, String> idValues = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : fieldsNamed(record, "id").entrySet()) {
                String v = text(e.getValue());
                if (v != null) idValues.put(v, CsvColumns.normal(e.getKey()));
            }
            String url = text(f.get("url"));
            if (url != null) idValues.putIfAbsent(url, "url");
            Integer y = ReaderLib.year(text(f.get("year")));
            out.accept(new PaperRecord(line, title == null ? null : ReaderLib.plainTitle(title), abstractText, authors(f.get("authors")),
                    text(f.get("award")), null, CsvListReader.idsOf(idValues), ReaderLib.keywords(f.get("keywords")),
                    new Publication(venue, y, url)));
        });
        if (!skipped.isEmpty()) {
            problems.warning(0, skipped.size() + " record(s) not accepted at the venue, skipped: " + String.join("; ", skipped));
        }
        return new PageRecords(FORMAT.name(), null, null, List.of());
    }

    /** The record's fields by the field each name means (the first of each), as CSV headers are read. */
    private static Map<String, JsonNode> fields(JsonNode record) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = CsvColumns.fieldOf(e.getKey());
            if (field != null && !e.getValue().isNull()) out.putIfAbsent(field, e.getValue());
        }
        return out;
    }

    /** Every field of the record whose name means {@code field} (a record may give several ids). */
    private static Map<String, JsonNode> fieldsNamed(JsonNode record, String field) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        record.fields().forEachRemaining(e -> {
            if (field.equals(CsvColumns.fieldOf(e.getKey()))) out.put(e.getKey(), e.getValue());
        });
        return out;
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> authors(JsonNode v) {
        if (v == null || v.isNull()) return List.of();
        if (v.isTextual()) return CsvListReader.authors(v.asText());
        List<String> out = new ArrayList<>();
        for (JsonNode a : v) {
            String name = ReaderLib.personName(a);
            if (name != null) out.add(name);
        }
        return out;
    }
}
