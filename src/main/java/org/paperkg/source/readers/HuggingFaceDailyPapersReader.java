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

/**
 * The JSON the Hugging Face daily-papers API returns: an array of entries, each with a
 * {@code paper} object ({@code id} = arXiv id, {@code title}, {@code summary},
 * {@code authors[].name}); other fields are ignored. Each entry's line in the file is kept, so a
 * broken entry is reported where it stands.
 */
public final class HuggingFaceDailyPapersReader implements PageReader {
    private static final PageFormat FORMAT = new PageFormat("hf-daily-papers-json",
            "Hugging Face daily-papers API JSON: [{paper: {id, title, summary, authors[].name}, …}]");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public PageFormat format() {
        return FORMAT;
    }

    @Override
    public double recognise(PageText page) {
        String head = String.join("\n", page.lines().subList(0, Math.min(page.lines().size(), 60)));
        String start = head.stripLeading();
        return start.startsWith("[") && head.contains("\"paper\"") && (head.contains("\"summary\"") || head.contains("\"title\""))
                ? 0.95 : 0;
    }

    @Override
    public PageRecords read(PageText page, PageInfo info, Problems problems) {
        List<PaperRecord> papers = new ArrayList<>();
        String text = String.join("\n", page.lines());
        try (JsonParser parser = new JsonFactory(JSON).createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problems.error(1, "expected a JSON array of daily-paper entries");
                return new PageRecords(FORMAT.name(), null, null, papers);
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                index++;
                int line = parser.currentLocation().getLineNr();
                JsonNode entry = JSON.readTree(parser);
                PaperRecord r = record(entry, line, index, problems);
                if (r != null) papers.add(r);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                problems.error(parser.currentLocation().getLineNr(), "expected another entry object or the end of the array");
            }
        } catch (JsonProcessingException e) {
            problems.error(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.error(0, "cannot read JSON: " + e.getMessage());
        }
        return new PageRecords(FORMAT.name(), null, null, papers);
    }

    private static PaperRecord record(JsonNode entry, int line, int index, Problems problems) {
        JsonNode paper = entry.has("paper") ? entry.get("paper") : entry;
        String title = ReaderLib.jsonText(paper, "title");
        if (title == null) title = ReaderLib.jsonText(entry, "title");
        String summary = ReaderLib.jsonText(paper, "summary");
        AbstractText abstractText = summary == null ? null : Abstracts.fromPage(summary);
        if (title == null && abstractText == null) {
            problems.error(line, "entry " + index + " has neither a title nor a summary");
            return null;
        }
        List<String> authors = new ArrayList<>();
        for (JsonNode a : paper.path("authors")) {
            String name = a.isTextual() ? a.asText() : ReaderLib.jsonText(a, "name");
            if (name != null && !a.path("hidden").asBoolean(false)) authors.add(name.strip());
        }
        String arxiv = PaperIds.arxiv(ReaderLib.jsonText(paper, "id"));
        String published = ReaderLib.jsonText(paper, "publishedAt");
        if (published == null) published = ReaderLib.jsonText(entry, "publishedAt");
        return new PaperRecord(line, title == null ? null : ReaderLib.plainTitle(title), abstractText, authors,
                null, null, new PaperIds(arxiv, null, null, null), List.of(),
                new Publication(null, ReaderLib.yearOf(published), arxiv == null ? null : "https://arxiv.org/abs/" + arxiv));
    }
}
