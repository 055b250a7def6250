package org.paperkg.source.readers;

import org.junit.jupiter.api.Test;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.SessionInfo;
import org.paperkg.source.PageLoader;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problem;
import org.paperkg.source.Problems;
import org.paperkg.source.ReaderRegistry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The BibTeX, CSV/TSV and virtual-site HTML readers on fixtures written from each format's documentation. */
class FileFormatReadersTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "formats");

    private static PageRecords read(ReaderRegistry registry, String file, String format, PageInfo info, Problems problems)
            throws Exception {
        PageText page = PageLoader.load(FIXTURES.resolve(file));
        PageReader reader = registry.detect(page).orElseThrow(() -> new AssertionError("no reader for " + file));
        assertEquals(format, reader.format().name(), file);
        return reader.read(page, info, problems);
    }

    private static PageRecords read(String file, String format, Problems problems) throws Exception {
        return read(ReaderRegistry.standard(), file, format, PageInfo.UNKNOWN, problems);
    }

    private static List<String> messages(Problems problems) {
        return problems.all().stream().map(Problem::toString).toList();
    }

    @Test
    void bibtexFromDblpAclAnthologyAndZotero() throws Exception {
        Problems problems = new Problems("papers.bib");
        List<PaperRecord> r = read("papers.bib", "bibtex", problems).papers();
        assertEquals(List.of(), messages(problems));
        assertEquals(List.of("Reversible Column Networks", "Tiny Diffusers: Distilled Diffusion Models on a Small Budget",
                "Über-Tokenizers: Multilingual Subwords for 100 Languages",
                "Consistency Trajectory Models: Learning Probability Flow ODE Trajectory of Diffusion",
                "Expressiveness and Approximation Properties of Graph Neural Networks", "A Workshop Note Without Authors"),
                r.stream().map(PaperRecord::title).toList(), "the @proceedings volume is no paper");

        PaperRecord revcol = r.get(0);
        assertEquals(List.of("Yuxuan Cai", "Yizhuang Zhou", "Qi Han", "Jianjian Sun", "Xiangwen Kong", "Jun Li", "Xiangyu Zhang"),
                revcol.authors(), "dblp's homonym numbers are not part of the name");
        assertEquals("conf/iclr/CaiZHSKLZ23", revcol.ids().dblp());
        assertEquals("Oc2vlWU0jFY", revcol.ids().openReview());
        assertEquals(2023, revcol.publication().year());
        assertEquals("The Eleventh International Conference on Learning Representations, ICLR 2023, Kigali, Rwanda, May 1-5, 2023",
                revcol.publication().venue());
        assertEquals(6, revcol.line());

        PaperRecord tiny = r.get(1);
        assertEquals(List.of("Zoë Müller-Łukasiewicz", "Søren Ågård"), tiny.authors(), "LaTeX accents decoded");
        assertEquals("2401.01234", tiny.ids().arxiv());
        assertEquals("journals/corr/abs-2401-01234", tiny.ids().dblp());

        PaperRecord acl = r.get(2);
        assertEquals(List.of("Zoë Müller", "José María García"), acl.authors(), "'Last, First' turned round, 'others' dropped");
        assertEquals("10.18653/v1/2023.acl-long.901", acl.ids().doi());
        assertEquals("https://aclanthology.org/2023.acl-long.901", acl.publication().url());
        assertEquals("We train subword tokenizers on 100 languages and evaluate on XNLI, where they gain ≈ 2% over BPE with 3× smaller vocabularies.",
                acl.abstractText().clean());

        PaperRecord ctm = r.get(3);
        assertEquals("International Conference on Learning Representations 2024", ctm.publication().venue(), "@string macro and #");
        assertEquals("2310.02279", ctm.ids().arxiv());
        assertEquals(List.of("Computer Science - Machine Learning", "diffusion models"), ctm.keywords());
        assertEquals("Dongjun Kim", ctm.authors().get(0));
        assertEquals(9, ctm.authors().size());

        PaperRecord crossref = r.get(4);
        assertEquals("The Tenth International Conference on Learning Representations, ICLR 2022", crossref.publication().venue());
        assertEquals(2022, crossref.publication().year(), "venue and year from the crossref'd proceedings");
        assertEquals(List.of("Floris Geerts", "Juan L. Reutter"), crossref.authors());
        assertEquals(List.of(), r.get(5).authors());
    }

    @Test
    void bibtexUnclosedBraceIsReportedAtItsFieldAndTheNextEntryIsStillRead() throws Exception {
        Problems problems = new Problems("unclosed-brace.bib");
        List<PaperRecord> r = read("unclosed-brace.bib", "bibtex", problems).papers();
        assertEquals(List.of("unclosed-brace.bib:2: error: entry 'broken2023': unclosed brace in field 'title': "
                + "a brace opened on line 2 is never closed before the next field on line 3"), messages(problems));
        assertEquals(List.of("A Fine Entry After the Broken One"), r.stream().map(PaperRecord::title).toList());
    }

    @Test
    void csvWithUsualHeadersSessionsIdentifiersAndARejectedRow() throws Exception {
        Problems problems = new Problems("accepted-papers.csv");
        List<PaperRecord> r = read("accepted-papers.csv", "csv-list", problems).papers();
        assertEquals(List.of("accepted-papers.csv:5: warning: row 'A Rejected Idea About Convolutions' is reject: "
                + "not a paper of the venue, skipped"), messages(problems));
        assertEquals(3, r.size());
        PaperRecord strides = r.get(0);
        assertEquals("Learning Strides in Convolutional Neural Networks", strides.title());
        assertEquals(List.of("Rachid Riad", "Olivier Teboul", "David Grangier", "Neil Zeghidour"), strides.authors());
        assertEquals("M752z9FKJP", strides.ids().openReview());
        assertEquals("2202.01653", strides.ids().arxiv());
        assertEquals("Accept (Oral)", strides.publication().venue());
        assertEquals(new SessionInfo("Oral 2: Understanding Deep Learning", SessionInfo.SessionKind.ORAL, 2, "Understanding Deep Learning"),
                strides.session());
        assertEquals(2, strides.line());
        PaperRecord elan = r.get(1);
        assertEquals(List.of("José Ñúñez", "Łukasz Żółć"), elan.authors());
        assertEquals("We study graph transformers whose abstract spans two lines in the CSV cell, with \"quotes\" inside.",
                elan.abstractText().clean());
        assertEquals(3, elan.line());
        PaperRecord ctm = r.get(2);
        assertEquals(6, ctm.line(), "lines count the two lines of the quoted cell above");
        assertEquals("2310.02279", ctm.ids().arxiv(), "version folded");
        assertNull(ctm.abstractText());
        assertEquals(SessionInfo.SessionKind.POSTER, ctm.session().kind());
    }

    @Test
    void tsvWithHeadersTheUserNames() throws Exception {
        ReaderRegistry registry = ReaderRegistry.standard(CsvColumns.of(Map.of("title", "Contribution", "authors", "Writers")));
        Problems problems = new Problems("custom-columns.tsv");
        List<PaperRecord> r = read(registry, "custom-columns.tsv", "csv-list", PageInfo.UNKNOWN, problems).papers();
        assertEquals(List.of(), messages(problems));
        assertEquals(List.of("Neural Collapse Under MSE Loss: Proximity to and Dynamics on the Central Path",
                "Sparse Probes for Very Small Models"), r.stream().map(PaperRecord::title).toList());
        assertEquals(List.of("X.Y. Han", "Vardan Papyan", "David Donoho"), r.get(0).authors());
        assertEquals("w1UbdvWH_R3", r.get(0).ids().openReview(), "a column named Forum holds OpenReview ids");
        assertEquals("oral", r.get(0).publication().venue());

        Problems unmapped = new Problems("custom-columns.tsv");
        read("custom-columns.tsv", "csv-list", unmapped);
        assertEquals(List.of("custom-columns.tsv:1: error: missing column: no header names a title or an abstract "
                + "(the header is: Contribution, Writers, Forum, Type); name it with --column title=HEADER"), messages(unmapped));

        Problems wrong = new Problems("custom-columns.tsv");
        read(ReaderRegistry.standard(CsvColumns.of(Map.of("title", "Paper"))), "custom-columns.tsv", "csv-list", PageInfo.UNKNOWN, wrong);
        assertEquals(List.of("custom-columns.tsv:1: error: column 'Paper' given for title is not in the header "
                + "(Contribution, Writers, Forum, Type)"), messages(wrong));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvColumns.of(Map.of("titel", "X")));
        assertTrue(e.getMessage().startsWith("unknown column field 'titel'; the fields are abstract, authors, award"), e.getMessage());
    }

    @Test
    void csvWithoutATitleColumnSaysWhichColumnIsMissing() throws Exception {
        Problems problems = new Problems("missing-title-column.csv");
        assertEquals(List.of(), read("missing-title-column.csv", "csv-list", problems).papers());
        assertEquals(List.of("missing-title-column.csv:1: error: missing column: no header names a title or an abstract "
                + "(the header is: Name of talk, Speaker, Room); name it with --column title=HEADER"), messages(problems));
    }

    @Test
    void virtualSiteHtmlSessionPageWithoutItsWorkshopAndInvitedTalk() throws Exception {
        Problems problems = new Problems("iclr-2022-oral-2.html");
        PageRecords page = read(ReaderRegistry.standard(), "iclr-2022-oral-2.html", "virtual-site-html",
                new PageInfo("ICLR", 2022, "https://iclr.cc/virtual/2022/session/19431"), problems);
        assertEquals(List.of("iclr-2022-oral-2.html: warning: 2 events that are not papers skipped: "
                + "invited-talk 'Invited Talk: The Geometry of Deep Learning' (line 26); "
                + "workshop 'Workshop on Geometrical and Topological Representation Le...' (line 39)"), messages(problems));
        assertEquals(new SessionInfo("Oral 2: Understanding Deep Learning", SessionInfo.SessionKind.ORAL, 2, "Understanding Deep Learning"),
                page.session());
        List<PaperRecord> r = page.papers();
        assertEquals(List.of("Expressiveness and Approximation Properties of Graph Neural Networks",
                "Neural Collapse Under MSE Loss: Proximity to and Dynamics on the Central Path", "Sparse Probes for Very Small Models"),
                r.stream().map(PaperRecord::title).toList());
        PaperRecord first = r.get(0);
        assertEquals(16, first.line(), "the line of the event card");
        assertEquals("Outstanding Paper", first.award());
        assertEquals("https://iclr.cc/virtual/2022/oral/6330", first.publication().url(), "the link resolved against the page's address");
        assertEquals(List.of("Floris Geerts", "Juan L. Reutter"), first.authors());
        assertEquals("2022-04-26T01:00-07:00", first.slot().start().toString());
        assertFalse(first.slot().yearInferred());
        assertEquals("Characterizing the separation power of graph neural networks (GNNs) provides an understanding of their "
                + "limitations for graph learning tasks.", first.abstractText().clean());
        assertEquals("The recently discovered Neural Collapse (NC) phenomenon occurs pervasively in today's deep net training "
                + "paradigm of driving cross-entropy (CE) loss towards zero.", r.get(1).abstractText().clean());
        assertNull(r.get(2).abstractText());
        assertNull(r.get(1).award());
    }

    @Test
    void anUnrelatedHtmlPageIsRefusedWithItsTitle() throws Exception {
        Problems problems = new Problems("unrelated.html");
        assertEquals(List.of(), read("unrelated.html", "virtual-site-html", problems).papers());
        assertEquals(List.of("unrelated.html: error: no event cards (div.displaycards with a.small-title) in this HTML page "
                + "('My Cooking Blog — Sourdough Notes'): it is not a conference virtual-site listing"), messages(problems));
    }

    @Test
    void virtualSiteEventExportKeepsPostersOralsAndSpotlights() throws Exception {
        Problems problems = new Problems("virtual-site-events.json");
        List<PaperRecord> r = read(ReaderRegistry.standard(), "virtual-site-events.json", "virtual-site-events-json",
                new PageInfo("ICML", 2024, "https://icml.cc/virtual/2024/papers.html"), problems).papers();
        assertEquals(List.of("Tiny Diffusers: Distilled Diffusion Models on a Small Budget", "Reversible Column Networks",
                "Graph Rewiring at Scale"), r.stream().map(PaperRecord::title).toList());
        assertEquals(List.of("Ana Ruiz", "Bo Chen", "Chloé Durand"), r.get(0).authors(), "speakers/authors split, marks off");
        assertEquals(List.of("Yuxuan Cai", "Yizhuang Zhou"), r.get(1).authors(), "authors as {fullname} objects");
        assertEquals("TinyDiff01", r.get(0).ids().openReview());
        assertEquals("Poster Session 2", r.get(0).session().name());
        assertEquals("https://icml.cc/virtual/2024/poster/33001", r.get(0).publication().url());
        assertEquals(List.of("virtual-site-events.json: warning: 2 events that are not papers skipped: "
                + "workshop 'Workshop on Efficient Generative Models' (line 6); invited talk 'The Future of Benchmarks' (line 12)"),
                messages(problems));
    }

    @Test
    void aJsonListOfPapersWithCsvLikeFields() throws Exception {
        Problems problems = new Problems("papers-list.json");
        List<PaperRecord> r = read("papers-list.json", "json-list", problems).papers();
        assertEquals(List.of("Reversible Column Networks", "Tiny Diffusers: Distilled Diffusion Models on a Small Budget"),
                r.stream().map(PaperRecord::title).toList());
        assertEquals("2212.11696", r.get(0).ids().arxiv());
        assertEquals(7, r.get(0).authors().size());
        assertEquals(List.of("Zoë Müller-Łukasiewicz", "Søren Ågård"), r.get(1).authors());
        assertEquals(List.of("papers-list.json: warning: 1 record(s) not accepted at the venue, skipped: line 20 'A Rejected Idea' (Reject)"),
                messages(problems));
    }
}
