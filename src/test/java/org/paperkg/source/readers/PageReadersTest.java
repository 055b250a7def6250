package org.paperkg.source.readers;

import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;
import org.paperkg.record.SessionInfo;
import org.paperkg.source.PageLoader;
import org.paperkg.source.Problems;

import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each reader takes from its sample page, field by field. */
class PageReadersTest {
    private static PageRecords read(String seed, org.paperkg.source.PageReader reader, PageInfo info) throws Exception {
        Problems problems = new Problems(seed);
        PageRecords records = reader.read(PageLoader.load(Examples.page(seed)), info, problems);
        assertFalse(problems.hasErrors(), problems.all().toString());
        return records;
    }

    @Test
    void awardListKeepsAwardsCutMarksAndTheVirtualMark() throws Exception {
        PageRecords r = read("000_1812ad0142ebc512.txt", new AwardListReader(), PageInfo.UNKNOWN);
        PaperRecord first = r.papers().get(0);
        assertEquals("Outstanding Paper", first.award());
        assertNull(first.title());
        assertTrue(first.abstractText().truncated());
        assertTrue(first.abstractText().clean().endsWith("Moreover, formulating strides as learnable variables allows"));
        PaperRecord dpm = r.papers().get(1);
        assertEquals("Analytic-DPM: an Analytic Estimate of the Optimal Reverse Variance in Diffusion Probabilistic Models", dpm.title());
        assertFalse(dpm.abstractText().truncated());
        PaperRecord last = r.papers().get(19);
        assertEquals("Honorable Mention", last.award());
        assertTrue(last.abstractText().virtual());
        assertTrue(last.abstractText().clean().startsWith("Partial label learning (PLL)"));
        assertEquals(68, last.line());
        assertEquals(14, r.papers().stream().filter(p -> p.award().equals("Outstanding Paper")).count());
    }

    @Test
    void posterSessionHasItsSessionAndAuthorsInOrder() throws Exception {
        PageRecords r = read("001_3995438c63dfe527.txt", new PosterSessionReader(), PageInfo.UNKNOWN);
        assertEquals(new SessionInfo("Poster Session 6", SessionInfo.SessionKind.POSTER, 6, null), r.session());
        PaperRecord first = r.papers().get(0);
        assertEquals("Summarization Programs: Interpretable Abstractive Summarization with Neural Modular Trees", first.title());
        assertEquals(List.of("Swarnadeep Saha", "Shiyue Zhang", "Peter Hase", "Mohit Bansal"), first.authors());
        assertEquals(2, first.line());
        assertEquals(682, r.papers().stream().mapToInt(p -> p.authors().size()).sum());
    }

    @Test
    void dailyListingUngluesTheFirstTitleAndReadsTheDate() throws Exception {
        PageRecords trending = read("002_913df37a14cafdb0.txt", new DailyPapersReader(), PageInfo.UNKNOWN);
        assertEquals("Cascade R-CNN: Delving into High Quality Object Detection", trending.papers().get(0).title());
        assertNull(trending.listingDate());
        PageRecords dated = read("003_92bbe5dfcc734205.txt", new DailyPapersReader(), PageInfo.UNKNOWN);
        assertEquals(MonthDay.of(3, 13), dated.listingDate());
        assertEquals("Towards Identifiable Unsupervised Domain Translation: A Diversified Distribution Matching Approach",
                dated.papers().get(0).title());
    }

    @Test
    void sessionPageReadsSlotsAwardsAndTrack() throws Exception {
        PageRecords r = read("004_a33917213f5d097f.txt", new SessionPageReader(2026), new PageInfo("ICLR", 2022, null));
        assertEquals(new SessionInfo("Oral 2: Understanding Deep Learning", SessionInfo.SessionKind.ORAL, 2,
                "Understanding Deep Learning"), r.session());
        PaperRecord first = r.papers().get(0);
        assertEquals("Outstanding Paper", first.award());
        assertEquals(OffsetDateTime.parse("2022-04-26T01:00-07:00"), first.slot().start());
        assertEquals(OffsetDateTime.parse("2022-04-26T01:15-07:00"), first.slot().end());
        assertFalse(first.slot().yearInferred());
        assertEquals(List.of("Floris Geerts", "Juan L. Reutter"), first.authors());
        assertEquals(3, r.papers().stream().filter(p -> p.award() != null).count());
        assertEquals(List.of("X.Y. Han", "Vardan Papyan", "David Donoho"), r.papers().get(1).authors());
    }

    @Test
    void sessionPageWithoutManifestInfersTheYearFromTheWeekday() throws Exception {
        PageRecords r = read("004_a33917213f5d097f.txt", new SessionPageReader(2026), PageInfo.UNKNOWN);
        PaperRecord first = r.papers().get(0);
        assertEquals(OffsetDateTime.parse("2022-04-26T01:00-07:00"), first.slot().start());
        assertTrue(first.slot().yearInferred());
    }
}
