package org.paperkg.cli;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.Paperkg;
import org.paperkg.bench.HttpLoad;
import org.paperkg.serve.PaperServer;
import org.paperkg.serve.ServeOptions;

import java.io.ByteArrayOutputStream;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {
    @Test
    void storedQueryParametersAreSubstitutedAsLiteralsThatAQuoteCannotBreak() {
        String text = BenchCommand.queryText("author-papers:author=Sung \"Ju\" Hwang");
        assertTrue(text.contains("\"Sung \\\"Ju\\\" Hwang\""), text);
        assertTrue(!text.contains("?author"), text);
        QueryFactory.create(text);
    }

    @Test
    void theLoadClientCountsRequestsAndNoErrorsAgainstTheExampleGraph() throws Exception {
        try (Paperkg kg = Examples.ingested(Examples.pages());
             PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0))) {
            String lookup = BenchCommand.lookup(kg);
            // the lookup asks for a paper the store holds, so the benchmark measures a hit
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            kg.query(QueryFactory.create(lookup), java.util.Map.of(), org.paperkg.query.QueryRunner.Format.CSV, answer);
            assertEquals(2, answer.toString(java.nio.charset.StandardCharsets.UTF_8).lines().count(), answer.toString());
            HttpLoad.Result r = HttpLoad.run("lookup", server.sparqlEndpoint(), lookup, 4,
                    Duration.ofMillis(300), Duration.ofSeconds(1));
            assertEquals(0, r.errors());
            assertTrue(r.requests() > 0);
            assertTrue(r.p50Millis() <= r.p99Millis());
            HttpLoad.Result bad = HttpLoad.run("malformed", server.sparqlEndpoint(), "SELECT ?x WHERE {", 1,
                    Duration.ZERO, Duration.ofMillis(300));
            assertTrue(bad.errors() > 0, "a 400 answer counts as an error");
            assertEquals(0, bad.requests());
        }
    }

    @Test
    void serveRefusesUpdateWithoutAPasswordFile() {
        CliRun run = CliRun.of("serve", "--store", "target/unused-store", "--allow-update");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--allow-update needs --password-file"), run.err());
    }
}
