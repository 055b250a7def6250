package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** paperkg search, reindex and bench-http --pages on a store of the example pages. */
class SearchCommandTest {
    @TempDir
    static Path dir;
    static String store;

    @BeforeAll
    static void ingest() {
        store = dir.resolve("store").toString();
        CliRun run = CliRun.of("ingest", Examples.FOLDER.toString(), "--store", store);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void searchPrintsTheBestMatchesWithTheirWordsBracketed() {
        CliRun run = CliRun.of("search", "learning strides", "--limit", "1", "--store", store);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                1. Learning Strides in Convolutional Neural Networks (paper)
                   https://w3id.org/paperkg/id/paper/learning-strides-in-convolutional-neural-networks
                   title: [Learning Strides] in Convolutional Neural Networks
                """, run.out());
    }

    @Test
    void searchAsJsonAndABadQueryExitsTwoWithTheReason() throws Exception {
        CliRun json = CliRun.of("search", "label:imagenet", "--json", "--limit", "3", "--store", store);
        assertEquals(0, json.exitCode(), json.err());
        JsonNode list = new ObjectMapper().readTree(json.out());
        assertEquals(3, list.size());
        for (JsonNode f : list) assertEquals("label", f.get("field").asText());
        CliRun bad = CliRun.of("search", "title:(", "--store", store);
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().startsWith("paperkg: the query \"title:(\" cannot be read"), bad.err());
    }

    @Test
    void reindexMakesTheIndexAgainWithTheSameDocuments() {
        CliRun first = CliRun.of("reindex", "--store", store);
        CliRun second = CliRun.of("reindex", "--store", store);
        assertEquals(0, first.exitCode(), first.err());
        String docs = first.out().replaceAll(" \\(.*", "");
        assertTrue(docs.matches("text index: [0-9,]+ documents\\s*"), first.out());
        assertEquals(docs, second.out().replaceAll(" \\(.*", ""));
    }

    @Test
    void benchHttpPagesLoadsEveryKindOfPageWithoutErrors() {
        CliRun run = CliRun.of("bench-http", "--pages", "--clients", "2", "--seconds", "1", "--warmup", "0", "--store", store);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        for (String page : new String[] {"home", "paper", "person", "dataset", "concept", "session", "search", "search-phrase"}) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(page + " ") && l.contains("  /")), page + " in\n" + run.out());
        }
    }
}
