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
import org.paperkg.text.AuthorNames;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The JSON of the Hugging Face daily-papers API, in every shape saved copies have: an array of
 * entries, pretty-printed or on one line; an array of Python-{@code repr} strings of entries; an
 * object {@code {"status", "date", "count", "data": [...]}} around either. Each entry has a
 * {@code paper} object ({@code id} = arXiv id, {@code title}, {@code summary},
 * {@code authors[].name}). Every author entry is an author, {@code "hidden": true} ones
 * included: hiding is a display choice on the site, not a change of the author list.
 */
public final class HuggingFaceDailyPapersReader implements StreamingReader {
    private static final PageFormat FORMAT = new PageFormat("hf-daily-papers-json",
            "Hugging Face daily-papers API JSON: [{paper: {id, title, summary, authors[].name}, …}], as records, "
                    + "Python repr strings or inside {\"data\": [...]}");

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    /** Sure when most sampled records are daily-paper entries: a {@code paper} object with an id and a title or summary. */
    @Override
    public double recognise(PageText page) {
        return JsonRecords.sample(page).share(HuggingFaceDailyPapersReader::isEntry) >= 0.8 ? 0.95 : 0;
    }

    /**
     * A daily-papers entry ({@code paper} object with an id and a title or summary), or a paper
     * record of the site's other paper endpoints (search, a single paper), which is the
     * {@code paper} object itself: an arXiv id, a title or summary, and authors as {@code {name}} objects.
     */
    private static boolean isEntry(JsonNode r) {
        JsonNode paper = r.path("paper");
        if (paper.isObject()) return paper.has("id") && (paper.has("title") || paper.has("summary"));
        return PaperIds.arxiv(r.path("id").asText("")) != null && (r.has("title") || r.has("summary"))
                && r.path("authors").isArray() && (r.path("authors").isEmpty() || r.path("authors").get(0).has("name"));
    }

    @Override
    public PageRecords stream(PageText page, PageInfo info, Problems problems, Consumer<PaperRecord> out) {
        JsonRecords.read(page, problems, (line, index, entry) -> {
            PaperRecord r = record(entry, line, index, problems);
            if (r != null) out.accept(r);
        });
        return new PageRecords(FORMAT.name(), null, listingDate(JsonRecords.sample(page).wrapper().path("date").asText(null)), List.of());
    }

    private static PaperRecord record(JsonNode entry, int line, int index, Problems problems) {
        JsonNode paper = entry.path("paper").isObject() ? entry.get("paper") : entry;
        String title = ReaderLib.jsonText(paper, "title");
        if (title == null) title = ReaderLib.jsonText(entry, "title");
        String summary = ReaderLib.jsonText(paper, "summary");
        AbstractText abstractText = summary == null ? null : Abstracts.fromPage(summary);
        if (title == null && abstractText == null) {
            problems.error(line, "entry " + index + " has neither a title nor a summary");
            return null;
        }
        List<String> names = new ArrayList<>();
        int position = 0;
        for (JsonNode a : paper.path("authors")) {
            position++;
            String name = a.isTextual() ? a.asText() : ReaderLib.jsonText(a, "name");
            if (name == null || AuthorNames.clean(name).isEmpty()) {
                problems.warning(line, "entry " + index + ": author " + position + " has no name; left out");
                continue;
            }
            names.add(name);
        }
        String arxiv = PaperIds.arxiv(ReaderLib.jsonText(paper, "id"));
        String published = ReaderLib.jsonText(paper, "publishedAt");
        if (published == null) published = ReaderLib.jsonText(entry, "publishedAt");
        return new PaperRecord(line, title == null ? null : ReaderLib.plainTitle(title), abstractText, names,
                null, null, new PaperIds(arxiv, null, null, null), List.of(),
                new Publication(null, ReaderLib.yearOf(published), arxiv == null ? null : "https://arxiv.org/abs/" + arxiv));
    }

    /** The wrapper's "date" (the day of the listing), when it gives one. */
    private static MonthDay listingDate(String date) {
        if (date == null) return null;
        try {
            return MonthDay.from(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
