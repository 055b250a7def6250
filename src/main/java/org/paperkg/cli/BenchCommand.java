package org.paperkg.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.paperkg.Paperkg;
import org.paperkg.bench.HttpLoad;
import org.paperkg.query.QueryParameters;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.StoredQueries;
import org.paperkg.query.StoredQuery;
import org.paperkg.serve.PaperServer;
import org.paperkg.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench-http", mixinStandardHelpOptions = true,
        description = {"Measures the SPARQL endpoint under load: requests per second, p50 and p99 latency and errors",
                "for each query at each number of concurrent clients. Serves the store itself on a free loopback",
                "port (building the example graph first), or loads --url."})
final class BenchCommand implements Callable<Integer> {
    /** Finds a paper to look up in whatever store is loaded: a fixed IRI would measure a miss on any other. */
    private static final String SOME_PAPER = "SELECT ?paper { ?paper <http://purl.org/dc/terms/title> [] } LIMIT 1";

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--url", paramLabel = "ENDPOINT", description = "load this SPARQL endpoint instead of serving the store")
    String url;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,32", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    List<Integer> clients;

    @Option(names = "--seconds", defaultValue = "10", description = "measured seconds per run (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "warm-up seconds per run, not counted (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--query", paramLabel = "NAME[:key=value]",
            description = "stored queries to run, with parameters separated by ';' (default: lookup and the headline query)")
    List<String> queries = new ArrayList<>(List.of("lookup", "papers-using-dataset-and-concept:dataset=ImageNet;concept=diffusion"));

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<HttpLoad.Result> results = new ArrayList<>();
        if (url != null) {
            run(url, texts(QueryExecHTTP.service(url).query(SOME_PAPER).select()), results, out);
        } else {
            try (Paperkg kg = storeOptions.open()) {
                Map<String, Long> counts = kg.stats();
                if (counts.get("sources") == 0 && Files.isDirectory(Path.of("examples"))) {
                    counts = kg.ingest(List.of(Path.of("examples")), Paperkg.IngestListener.SILENT).countsAfter();
                }
                Map<String, String> texts = texts(lookup(kg));
                try (PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0))) {
                    out.printf("serving %d papers at %s%n", counts.get("papers"), server.sparqlEndpoint());
                    run(server.sparqlEndpoint(), texts, results, out);
                }
            }
        }
        out.printf("%njava %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return results.stream().anyMatch(r -> r.errors() > 0) ? 1 : 0;
    }

    private void run(String endpoint, Map<String, String> texts, List<HttpLoad.Result> results, PrintWriter out)
            throws InterruptedException {
        int width = Math.max(5, texts.keySet().stream().mapToInt(String::length).max().orElse(5));
        String row = "%-" + width + "s %7d %10.1f %9.2f %9.2f %7d%n";
        out.printf("%-" + width + "s %7s %10s %9s %9s %7s%n", "query", "clients", "req/s", "p50 ms", "p99 ms", "errors");
        for (Map.Entry<String, String> q : texts.entrySet()) {
            for (int c : clients) {
                HttpLoad.Result r = HttpLoad.run(q.getKey(), endpoint, q.getValue(), c, Duration.ofSeconds(warmup),
                        Duration.ofSeconds(seconds));
                results.add(r);
                out.printf(row, r.label(), r.clients(), r.requestsPerSecond(),
                        r.p50Millis(), r.p99Millis(), r.errors());
                out.flush();
            }
        }
    }

    /** The text of each query to send, the lookup asking for the paper {@code somePaper} found. */
    private Map<String, String> texts(RowSet somePaper) {
        return texts(lookup(somePaper));
    }

    private Map<String, String> texts(String lookup) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String q : queries) texts.put(q, q.equals("lookup") ? lookup : queryText(q));
        return texts;
    }

    /** A point lookup: the title of the paper the answer to {@link #SOME_PAPER} names. */
    static String lookup(RowSet somePaper) {
        if (!somePaper.hasNext()) throw new Main.UsageError("the store holds no titled paper to look up");
        return "SELECT ?title { <" + somePaper.next().get("paper").getURI() + "> <http://purl.org/dc/terms/title> ?title }";
    }

    /** {@link #lookup} for a store of this process. */
    static String lookup(Paperkg kg) {
        return kg.store().read(dsg -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(SOME_PAPER).set(TDB2.symUnionDefaultGraph, true).build()) {
                return lookup(exec.select());
            }
        });
    }

    /**
     * The text to send: a stored query with its parameters substituted as RDF terms, the way the
     * command line and the query page bind them.
     */
    static String queryText(String spec) {
        String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        StoredQuery q = StoredQueries.load(name).orElseThrow(() -> new Main.UsageError("no stored query '" + name + "'"));
        Query query = QueryRunner.parse(q.text(), name);
        if (!spec.contains(":")) return query.serialize();
        QueryParameters params = new QueryParameters();
        for (String kv : spec.substring(spec.indexOf(':') + 1).split(";")) params.add(kv);
        Map<Var, Node> bindings = new HashMap<>();
        params.asMap().forEach((k, v) -> bindings.put(Var.alloc(k), v));
        return QueryTransformOps.transform(query, bindings).serialize();
    }
}
