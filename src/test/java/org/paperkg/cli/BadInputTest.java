package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad pages get a message naming the file (and line) and what is wrong, are not stored at all,
 * and do not stop the good pages; the exit code is 1.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    @Test
    void emptyFile() throws IOException {
        assertRefused(write("empty.txt", new byte[0]), "empty.txt: error: empty file");
    }

    @Test
    void whitespaceOnlyFileIsEmptyToo() throws IOException {
        assertRefused(write("blank.txt", "\n  \n\t\n".getBytes(StandardCharsets.UTF_8)), "blank.txt: error: empty file");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRefused(write("figure.txt", png), "figure.txt: error: binary file (a NUL byte at offset 8)");
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        String page = Files.readString(Examples.page("004_a33917213f5d097f.txt"));
        byte[] latin1 = page.replace("Floris Geerts", "Floris Geérts").getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1-session.txt", latin1);
        int line = lineOf(page, "Floris Geerts");
        assertRefused(file, "latin1-session.txt:" + line + ": error: not valid UTF-8: byte 0xE9");
    }

    @Test
    void pageOfNoKnownFormat() throws IOException {
        Path file = write("notes.txt", "Meeting notes\n\nWe talked about the budget.\nNext meeting on Friday.\n"
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "notes.txt: error: no reader recognises this page: it looks like plain text, 4 lines, starting 'Meeting notes'; "
                + "known formats: award-list, poster-session, session-page, daily-papers");
    }

    @Test
    void jsonOfAnotherKindSaysWhatItHolds() throws IOException {
        Path file = write("shop.json", "[\n  {\"id\": 1, \"name\": \"lamp\", \"price\": 12.5},\n  {\"id\": 2, \"name\": \"desk\", \"price\": 80}\n]\n"
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "shop.json: error: no reader recognises this page: it looks like a JSON array of objects with the fields "
                + "id, name, price; known formats: ");
    }

    @Test
    void posterPageCutAfterATitle() throws IOException {
        List<String> lines = Files.readAllLines(Examples.page("001_3995438c63dfe527.txt"));
        // line 1 heading, then 3 lines per paper: keep 10 papers and the next title
        Path file = write("poster-cut.txt", String.join("\n", lines.subList(0, 32)).getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "poster-cut.txt:32: error: paper '" + shorten(lines.get(31))
                + "' has no abstract: the page ends here (is it cut short?)");
    }

    @Test
    void dailyPageCutAfterATitle() throws IOException {
        List<String> lines = Files.readAllLines(Examples.page("002_913df37a14cafdb0.txt"));
        Path file = write("daily-cut.txt", String.join("\n", lines.subList(0, 9)).getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "daily-cut.txt:9: error: the page ends after the title '" + shorten(lines.get(8))
                + "': its abstract is missing (is the page cut short?)");
    }

    @Test
    void awardPageCutAfterAnAwardName() throws IOException {
        List<String> lines = Files.readAllLines(Examples.page("000_1812ad0142ebc512.txt"));
        Path file = write("awards-cut.txt", String.join("\n", lines.subList(0, 10)).getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "awards-cut.txt:9: error: the page ends after the award name 'Outstanding Paper': its paper is missing");
    }

    @Test
    void sessionPageCutInsideATalk() throws IOException {
        List<String> lines = Files.readAllLines(Examples.page("004_a33917213f5d097f.txt"));
        int lastSlot = lineOf(String.join("\n", lines), "Tue 26 April 2:30 - 2:45 PDT");
        Path file = write("session-cut.txt", String.join("\n", lines.subList(0, lastSlot + 2)).getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "session-cut.txt:" + lastSlot + ": error: talk at 'Tue 26 April 2:30 - 2:45 PDT' is incomplete");
    }

    @Test
    void aFolderWithBadPagesAmongGoodOnesStoresTheGoodOnes() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(Examples.page("004_a33917213f5d097f.txt"), folder.resolve("oral.txt"));
        Files.copy(Examples.page("003_92bbe5dfcc734205.txt"), folder.resolve("daily.txt"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("notes.txt"), "just some notes\nabout nothing\n".getBytes(StandardCharsets.UTF_8));
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), folder.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("empty.txt: error: empty file"), run.err());
        assertTrue(run.err().contains("notes.txt: error: no reader recognises this page"), run.err());
        assertTrue(run.out().contains("2 page(s) failed"), run.out());
        JsonNode stats = stats(store);
        assertEquals(2, stats.get("sources").asInt());
        assertEquals(7 + 47, stats.get("papers").asInt());
    }

    @Test
    void aChangedPageThatIsNowBrokenKeepsItsStoredVersion() throws IOException {
        Path store = tmp.resolve("store");
        Path folder = Files.createDirectories(tmp.resolve("pages"));
        Path page = folder.resolve("oral.txt");
        Files.copy(Examples.page("004_a33917213f5d097f.txt"), page);
        assertEquals(0, CliRun.of("ingest", "--store", store.toString(), page.toString()).exitCode());
        String before = stats(store).toString();
        List<String> lines = Files.readAllLines(page);
        Files.write(page, lines.subList(0, 12));
        CliRun run = CliRun.of("ingest", "--store", store.toString(), page.toString());
        assertEquals(1, run.exitCode());
        assertEquals(before, stats(store).toString(), "the stored page is untouched");
    }

    @Test
    void aMissingPathIsReportedAndTheRestGoesThrough() {
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), tmp.resolve("nope").toString(),
                Examples.page("004_a33917213f5d097f.txt").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no such file or folder"), run.err());
        assertTrue(run.out().contains("added      iclr-2022-oral-2-understanding-deep-learning.txt"), run.out());
    }

    private void assertRefused(Path file, String expectedMessageStart) throws IOException {
        Path store = tmp.resolve("store-" + file.getFileName());
        CliRun run = CliRun.of("ingest", "--store", store.toString(), file.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith(expectedMessageStart)),
                "expected a line starting with\n  " + expectedMessageStart + "\nbut stderr was\n" + run.err());
        JsonNode stats = stats(store);
        assertEquals(0, stats.get("sources").asInt(), "nothing of a refused page is stored");
        assertEquals(0, stats.get("quads").asInt());
    }

    private static JsonNode stats(Path store) throws IOException {
        CliRun run = CliRun.of("stats", "--json", "--store", store.toString());
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(needle)) return i + 1;
        throw new AssertionError(needle + " not found");
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
