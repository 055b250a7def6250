package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.IngestReport;
import org.paperkg.PageLimits;
import org.paperkg.PageOutcome;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which files a run reads and what it names their pages: the path inside the folder given, so
 * two files never share a page; hidden entries and stores passed over; a folder's manifest read
 * and reported once, its problems kept to the pages they touch; a reader's failure kept to its page.
 */
class PageFilesTest {
    private static final Path HF = Path.of("..", "shared", "real", "hf_daily_papers");

    @TempDir
    Path tmp;

    @Test
    void theSameFileNameInTwoFoldersIsTwoPages() throws IOException {
        Path folder = tmp.resolve("feeds");
        Files.createDirectories(folder.resolve("a"));
        Files.createDirectories(folder.resolve("b"));
        Files.copy(HF.resolve("2025-01-27.json"), folder.resolve("a/list.json"));
        Files.copy(HF.resolve("2024-08-01.json"), folder.resolve("b/list.json"));
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("added      a/list.json (hf-daily-papers-json: 4 records, 4 papers)"), run.out());
        assertTrue(run.out().contains("added      b/list.json (hf-daily-papers-json: 11 records, 11 papers)"), run.out());
        assertEquals(2, stats(store).get("sources").asInt());
        assertEquals(15, stats(store).get("papers").asInt());
    }

    @Test
    void twoFilesGivenByNameThatWouldShareAPageAreRefused() throws IOException {
        Files.createDirectories(tmp.resolve("a"));
        Files.createDirectories(tmp.resolve("b"));
        Path a = Files.copy(HF.resolve("2025-01-27.json"), tmp.resolve("a/list.json"));
        Path b = Files.copy(HF.resolve("2024-08-01.json"), tmp.resolve("b/list.json"));
        CliRun run = CliRun.of("ingest", "--store", tmp.resolve("store").toString(), a.toString(), b.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(b + ": error: page name 'list.json' is already taken in this run by " + a), run.err());
        assertTrue(run.out().contains("added      list.json"), run.out());
    }

    @Test
    void namesThatDifferOnlyInPunctuationOrScriptAreDifferentPages() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("pages"));
        List<String> names = List.of("a-b.json", "a_b.json", "a b.json", "论文.json", "論文.json", "-lead.json", "a\nb.json");
        List<Path> sources = List.of(HF.resolve("2025-01-27.json"), HF.resolve("2024-08-01.json"), HF.resolve("2025-01-10.json"),
                HF.resolve("2024-05-28.json"), HF.resolve("2024-10-29.json"), HF.resolve("2025-12-25.json"), HF.resolve("2026-07-28.json"));
        for (int i = 0; i < names.size(); i++) Files.copy(sources.get(i), folder.resolve(names.get(i)));
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(7, stats(store).get("sources").asInt(), run.out());
        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        assertEquals(7, names.stream().map(iris::page).distinct().count());
        assertEquals("https://w3id.org/paperkg/id/page/a%0Ab.json", iris.page("a\nb.json").getURI());
        assertEquals("https://w3id.org/paperkg/id/page/a%20b.json", iris.page("a b.json").getURI());
        assertEquals("https://w3id.org/paperkg/id/page/sub/a-b.json", iris.page("sub/a-b.json").getURI());
    }

    @Test
    void hiddenFoldersAndStoresInsideTheFolderAreNotRead() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("project"));
        Files.copy(HF.resolve("2025-01-27.json"), folder.resolve("feed.json"));
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/config"), "[core]\n\tbare = false\n");
        Files.writeString(folder.resolve(".DS_Store"), "junk");
        Path store = folder.resolve("kg-store");
        assertEquals(0, CliRun.of("ingest", "--store", store.toString(), Examples.page("004_a33917213f5d097f.txt").toString()).exitCode());
        CliRun run = CliRun.of("ingest", "--store", store.toString(), folder.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("added      feed.json"), run.out());
        assertTrue(run.out().contains("1 page(s): 1 added"), run.out());
    }

    @Test
    void aBadManifestIsReportedOnceAndItsPagesStillGoIn() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("pages"));
        Files.copy(HF.resolve("2025-01-27.json"), folder.resolve("one.json"));
        Files.copy(HF.resolve("2024-08-01.json"), folder.resolve("two.json"));
        Files.writeString(folder.resolve("manifest.tsv"), "name\tseries\none.json\tICLR\n");
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), folder.toString());
        assertEquals(1, run.exitCode(), "a bad manifest is a problem of the run");
        assertEquals(1, run.err().lines().filter(l -> l.contains("manifest header must name")).count(), run.err());
        assertTrue(run.err().contains("one.json: warning: read without the folder's manifest (manifest.tsv:1: see its error)"), run.err());
        assertTrue(run.err().contains("two.json: warning: read without the folder's manifest"), run.err());
        assertEquals(2, stats(store).get("sources").asInt());
    }

    @Test
    void aBadManifestRowTouchesOnlyItsPageAndAByteOrderMarkIsFine() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("pages"));
        Files.copy(Examples.page("000_1812ad0142ebc512.txt"), folder.resolve("awards.txt"));
        Files.copy(Examples.page("004_a33917213f5d097f.txt"), folder.resolve("oral.txt"));
        Files.write(folder.resolve("manifest.tsv"), ("\uFEFFfile\tconference\tyear\turl\n"
                + "awards.txt\tICLR\t2022\t\noral.txt\tICLR\ttwenty-two\t\n").getBytes(StandardCharsets.UTF_8));
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), folder.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("manifest.tsv:3: error: row for 'oral.txt': bad year 'twenty-two'"), run.err());
        assertTrue(run.err().contains("oral.txt: warning: read without its manifest row (manifest.tsv:3 is bad)"), run.err());
        assertTrue(run.out().contains("added      awards.txt") && run.out().contains("added      oral.txt"), run.out());
        assertEquals(1, stats(store).get("conferences").asInt(), "the good row's conference is there");
    }

    @Test
    void aManifestInLatin1OrWithShortRowsStillLetsItsPagesIn() throws IOException {
        Path latin = Files.createDirectories(tmp.resolve("latin"));
        Files.copy(Examples.page("004_a33917213f5d097f.txt"), latin.resolve("oral.txt"));
        Files.write(latin.resolve("manifest.tsv"), "file\tconference\tyear\turl\noral.txt\tICLR Montréal\t2022\t\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("ingest", "--store", tmp.resolve("s1").toString(), latin.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("manifest.tsv: error: not UTF-8 text: save the manifest as UTF-8; the pages of this folder "
                + "are read without it"), run.err());
        assertTrue(run.out().contains("added      oral.txt"), run.out());

        Path shortRows = Files.createDirectories(tmp.resolve("short"));
        Files.copy(Examples.page("004_a33917213f5d097f.txt"), shortRows.resolve("oral.txt"));
        Files.writeString(shortRows.resolve("manifest.tsv"), "file\tconference\tyear\turl\noral.txt\tICLR\t2022\n");
        CliRun three = CliRun.of("ingest", "--store", tmp.resolve("s2").toString(), shortRows.toString());
        assertEquals(0, three.exitCode(), "a row of 3 cells leaves the url unknown: " + three.err());
        assertEquals(1, stats(tmp.resolve("s2")).get("conferences").asInt());
    }

    @Test
    void theManifestNamesCsvColumnsPerFile() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("lists"));
        Files.copy(Path.of("src/test/resources/formats/custom-columns.tsv"), folder.resolve("custom.tsv"));
        Files.writeString(folder.resolve("manifest.tsv"), "file\tconference\tyear\turl\tcolumns\n"
                + "custom.tsv\tICLR\t2022\t\ttitle=Contribution; authors=Writers; id=Forum; venue=Type\n");
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("added      custom.tsv (csv-list: 2 records, 2 papers)"), run.out());
    }

    @Test
    void aReaderThatFailsCostsOnlyItsPage() {
        Paperkg kg = RiggedReader.graphWith("broken", page -> {
            throw new IllegalStateException("index 7 out of bounds");
        }, PageLimits.DEFAULT);
        IngestReport report = kg.ingest(List.of(Examples.page("004_a33917213f5d097f.txt"), Examples.page("000_1812ad0142ebc512.txt")),
                Paperkg.IngestListener.SILENT);
        PageOutcome oral = report.pages().get(0);
        assertEquals(PageOutcome.Status.FAILED, oral.status());
        assertEquals("iclr-2022-oral-2-understanding-deep-learning.txt: error: the broken reader failed on this page "
                + "(IllegalStateException: index 7 out of bounds); please report it with the file", oral.problems().get(0).toString());
        assertEquals(PageOutcome.Status.ADDED, report.pages().get(1).status());
    }

    @Test
    void aNamedPipeIsRefusedByNameNotWaitedOn() throws Exception {
        Path fifo = tmp.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        CliRun run = CliRun.of("ingest", "--store", tmp.resolve("store").toString(), fifo.toString(),
                Examples.page("004_a33917213f5d097f.txt").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("pipe.json: error: not a regular file (a named pipe, device or socket)"), run.err());
        assertTrue(run.out().contains("added      iclr-2022-oral-2-understanding-deep-learning.txt"), run.out());
    }

    private static JsonNode stats(Path store) throws IOException {
        CliRun run = CliRun.of("stats", "--json", "--store", store.toString());
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }
}
