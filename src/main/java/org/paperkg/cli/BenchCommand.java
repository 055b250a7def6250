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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
                "port (building the example graph first), or loads --url. With --pages, the browsing pages and",
                "search instead: the home page, a paper, its first author, the most used dataset and concept,",
                "a session, and two searches."})
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

    @Option(names = "--pages", description = "measure the browsing pages and search (of the store served here) instead of SPARQL queries")
    boolean pages;

    /** The things whose pages --pages loads: a titled paper and its first author, the most used dataset and concept, a session. */
    private static final String PAGE_SUBJECTS = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?paper ?person ?dataset ?concept ?session {
              { SELECT ?paper ?person { ?paper dcterms:title [] ; pkg:authorship ?a . ?a pkg:position 1 ; pkg:author ?person } LIMIT 1 }
              OPTIONAL { { SELECT ?dataset (COUNT(?p) AS ?nd) { ?p pkg:usesDataset ?dataset } GROUP BY ?dataset ORDER BY DESC(?nd) LIMIT 1 } }
              OPTIONAL { { SELECT ?concept (COUNT(?q) AS ?nc) { ?q pkg:aboutConcept ?concept } GROUP BY ?concept ORDER BY DESC(?nc) LIMIT 1 } }
              OPTIONAL { { SELECT ?session { ?session a pkg:Session } LIMIT 1 } }
            }""";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<HttpLoad.Result> results = new ArrayList<>();
        if (url != null && pages) throw new Main.UsageError("--pages measures the store served here: leave out --url");
        if (url != null) {
            run(url, texts(QueryExecHTTP.service(url).query(SOME_PAPER).select()), results, out);
        } else {
            try (Paperkg kg = storeOptions.open()) {
                Map<String, Long> counts = kg.stats();
                if (counts.get("sources") == 0 && Files.isDirectory(Path.of("examples"))) {
                    counts = kg.ingest(List.of(Path.of("examples")), Paperkg.IngestListener.SILENT).countsAfter();
                }
                Map<String, String> texts = pages ? pagePaths(kg) : texts(lookup(kg));
                try (PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0))) {
                    out.printf("serving %d papers at %s%n", counts.get("papers"), pages ? server.url() : server.sparqlEndpoint());
                    if (pages) runPages(server.url(), texts, results, out);
                    else run(server.sparqlEndpoint(), texts, results, out);
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
        Map<String, URI> targets = new LinkedHashMap<>();
        texts.forEach((name, text) -> targets.put(name, URI.create(endpoint + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8))));
        load("query", targets, "application/sparql-results+json", Map.of(), results, out);
    }

    /** Each page to load, by name: the path under the server's address. */
    private static Map<String, String> pagePaths(Paperkg kg) {
        String base = kg.iris().base();
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("home", "/");
        kg.store().read(dsg -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(PAGE_SUBJECTS).set(TDB2.symUnionDefaultGraph, true).build()) {
                RowSet rows = exec.select();
                if (!rows.hasNext()) throw new Main.UsageError("the store holds no titled paper with an author to load the pages of");
                var row = rows.next();
                for (String v : List.of("paper", "person", "dataset", "concept", "session")) {
                    Node n = row.get(v);
                    if (n != null) paths.put(v, org.paperkg.browse.BrowsePages.pathOf(base, n));
                }
            }
            return null;
        });
        paths.put("search", "/search?q=diffusion+imagenet");
        paths.put("search-phrase", "/search?q=%22language+model%22");
        return paths;
    }

    private void runPages(String serverUrl, Map<String, String> paths, List<HttpLoad.Result> results, PrintWriter out)
            throws InterruptedException {
        Map<String, URI> targets = new LinkedHashMap<>();
        paths.forEach((name, path) -> targets.put(name, URI.create(serverUrl + path.substring(1))));
        load("page", targets, "text/html", paths, results, out);
    }

    /**
     * Loads each target at each number of clients and prints a row per run; {@code shown} gives a
     * last column for the targets it names (a page's path).
     */
    private void load(String kind, Map<String, URI> targets, String accept, Map<String, String> shown, List<HttpLoad.Result> results,
                      PrintWriter out) throws InterruptedException {
        int width = Math.max(5, targets.keySet().stream().mapToInt(String::length).max().orElse(5));
        String row = "%-" + width + "s %7d %10.1f %9.2f %9.2f %7d%s%n";
        out.printf("%-" + width + "s %7s %10s %9s %9s %7s%s%n", kind, "clients", "req/s", "p50 ms", "p99 ms", "errors",
                shown.isEmpty() ? "" : "  path");
        for (Map.Entry<String, URI> t : targets.entrySet()) {
            for (int c : clients) {
                HttpLoad.Result r = HttpLoad.run(t.getKey(), t.getValue(), accept, c, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));
                results.add(r);
                String last = shown.containsKey(t.getKey()) ? "  " + shown.get(t.getKey()) : "";
                out.printf(row, r.label(), r.clients(), r.requestsPerSecond(), r.p50Millis(), r.p99Millis(), r.errors(), last);
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
