package org.paperkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code paperkg link} end to end on a TDB2 store: the report, the stored, exported and valid link graph, its errors. */
class LinkCommandTest {
    private static final String FIXTURE = Path.of("src", "test", "resources", "link", "dblp-fixture.ttl").toString();

    @TempDir
    Path tmp;

    @Test
    void linkPrintsTheReportAndTheLinksAreStoredExportedAndValid() throws IOException {
        String store = tmp.resolve("store").toString();
        assertEquals(0, CliRun.of("ingest", "--store", store, Examples.FOLDER.toString(),
                Path.of("src", "test", "resources", "formats", "papers.bib").toString()).exitCode());
        CliRun run = CliRun.of("link", "dblp", "--store", store, "--dump", FIXTURE);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("dblp: papers: 7 linked, 2 given, 1 ambiguous, 3 refused, 401 unmatched\n"
                + "dblp: people: 42 linked, 0 uncertain\n"), run.out());
        assertTrue(run.out().contains("linked    https://w3id.org/paperkg/id/paper/learning-strides-in-convolutional-neural-networks"
                + " -> https://dblp.org/rec/conf/iclr/RiadTGZ22 0.98  (title, 4 author surname(s) in order, year 2022)"), run.out());
        assertFalse(run.out().contains("uncertain https://"), "the two local Hao Zhangs are dblp's two: " + run.out());
        assertTrue(run.out().contains("dblp: 3 passes over the "), run.out());

        CliRun verbose = CliRun.of("link", "dblp", "--store", store, "--dump", FIXTURE, "--verbose");
        assertTrue(verbose.out().contains("refused   https://w3id.org/paperkg/id/paper/evolving-normalization-activation-layers  "
                + "(https://dblp.org/rec/conf/nips/LiuBSL20: only the title agrees; no author, year or identifier confirms it)"), verbose.out());

        CliRun wikidata = CliRun.of("link", "wikidata", "--store", store, "--dump",
                Path.of("src", "test", "resources", "link", "wikidata-fixture.ttl").toString());
        assertEquals(0, wikidata.exitCode(), wikidata.err());
        assertTrue(wikidata.out().contains("wikidata: dataset links: 2 linked, 1 ambiguous\n"), wikidata.out());
        assertTrue(wikidata.out().contains("dataset   https://w3id.org/paperkg/dataset/imagenet -> http://www.wikidata.org/entity/Q9200001"
                + "  (label 'ImageNet')"), wikidata.out());

        Path trig = tmp.resolve("all.trig");
        assertEquals(0, CliRun.of("export", "--store", store, "--format", "trig", "-o", trig.toString()).exitCode());
        String exported = Files.readString(trig);
        assertTrue(exported.contains("graph/links/dblp") && exported.contains("graph/links/wikidata"),
                "the link graphs are exported with the others");
        CliRun validate = CliRun.of("validate", "--store", store);
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
    }

    @Test
    void unknownSourcesAndUnreadableDumpsAreClearErrorsThatChangeNothing() throws IOException {
        String store = tmp.resolve("store").toString();
        assertEquals(0, CliRun.of("ingest", "--store", store, Examples.page("004_a33917213f5d097f.txt").toString()).exitCode());
        CliRun wikidata = CliRun.of("link", "crossref", "--store", store);
        assertEquals(2, wikidata.exitCode());
        assertTrue(wikidata.err().contains("unknown source 'crossref'; the sources are: dblp, wikidata, openalex"), wikidata.err());
        CliRun missing = CliRun.of("link", "dblp", "--store", store, "--dump", tmp.resolve("nope.ttl").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nope.ttl: no such dump file, or it cannot be read"), missing.err());
        Path broken = Files.writeString(tmp.resolve("broken.nt"), "<https://dblp.org/rec/x> <https://dblp.org/rdf/schema#title> \"unclosed .\n");
        CliRun bad = CliRun.of("link", "dblp", "--store", store, "--dump", broken.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("broken.nt: not readable as RDF: [line: 2, col: 1 ] Broken token (newline in string)"), bad.err());
        assertTrue(bad.err().contains("nothing was changed in the store"), bad.err());
        CliRun export = CliRun.of("export", "--store", store, "--format", "trig");
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(!export.out().contains("graph/links/"), "no link graph was written");
    }
}
