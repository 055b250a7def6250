package org.paperkg.source.readers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.Examples;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageRecords;
import org.paperkg.source.PageLoader;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.source.ReaderRegistry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every registered reader against its sample page: picked by content, and reads every record. */
class ReaderRegistryTest {
    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
            "iclr-2022-outstanding-paper-awards.txt, award-list, 20, 1",
            "iclr-2023-poster-session-6.txt, poster-session, 145, 145",
            "daily-papers-trending.txt, daily-papers, 210, 210",
            "daily-papers-mar-13.txt, daily-papers, 47, 47",
            "iclr-2022-oral-2-understanding-deep-learning.txt, session-page, 7, 7"})
    void detectsAndReads(String file, String format, int records, int titled) throws Exception {
        PageText page = PageLoader.load(Examples.FOLDER.resolve(file));
        ReaderRegistry registry = ReaderRegistry.standard();
        PageReader reader = registry.detect(page).orElseThrow();
        assertEquals(format, reader.format().name());
        for (PageReader other : registry.readers()) {
            if (other != reader) assertTrue(other.recognise(page) < reader.recognise(page), other.format().name());
        }
        Problems problems = new Problems(file);
        PageRecords read = reader.read(page, PageInfo.UNKNOWN, problems);
        assertEquals(0, problems.all().size(), problems.all().toString());
        assertEquals(records, read.papers().size());
        // award pages give a title line only for Analytic-DPM (in both its copies)
        assertEquals(titled == 1 ? 2 : titled, read.papers().stream().filter(p -> p.title() != null).count());
        assertEquals(format, read.format());
    }
}
