package org.paperkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.paperkg.serve.PaperServer;
import org.paperkg.serve.ServeOptions;
import org.paperkg.store.ServerMarker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line while {@code serve} holds the store, and two runs that race for a new store. */
class BesideServerTest {
    @TempDir
    Path tmp;

    @Test
    void readOnlyCommandsWorkThroughTheServerAndWritesAreRefusedWithWhatWorks() throws Exception {
        Path store = tmp.resolve("store");
        Path page = Examples.page("004_a33917213f5d097f.txt");
        assertEquals(0, CliRun.of("ingest", "--store", store.toString(), page.toString()).exitCode());
        String stats = CliRun.of("stats", "--json", "--store", store.toString()).out();
        String query = CliRun.of("query", "session-talks", "--store", store.toString(), "--format", "tsv").out();
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE);
             PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0))) {
            assertTrue(ServerMarker.running(store).isPresent(), "the server leaves its address in the store folder");
            CliRun through = CliRun.of("stats", "--json", "--store", store.toString());
            assertEquals(0, through.exitCode(), through.err());
            assertEquals(stats, through.out(), "the same output through the server");
            assertTrue(through.err().startsWith("paperkg: the store is held by the server at " + server.url()), through.err());
            assertEquals(query, CliRun.of("query", "session-talks", "--store", store.toString(), "--format", "tsv").out());
            assertEquals(0, CliRun.of("validate", "--store", store.toString()).exitCode());
            Path ttl = tmp.resolve("export.ttl");
            assertEquals(0, CliRun.of("export", "--store", store.toString(), "-o", ttl.toString()).exitCode());
            assertTrue(Files.readString(ttl).contains("Expressiveness and Approximation"));

            CliRun ingest = CliRun.of("ingest", "--store", store.toString(), Examples.page("000_1812ad0142ebc512.txt").toString());
            assertEquals(1, ingest.exitCode());
            assertTrue(ingest.err().contains("is held by the server at " + server.url() + " (process " + ProcessHandle.current().pid()
                    + "), and only one process can write a store. Stop it (kill "), ingest.err());
            CliRun remove = CliRun.of("remove", "--store", store.toString(), page.getFileName().toString());
            assertEquals(1, remove.exitCode());
        }
        assertFalse(Files.exists(store.resolve(ServerMarker.FILE)), "the note goes with the server");
        assertEquals(0, CliRun.of("ingest", "--store", store.toString(), Examples.page("000_1812ad0142ebc512.txt").toString()).exitCode());
    }

    @Test
    void aServerThatTakesWritesTakesIngestAndRemoveThroughItself() throws Exception {
        Path store = tmp.resolve("store");
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        Path folder = Files.createDirectories(tmp.resolve("pages"));
        Files.copy(Examples.page("000_1812ad0142ebc512.txt"), folder.resolve("awards.txt"));
        Files.writeString(folder.resolve("manifest.tsv"), "file\tconference\tyear\turl\nawards.txt\tICLR\t2022\t\n");
        assertEquals(0, CliRun.of("ingest", "--store", store.toString(), Examples.page("004_a33917213f5d097f.txt").toString()).exitCode());
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE);
             PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0).withUpdate(passwords))) {
            CliRun ingest = CliRun.of("ingest", "--store", store.toString(), folder.toString());
            assertEquals(0, ingest.exitCode(), ingest.err());
            assertTrue(ingest.err().contains("writing the pages through it"), ingest.err());
            assertTrue(ingest.out().contains("added      awards.txt (award-list: 20 records, 10 papers)"), ingest.out());
            assertTrue(ingest.out().contains("store now holds: 14 papers (+7)"), ingest.out());
            assertEquals(1L, kg.stats().get("conferences"), "the manifest row went with the page");
            CliRun again = CliRun.of("ingest", "--store", store.toString(), folder.toString());
            assertTrue(again.out().contains("unchanged  awards.txt"), "the file's own bytes were sent: " + again.out());
            CliRun remove = CliRun.of("remove", "--store", store.toString(), "awards.txt");
            assertEquals(0, remove.exitCode(), remove.err());
            assertEquals(7L, kg.stats().get("papers"));
            assertEquals(1, CliRun.of("remove", "--store", store.toString(), "awards.txt").exitCode());
        }
    }

    @Test
    void twoRunsStartedAtOnceOnANewStoreNeverFailWithABareNumber() throws Exception {
        Path store = tmp.resolve("new-store");
        List<Process> runs = new ArrayList<>();
        for (String seed : List.of("004_a33917213f5d097f.txt", "000_1812ad0142ebc512.txt")) {
            runs.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "org.paperkg.cli.Main", "ingest", "--store", store.toString(),
                    Examples.page(seed).toString()).redirectErrorStream(true).start());
        }
        for (Process p : runs) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a run finished");
            String out = new String(p.getInputStream().readAllBytes());
            assertTrue(p.exitValue() == 0 || out.contains("another paperkg process is using it"), p.exitValue() + ": " + out);
            assertFalse(out.matches("(?s).*: -?\\d+\\s*"), out);
        }
    }
}
