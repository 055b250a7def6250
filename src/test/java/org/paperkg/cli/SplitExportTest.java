package org.paperkg.cli;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export --format nquads --split-by-graph}: one gzipped N-Quads file per graph, for bulk loaders. */
class SplitExportTest {
    @TempDir
    Path dir;

    @Test
    void eachGraphGoesToItsOwnFileListedInGraphsTsvAndTogetherTheyAreTheStore() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, CliRun.of("ingest", Examples.FOLDER.toString(), "--store", store.toString()).exitCode());
        Path out = dir.resolve("bulk");
        CliRun run = CliRun.of("export", "--format", "nquads", "--split-by-graph", "-o", out.toString(), "--store", store.toString());
        assertEquals(0, run.exitCode(), run.err());

        List<String> index = Files.readAllLines(out.resolve("graphs.tsv"));
        assertEquals("file\tgraph\tquads", index.get(0));
        DatasetGraph together = DatasetGraphFactory.createGeneral();
        for (String row : index.subList(1, index.size())) {
            String[] cols = row.split("\t");
            DatasetGraph one = DatasetGraphFactory.createGeneral();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve(cols[0])))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(one);
            }
            assertEquals(Long.parseLong(cols[2]), one.stream().count(), cols[0]);
            assertTrue(one.stream().allMatch(q -> q.getGraph().getURI().equals(cols[1])), cols[0] + " holds quads of another graph");
            one.find().forEachRemaining(together::add);
        }
        assertTrue(index.contains("page-iclr-2023-poster-session-6-txt.nq.gz\t" + IriScheme.DEFAULT_BASE
                + "page/iclr-2023-poster-session-6.txt\t" + quadsIn(store, "page/iclr-2023-poster-session-6.txt")), index.toString());
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            assertEquals(kg.stats().get("graphs"), (long) index.size() - 1);
            DatasetGraph all = kg.store().read(dsg -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                dsg.find().forEachRemaining(copy::add);
                return copy;
            });
            assertTrue(IsoMatcher.isomorphic(all, together), "the files together are not the store");
        }

        CliRun again = CliRun.of("export", "--format", "nquads", "--split-by-graph", "-o", out.toString(), "--store", store.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("exists and is not an empty folder"), again.err());
        CliRun turtle = CliRun.of("export", "--split-by-graph", "-o", dir.resolve("t").toString(), "--store", store.toString());
        assertEquals(2, turtle.exitCode());
        assertTrue(turtle.err().contains("give --format nquads"), turtle.err());
    }

    private static long quadsIn(Path store, String page) {
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            return kg.store().read(dsg -> dsg.stream(org.apache.jena.graph.NodeFactory.createURI(IriScheme.DEFAULT_BASE + page),
                    null, null, null).count());
        }
    }
}
