package org.paperkg.cli;

import org.paperkg.Paperkg;
import org.paperkg.link.DblpDump;
import org.paperkg.link.DblpEndpoint;
import org.paperkg.link.EntityLink;
import org.paperkg.link.ExternalGraph;
import org.paperkg.link.LinkDecision;
import org.paperkg.link.LinkException;
import org.paperkg.link.Linker;
import org.paperkg.link.PersonLink;
import org.paperkg.link.SemOpenAlexDump;
import org.paperkg.link.SemOpenAlexEndpoint;
import org.paperkg.link.SparqlClient;
import org.paperkg.link.WikidataDump;
import org.paperkg.link.WikidataEndpoint;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links papers and their authors to an external scholarly graph and stores the links as the",
                "named graph graph/links/SOURCE (replaced on each run). Prints what was linked, ambiguous,",
                "refused and unmatched. SOURCE: dblp, wikidata or openalex (SemOpenAlex)."})
final class LinkCommand implements Callable<Integer> {
    /** Each external graph: its public endpoint, and how to read it live or from a dump. */
    private record Source(String endpoint, Function<SparqlClient, ExternalGraph> live, Function<Path, ExternalGraph> dump) {
    }

    private static final Map<String, Source> SOURCES = sources();

    private static Map<String, Source> sources() {
        Map<String, Source> m = new LinkedHashMap<>();
        m.put("dblp", new Source("https://sparql.dblp.org/sparql", DblpEndpoint::new, DblpDump::new));
        m.put("wikidata", new Source("https://query.wikidata.org/sparql", WikidataEndpoint::new, WikidataDump::new));
        m.put("openalex", new Source("https://semopenalex.org/sparql", SemOpenAlexEndpoint::new, SemOpenAlexDump::new));
        return m;
    }

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "SOURCE", description = "dblp, wikidata or openalex")
    String source;

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--endpoint", paramLabel = "URL",
                description = "SPARQL endpoint (default: https://sparql.dblp.org/sparql, https://query.wikidata.org/sparql, "
                        + "https://semopenalex.org/sparql)")
        URI endpoint;

        @Option(names = "--dump", paramLabel = "FILE", description = "a dump in the source's own schema: .nt, .ttl, .trig, .nq, gzip too")
        Path dump;
    }

    @Option(names = "--cache", paramLabel = "DIR", description = "answers kept here (default: STORE/link-cache/SOURCE)")
    Path cache;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "per request (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--interval-ms", paramLabel = "MS", defaultValue = "1000",
            description = "least time between two requests (default: ${DEFAULT-VALUE})")
    long interval;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3", description = "retries with doubling back-off (default: ${DEFAULT-VALUE})")
    int retries;

    @Option(names = "--verbose", description = "list every refused and unmatched paper, not only the counts")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = source.toLowerCase(Locale.ROOT);
        if (!SOURCES.containsKey(name)) {
            throw new Main.UsageError("unknown source '" + source + "'; the sources are: " + String.join(", ", SOURCES.keySet()));
        }
        try (Paperkg kg = storeOptions.open()) {
            ExternalGraph graph;
            String origin;
            Source kind = SOURCES.get(name);
            if (mode.dump != null) {
                graph = kind.dump().apply(mode.dump);
                origin = mode.dump.getFileName().toString(); // the file's name, not where it sits on this machine
            } else {
                URI endpoint = mode.endpoint != null ? mode.endpoint : URI.create(kind.endpoint());
                Path cacheDir = cache != null ? cache : storeOptions.store.resolve("link-cache").resolve(name);
                SparqlClient client = new SparqlClient(endpoint, cacheDir, Duration.ofSeconds(timeout),
                        Duration.ofMillis(interval), retries, Duration.ofSeconds(1));
                graph = kind.live().apply(client);
                origin = endpoint.toString();
            }
            Linker.LinkResult result;
            try {
                result = kg.link(graph, origin);
            } catch (LinkException e) {
                err.println("link " + name + ": error: " + e.getMessage());
                err.println("nothing was changed in the store");
                err.flush();
                return 1;
            }
            report(result, out);
            out.flush();
            return 0;
        }
    }

    private void report(Linker.LinkResult r, PrintWriter out) {
        StringBuilder papers = new StringBuilder();
        for (Map.Entry<LinkDecision.Outcome, Long> e : r.paperCounts().entrySet()) {
            papers.append(papers.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey().name().toLowerCase(Locale.ROOT));
        }
        out.println(r.source() + ": papers: " + papers);
        long uncertain = r.people().stream().filter(PersonLink::uncertain).count();
        out.println(r.source() + ": people: " + (r.people().size() - uncertain) + " linked, " + uncertain + " uncertain");
        for (LinkDecision d : r.papers()) {
            boolean show = switch (d.outcome()) {
                case LINKED, GIVEN -> true;
                case AMBIGUOUS -> true;
                case REFUSED, UNMATCHED -> verbose;
            };
            if (!show) continue;
            out.println(String.format("%-9s %s%s  (%s)", d.outcome().name().toLowerCase(Locale.ROOT), d.paper(),
                    d.target() == null ? "" : " -> " + d.target() + " " + d.confidence(), d.evidence()));
        }
        for (PersonLink p : r.people()) {
            if (p.uncertain()) out.println("uncertain " + p.person() + "  (" + p.evidence() + ")");
        }
        for (String kind : new String[] {EntityLink.DATASET, EntityLink.CONCEPT, EntityLink.PROCEEDINGS, EntityLink.SERIES}) {
            var links = r.entities(kind);
            if (links.isEmpty()) continue;
            long ambiguous = links.stream().filter(EntityLink::ambiguous).count();
            out.println(r.source() + ": " + kind + " links: " + (links.size() - ambiguous) + " linked, " + ambiguous + " ambiguous");
            for (EntityLink e : links) {
                out.println(String.format("%-9s %s%s  (%s)", e.ambiguous() ? "ambiguous" : kind, e.local(),
                        e.external() == null ? "" : " -> " + e.external(), e.evidence()));
            }
        }
        out.println(r.source() + ": " + r.traffic());
    }
}
