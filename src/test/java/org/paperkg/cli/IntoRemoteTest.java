package org.paperkg.cli;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.paperkg.remote.RemoteStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --into}: ingest, remove, bulk build and pull write into a second Fuseki on loopback. */
class IntoRemoteTest {
    private static final String BASE = IriScheme.DEFAULT_BASE;
    private static final String HF_DAY = "../shared/real/hf_daily_papers/2024-05-28.json";

    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve("store");
    }

    /** Two of the examples (a session and an award list) with their manifest: sessions, awards and the derived graph, quickly. */
    private String pages() throws java.io.IOException {
        Path pages = dir.resolve("pages");
        if (!Files.isDirectory(pages)) {
            Files.createDirectories(pages);
            for (String f : List.of("iclr-2022-oral-2-understanding-deep-learning.txt", "iclr-2022-outstanding-paper-awards.txt", "manifest.tsv")) {
                Files.copy(Examples.FOLDER.resolve(f), pages.resolve(f));
            }
        }
        return pages.toString();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store().toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    private DatasetGraph local() {
        try (Paperkg kg = Paperkg.open(store(), BASE)) {
            return kg.store().read(dsg -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                dsg.find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    private void assertSameGraph(SecondFuseki remote) {
        DatasetGraph local = local();
        DatasetGraph copy = remote.copyWithoutState(BASE);
        assertEquals(local.stream().count(), copy.stream().count(), "quads");
        assertTrue(IsoMatcher.isomorphic(local, copy), "the remote holds another graph than the local store");
    }

    @Test
    void pagesGoWholeByPutThenTheDerivedChangeByOneUpdateAndTheRemoteStaysTheLocalGraph() throws Exception {
        try (SecondFuseki remote = new SecondFuseki()) {
            CliRun first = run("ingest", pages(), "--into", remote.url());
            assertEquals(0, first.exitCode(), first.out() + first.err());
            assertTrue(first.out().contains("remote store: 2 page graph(s) sent, 3 update(s)"), first.out());
            assertSameGraph(remote);

            // one more page: its graph in one PUT, then the change to the other graphs in one update
            remote.clearLog();
            CliRun second = run("ingest", HF_DAY, "--into", remote.url());
            assertEquals(0, second.exitCode(), second.out() + second.err());
            List<String> writes = remote.log().stream().filter(l -> !l.endsWith("/sparql")).toList();
            assertEquals(List.of("PUT /ds/data", "POST /ds/update"), writes, remote.log().toString());
            assertSameGraph(remote);

            // nothing changed: nothing written
            remote.clearLog();
            CliRun again = run("ingest", HF_DAY, "--into", remote.url());
            assertEquals(0, again.exitCode(), again.err());
            assertTrue(remote.log().stream().allMatch(l -> l.endsWith("/sparql")), remote.log().toString());

            // a page taken out: the derived change and the graph's drop in one update
            remote.clearLog();
            CliRun removed = run("remove", "2024-05-28.json", "--into", remote.url());
            assertEquals(0, removed.exitCode(), removed.out() + removed.err());
            assertEquals(List.of("POST /ds/update"), remote.log().stream().filter(l -> !l.endsWith("/sparql")).toList());
            assertSameGraph(remote);
        }
    }

    @Test
    void aRemoteThatMissedAChangeOrWasWrittenByOthersIsSentTheWholeGraphNextTime() throws Exception {
        try (SecondFuseki remote = new SecondFuseki()) {
            assertEquals(0, run("ingest", pages(), "--into", remote.url()).exitCode());
            // a graph outside our base is someone else's: never touched
            Txn.executeWrite(remote.data(), () -> remote.data().add(NodeFactory.createURI("urn:other:graph"),
                    NodeFactory.createURI("urn:other:s"), NodeFactory.createURI("urn:other:p"), NodeFactory.createLiteralString("kept")));

            remote.failWritesAfter(0);
            CliRun failed = run("ingest", HF_DAY, "--into", remote.url());
            assertEquals(1, failed.exitCode(), failed.out());
            assertTrue(failed.err().contains("the remote store missed changes of this run"), failed.err());
            assertTrue(failed.err().contains("500"), failed.err());
            assertTrue(failed.out().contains("added      2024-05-28.json"), "the local store took the page: " + failed.out());

            // someone drops one of our graphs meanwhile
            remote.failWritesAfter(Integer.MAX_VALUE);
            Txn.executeWrite(remote.data(), () -> remote.data().removeGraph(NodeFactory.createURI(BASE + "graph/papers")));
            CliRun healed = run("ingest", HF_DAY, "--into", remote.url());
            assertEquals(0, healed.exitCode(), healed.out() + healed.err());
            DatasetGraph copy = remote.copyWithoutState(BASE);
            copy.deleteAny(NodeFactory.createURI("urn:other:graph"), null, null, null);
            assertTrue(IsoMatcher.isomorphic(local(), copy));
            assertTrue(Txn.calculateRead(remote.data(), () -> remote.data().containsGraph(NodeFactory.createURI("urn:other:graph"))));
        }
    }

    @Test
    void aRemoteThatDoesNotAnswerOrRefusesChangesNothing() throws Exception {
        CliRun nobody = run("ingest", pages(), "--into", "http://127.0.0.1:9/ds");
        assertEquals(1, nobody.exitCode());
        assertTrue(nobody.err().contains("the remote store at http://127.0.0.1:9/ds/sparql did not take the graph"), nobody.err());
        assertTrue(nobody.err().contains("nothing was changed in the local store"), nobody.err());
        assertFalse(Files.exists(store()), "the local store was made before the remote answered");

        try (SecondFuseki remote = new SecondFuseki()) {
            remote.require(RemoteStore.bearer("s3cret"));
            CliRun refused = run("ingest", pages(), "--into", remote.url());
            assertEquals(1, refused.exitCode());
            assertFalse(Files.exists(store()));
            assertTrue(refused.err().contains("answered 401 (Unauthorized); give the remote's credentials"), refused.err());

            Path token = dir.resolve("token");
            Files.writeString(token, "s3cret\n");
            CliRun bearer = run("ingest", pages(), "--into", remote.url(), "--into-token-file", token.toString());
            assertEquals(0, bearer.exitCode(), bearer.out() + bearer.err());
            assertSameGraph(remote);

            remote.require(RemoteStore.basic("paperkg", "pa:ss"));
            Path password = dir.resolve("password");
            Files.writeString(password, "pa:ss");
            CliRun basic = run("ingest", HF_DAY, "--into", remote.url(), "--into-user", "paperkg", "--into-password-file", password.toString());
            assertEquals(0, basic.exitCode(), basic.out() + basic.err());
            assertSameGraph(remote);
        }
    }

    @Test
    void aBulkBuildAndAPullGoIntoTheRemoteToo() throws Exception {
        try (SecondFuseki remote = new SecondFuseki(); ReplayServer source = new ReplayServer()) {
            CliRun bulk = run("ingest", "--bulk", pages(), "--into", remote.url());
            assertEquals(0, bulk.exitCode(), bulk.out() + bulk.err());
            assertSameGraph(remote);
            CliRun pull = run("pull", "hf-daily", "2024-05-28", "--api", source.url("/hf/api/daily_papers"), "--interval", "0",
                    "--into", remote.url());
            assertEquals(0, pull.exitCode(), pull.out() + pull.err());
            assertTrue(pull.out().contains("remote store: 1 page graph(s) sent, 1 update(s)"), pull.out());
            assertSameGraph(remote);
            assertFalse(remote.log().isEmpty());
        }
    }
}
