package org.paperkg.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.paperkg.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A store of several copies of a built graph, for measuring pages and queries at a size the
 * build itself cannot reach yet. What a page or query costs depends on the graph's shape and
 * size, not on how the store was built, so K copies of a 20,000-paper build stand in for a
 * build of 20,000·K papers: each copy's papers, persons and pages (and what is minted under
 * them) get IRIs of their own, while the catalogue, the conferences, sessions and the derived
 * graph's name are shared, as in one larger corpus.
 */
@Command(name = "bench-copies", mixinStandardHelpOptions = true,
        description = {"Makes a store of --copies copies of a built store's graph (papers, persons and pages renamed per copy; "
                + "catalogue, conferences and sessions shared), through Jena's bulk loader, for bench-http at a size a build "
                + "cannot reach yet."})
final class BenchCopiesCommand implements Callable<Integer> {
    private static final List<String> COPIED = List.of("paper/", "person/", "page/");

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "the built store to copy")
    Path from;

    @Option(names = "--into", required = true, paramLabel = "DIR", description = "the new store (must not exist)")
    Path into;

    @Option(names = "--copies", defaultValue = "5", description = "copies of the graph (default: ${DEFAULT-VALUE})")
    int copies;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (copies < 1) throw new Main.UsageError("--copies must be at least 1");
        if (Files.exists(into)) throw new Main.UsageError(into + " exists: bench-copies makes a new store");
        String base = StoreConfig.storedBase(from).orElse(IriScheme.DEFAULT_BASE);
        long t0 = System.nanoTime();
        long quads;
        try (Paperkg source = Paperkg.open(from, base)) {
            Node vocabulary = source.iris().vocabularyGraph();
            DatasetGraph target = DatabaseMgr.connectDatasetGraph(into.toString());
            DataLoader loader = LoaderFactory.phasedLoader(target, (fmt, args) -> { });
            loader.startBulk();
            StreamRDF sink = loader.stream();
            sink.start();
            long[] n = {0};
            for (int k = 0; k < copies; k++) {
                int copy = k;
                source.store().read(dsg -> {
                    dsg.find().forEachRemaining(q -> {
                        if (copy > 0 && q.getGraph().equals(vocabulary)) return; // one catalogue
                        sink.quad(Quad.create(renamed(q.getGraph(), base, copy), renamed(q.getSubject(), base, copy), q.getPredicate(),
                                renamed(q.getObject(), base, copy)));
                        n[0]++;
                    });
                    return null;
                });
            }
            sink.finish();
            loader.finishBulk();
            TDBInternal.expel(target, true);
            quads = n[0];
        }
        StoreConfig.storeBase(into, base);
        // opened once so the text index and the vocabulary checks are made now, not on first use
        try (Paperkg copied = Paperkg.open(into, base)) {
            Map<String, Long> stats = copied.stats();
            out.printf("%d copies of %s into %s: %,d quads loaded, %,d papers, %,d persons (%.1f s)%n", copies, from, into, quads,
                    stats.get("papers"), stats.get("persons"), (System.nanoTime() - t0) / 1e9);
        }
        out.flush();
        return 0;
    }

    /** An IRI of a paper, person or page, with the copy's suffix on its first segment; anything else as it is. */
    static Node renamed(Node n, String base, int copy) {
        if (copy == 0 || !n.isURI() || !n.getURI().startsWith(base)) return n;
        String rest = n.getURI().substring(base.length());
        for (String kind : COPIED) {
            if (!rest.startsWith(kind)) continue;
            String seg = rest.substring(kind.length());
            int slash = seg.indexOf('/');
            String head = slash < 0 ? seg : seg.substring(0, slash);
            String tail = slash < 0 ? "" : seg.substring(slash);
            return NodeFactory.createURI(base + kind + head + "-copy" + copy + tail);
        }
        return n;
    }
}
