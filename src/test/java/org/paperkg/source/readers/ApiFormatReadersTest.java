package org.paperkg.source.readers;

import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.GraphView;
import org.paperkg.IngestReport;
import org.paperkg.Paperkg;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;
import org.paperkg.source.PageLoader;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.source.ReaderRegistry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Hugging Face daily-papers JSON and arXiv Atom readers, on fixtures written from each API's documentation. */
class ApiFormatReadersTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "formats");

    private static PageRecords read(String file, String format, Problems problems) throws Exception {
        PageText page = PageLoader.load(FIXTURES.resolve(file));
        PageReader reader = ReaderRegistry.standard().detect(page).orElseThrow();
        assertEquals(format, reader.format().name());
        return reader.read(page, PageInfo.UNKNOWN, problems);
    }

    @Test
    void huggingFaceDailyPapersJson() throws Exception {
        Problems problems = new Problems("hf");
        List<PaperRecord> r = read("hf-daily-papers.json", "hf-daily-papers-json", problems).papers();
        assertFalse(problems.hasErrors(), problems.all().toString());
        assertEquals(3, r.size());
        assertEquals("Reversible Column Networks", r.get(0).title());
        assertEquals(List.of("Yuxuan Cai", "Yizhuang Zhou", "Qi Han"), r.get(0).authors());
        assertEquals("2212.11696", r.get(0).ids().arxiv());
        assertEquals(2, r.get(0).line());
        PaperRecord tiny = r.get(1);
        assertEquals("Tiny Diffusers: Distilled Diffusion Models on a Budget", tiny.title());
        assertEquals(List.of("Zoë Müller-Łukasiewicz", "Søren Ågård", "Hana Kobayashi"), tiny.authors(),
                "an author marked hidden (a display choice on the site) is still an author");
        assertEquals("2401.01234", tiny.ids().arxiv(), "the version is folded");
        assertTrue(tiny.abstractText().clean().contains("with 4× fewer steps") && tiny.abstractText().clean().contains("within 5% of"),
                tiny.abstractText().clean());
        assertNull(r.get(2).abstractText());
    }

    @Test
    void arxivAtomFeed() throws Exception {
        Problems problems = new Problems("arxiv");
        List<PaperRecord> r = read("arxiv-feed.xml", "arxiv-atom", problems).papers();
        assertFalse(problems.hasErrors(), problems.all().toString());
        assertEquals(2, r.size());
        assertEquals("Reversible Column Networks", r.get(0).title());
        assertEquals("2212.11696", r.get(0).ids().arxiv());
        assertEquals(List.of("cs.CV", "cs.LG"), r.get(0).keywords());
        assertEquals(List.of("Yuxuan Cai", "Yizhuang Zhou"), r.get(0).authors());
        assertEquals("10.1109/cvpr.2018.00644", r.get(1).ids().doi());
        assertTrue(r.get(1).abstractText().clean().endsWith("with ≈ no extra cost."), r.get(1).abstractText().clean());
    }

    @Test
    void openReviewNotesInBothApiShapesSkippingWithdrawnAndRejected() throws Exception {
        Problems v2problems = new Problems("v2");
        List<PaperRecord> v2 = read("openreview-v2-notes.json", "openreview-notes-json", v2problems).papers();
        assertFalse(v2problems.hasErrors(), v2problems.all().toString());
        assertEquals(2, v2.size());
        assertEquals(2, v2problems.all().size());
        assertTrue(v2problems.all().get(0).toString().contains("note Wd7pQz0A1B is withdrawn"), v2problems.all().toString());
        assertTrue(v2problems.all().get(1).toString().contains("note Sb8mNt2Qx4 is rejected (Submitted to ICLR 2024): not a paper"),
                v2problems.all().toString());
        PaperRecord ctm = v2.get(0);
        assertEquals("~Dongjun_Kim1", ctm.authorId(1));
        assertEquals("yutong.he@example.edu", ctm.authorId(7), "authorids stay aligned with the authors");
        assertEquals("Consistency Trajectory Models: Learning Probability Flow ODE Trajectory of Diffusion", ctm.title());
        assertEquals("Hk3a9Rq1xZ", ctm.ids().openReview());
        assertEquals(9, ctm.authors().size());
        assertEquals(List.of("diffusion models", "consistency models", "generative models"), ctm.keywords());
        assertEquals("ICLR 2024 poster", ctm.publication().venue());
        assertTrue(ctm.abstractText().clean().endsWith("at 64×64 resolution."), ctm.abstractText().clean());
        assertEquals(List.of("José Ñúñez", "Łukasz Żółć"), v2.get(1).authors());
        assertEquals("ICLR 2024 oral", v2.get(1).publication().venue());
        Problems v1problems = new Problems("v1");
        List<PaperRecord> v1 = read("openreview-v1-notes.json", "openreview-notes-json", v1problems).papers();
        assertEquals(1, v1.size());
        assertEquals("Learning to Remember Rare Events", v1.get(0).title());
        assertEquals(List.of("Lukasz Kaiser", "Ofir Nachum", "Aurko Roy", "Samy Bengio"), v1.get(0).authors());
        assertEquals("Bk0FWVcgx", v1.get(0).ids().openReview());
        assertTrue(v1problems.all().get(0).toString().contains("note Sy8gdB9xx is rejected"), v1problems.all().toString());
    }

    @Test
    void malformedJsonAndXmlAreReportedWithTheirLine() throws Exception {
        Problems json = new Problems("bad.json");
        new HuggingFaceDailyPapersReader().read(PageLoader.decode("bad.json",
                "[\n  {\"paper\": {\"id\": \"2401.1\", \"title\": \"A\"}},\n  {\"paper\": {\"title\": \"B\",\n".getBytes(StandardCharsets.UTF_8)),
                PageInfo.UNKNOWN, json);
        assertTrue(json.hasErrors());
        assertTrue(json.all().get(0).toString().startsWith("bad.json:3: error: malformed JSON: Unexpected end-of-input"),
                json.all().toString());
        Problems xml = new Problems("bad.xml");
        new ArxivAtomReader().read(PageLoader.decode("bad.xml", ("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n"
                + "<id>http://arxiv.org/abs/2212.11696v3</id>\n<title>Unclosed\n</entry>\n</feed>\n").getBytes(StandardCharsets.UTF_8)),
                PageInfo.UNKNOWN, xml);
        assertTrue(xml.hasErrors());
        assertTrue(xml.all().get(0).toString().startsWith("bad.xml:5: error: malformed XML"), xml.all().toString());
    }

    @Test
    void aPaperFromAFeedAndFromAPageIsOneNodeWithItsIdentifiersAsLinks() {
        List<Path> inputs = new ArrayList<>(Examples.pages());
        inputs.add(FIXTURES.resolve("hf-daily-papers.json"));
        inputs.add(FIXTURES.resolve("arxiv-feed.xml"));
        inputs.add(FIXTURES.resolve("openreview-v2-notes.json"));
        try (Paperkg kg = Examples.inMemory()) {
            IngestReport report = kg.ingest(inputs, Paperkg.IngestListener.SILENT);
            assertFalse(report.anyFailed(), report.pages().toString());
            assertEquals(411L + 3, kg.stats().get("papers"), "new: Tiny Diffusers, the summary-less one, Élan");
            Map<String, GraphView.Paper> papers = GraphView.papers(kg);
            GraphView.Paper revcol = papers.values().stream().filter(p -> "Reversible Column Networks".equals(p.title)).findFirst().orElseThrow();
            assertEquals(4, revcol.pages.size(), revcol.pages.toString());
            List<String> links = new ArrayList<>();
            GraphView.each(kg, "SELECT ?l { <" + revcol.iri + "> <https://schema.org/sameAs> ?l }", row -> links.add(row.get("l")));
            assertEquals(List.of("https://arxiv.org/abs/2212.11696"), links);
            List<String> doi = new ArrayList<>();
            GraphView.each(kg, "SELECT ?d { ?p <http://purl.org/dc/terms/title> \"Cascade R-CNN: Delving into High Quality Object Detection\" ; "
                    + "pkg:doi ?d }", row -> doi.add(row.get("d")));
            assertEquals(List.of("10.1109/cvpr.2018.00644"), doi);
            List<String> ctm = new ArrayList<>();
            GraphView.each(kg, "SELECT ?l ?track { ?p <http://purl.org/dc/terms/title> "
                    + "\"Consistency Trajectory Models: Learning Probability Flow ODE Trajectory of Diffusion\" ; "
                    + "<https://schema.org/sameAs> ?l ; pkg:acceptedAs ?track }", row -> ctm.add(row.get("l") + " " + row.get("track")));
            assertEquals(List.of("https://openreview.net/forum?id=Hk3a9Rq1xZ poster"), ctm);
            assertTrue(kg.validate().conforms(), kg.validate().byNode().toString());
        }
    }
}
