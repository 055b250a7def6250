package org.paperkg.cli;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.rdf.IriScheme;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCopiesCommandTest {
    private static final String B = IriScheme.DEFAULT_BASE;

    @Test
    void papersPersonsAndPagesAreRenamedPerCopyWithWhatIsMintedUnderThem() {
        assertEquals(NodeFactory.createURI(B + "paper/x-copy2/authorship/1"),
                BenchCopiesCommand.renamed(NodeFactory.createURI(B + "paper/x/authorship/1"), B, 2));
        assertEquals(NodeFactory.createURI(B + "person/ada-lovelace-copy1"),
                BenchCopiesCommand.renamed(NodeFactory.createURI(B + "person/ada-lovelace"), B, 1));
        assertEquals(NodeFactory.createURI(B + "page/list.csv-copy1/listing/3"),
                BenchCopiesCommand.renamed(NodeFactory.createURI(B + "page/list.csv/listing/3"), B, 1));
        for (String shared : new String[] {B + "graph/papers", B + "session/iclr-2022/oral-2", "https://w3id.org/paperkg/dataset/imagenet"}) {
            assertEquals(NodeFactory.createURI(shared), BenchCopiesCommand.renamed(NodeFactory.createURI(shared), B, 3), shared);
        }
        assertEquals(NodeFactory.createURI(B + "paper/x"), BenchCopiesCommand.renamed(NodeFactory.createURI(B + "paper/x"), B, 0));
    }

    @Test
    void threeCopiesOfTheExamplesHoldThreeTimesTheirPapersAndPersons(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        assertEquals(0, CliRun.of("ingest", Examples.FOLDER.toString(), "--store", store).exitCode());
        CliRun copies = CliRun.of("bench-copies", "--from", store, "--into", dir.resolve("copies").toString(), "--copies", "3");
        assertEquals(0, copies.exitCode(), copies.err());
        assertTrue(copies.out().contains(", 1,233 papers, 2,037 persons"), copies.out());
        CliRun search = CliRun.of("search", "learning strides", "--limit", "3", "--store", dir.resolve("copies").toString());
        assertEquals(3L, search.out().lines().filter(l -> l.contains("(paper)")).count(), "each copy is found: " + search.out());
        CliRun again = CliRun.of("bench-copies", "--from", store, "--into", dir.resolve("copies").toString());
        assertEquals(2, again.exitCode());
    }
}
