package org.paperkg.source.readers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PaperRecord;
import org.paperkg.source.PageLoader;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problem;
import org.paperkg.source.Problems;
import org.paperkg.source.ReaderRegistry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real files in other layouts a user may hold them in: the same records whatever the JSON
 * layout, a header-less table of one or a few rows, the Hugging Face paper records without the
 * daily wrapper. Built from {@code ../shared/real/}, so the content is real.
 */
class RealShapesTest {
    private static final Path REAL = Path.of("..", "shared", "real");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSameDailyPapersOnOneLinePrettyPrintedOrAsBarePaperRecords() throws Exception {
        byte[] pretty = Files.readAllBytes(REAL.resolve("hf_daily_papers/2025-09-30.json"));
        JsonNode entries = JSON.readTree(pretty);
        ArrayNode bare = JSON.createArrayNode();
        entries.forEach(e -> bare.add(e.get("paper")));
        List<PaperRecord> a = read("pretty.json", pretty, "hf-daily-papers-json");
        List<PaperRecord> b = read("one-line.json", JSON.writeValueAsBytes(entries), "hf-daily-papers-json");
        List<PaperRecord> c = read("papers.json", JSON.writeValueAsBytes(bare), "hf-daily-papers-json");
        assertEquals(50, a.size());
        assertEquals(summary(a), summary(b));
        assertEquals(summary(a), summary(c));
    }

    @Test
    void aHeaderlessTableOfOneOrAFewRows() throws Exception {
        List<String> rows = Files.readAllLines(REAL.resolve("openreview_tables/robot-learning_org_CoRL_2024_Conference.csv"));
        String submitted = rows.stream().filter(r -> r.contains("\tSubmitted to CoRL 2024\t")).findFirst().orElseThrow();
        Problems problems = new Problems("few.tsv");
        List<PaperRecord> few = read("few.tsv", String.join("\n", rows.get(0), submitted, rows.get(1)).getBytes(StandardCharsets.UTF_8),
                "openreview-table", problems);
        assertEquals(List.of("Body Transformer: Leveraging Robot Embodiment for Policy Learning",
                "Gameplay Filters: Robust Zero-Shot Safety through Adversarial Imagination"),
                few.stream().map(PaperRecord::title).toList(), "the submission in between is skipped");
        assertEquals(List.of("Carmelo Sferrazza", "Dun-Ming Huang", "Fangchen Liu", "Jongmin Lee", "Pieter Abbeel"), few.get(0).authors());
        assertEquals("Oce2215aJE", few.get(0).ids().openReview());
        assertEquals("CoRL 2024", few.get(0).publication().venue());
        assertEquals(1, problems.all().size(), "the submission is named: " + problems.all());

        List<PaperRecord> one = read("one.tsv", rows.get(0).getBytes(StandardCharsets.UTF_8), "openreview-table");
        assertEquals(few.get(0).title(), one.get(0).title());
        assertEquals(few.get(0).authors(), one.get(0).authors());
    }

    @Test
    void notesKeyedByIdReadAsTheArrayOfThem() throws Exception {
        JsonNode notes = JSON.readTree(REAL.resolve("openreview_api/iclr2020_blind_submissions_notes.json").toFile());
        com.fasterxml.jackson.databind.node.ObjectNode keyed = JSON.createObjectNode();
        notes.forEach(n -> keyed.set(n.get("id").asText(), n));
        List<PaperRecord> array = read("notes.json", JSON.writeValueAsBytes(notes), "openreview-notes-json");
        List<PaperRecord> byId = read("papers.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(keyed), "openreview-notes-json");
        assertEquals(687, byId.size());
        assertEquals(summary(array), summary(byId));
    }

    @Test
    void aJsonListWithCsvLikeFieldsReadsAsTheCsv() throws Exception {
        List<PaperRecord> csv = read("papers.csv", Files.readAllBytes(REAL.resolve("csv_lists/mini-conf_iclr2020_papers.csv")), "csv-list");
        ArrayNode list = JSON.createArrayNode();
        for (PaperRecord r : csv) {
            list.addObject().put("paper_title", r.title()).put("authors", String.join("|", r.authors()))
                    .put("abstract", r.abstractText().asGiven()).putArray("keywords").add("deep learning");
        }
        List<PaperRecord> json = read("papers.json", JSON.writeValueAsBytes(list), "json-list");
        assertEquals(summary(csv), summary(json));

        // Papers with Code's papers-with-abstracts.json: authors as a list, the arXiv id by its own field
        String pwc = "[{\"paper_url\": \"https://paperswithcode.com/paper/reversible-column-networks\", \"arxiv_id\": \"2212.11696\", "
                + "\"title\": \"Reversible Column Networks\", \"abstract\": \"We propose a new neural network design paradigm.\", "
                + "\"authors\": [\"Yuxuan Cai\", \"Yizhuang Zhou\"], \"proceeding\": null, \"date\": \"2022-12-22\"}]";
        PaperRecord r = read("pwc.json", pwc.getBytes(StandardCharsets.UTF_8), "json-list").get(0);
        assertEquals(List.of("Yuxuan Cai", "Yizhuang Zhou"), r.authors());
        assertEquals("2212.11696", r.ids().arxiv());
    }

    private static List<String> summary(List<PaperRecord> records) {
        return records.stream().map(r -> r.title() + " / " + String.join(", ", r.authors()) + " / " + r.ids().arxiv()).toList();
    }

    private static List<PaperRecord> read(String name, byte[] bytes, String format) throws Exception {
        Problems problems = new Problems(name);
        List<PaperRecord> r = read(name, bytes, format, problems);
        assertEquals(List.of(), problems.all().stream().filter(Problem::isError).toList());
        return r;
    }

    private static List<PaperRecord> read(String name, byte[] bytes, String format, Problems problems) throws Exception {
        PageText page = PageLoader.decode(name, bytes);
        PageReader reader = ReaderRegistry.standard().detect(page).orElseThrow(() -> new AssertionError("no reader for " + name));
        assertEquals(format, reader.format().name(), name);
        return reader.read(page, PageInfo.UNKNOWN, problems).papers();
    }
}
