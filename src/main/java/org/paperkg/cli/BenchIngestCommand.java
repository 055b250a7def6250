package org.paperkg.cli;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.IngestReport;
import org.paperkg.Paperkg;
import org.paperkg.extract.TextExtraction;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.StoredQueries;
import org.paperkg.query.StoredQuery;
import org.paperkg.rdf.GraphStats;
import org.paperkg.rdf.IriScheme;
import org.paperkg.record.PaperRecord;
import org.paperkg.store.Exporter;
import org.paperkg.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Measures building a store: a corpus of --papers distinct papers made from real abstracts
 * (each variant with its own title, author order and sentence order, so no memo flatters it)
 * written as CSV lists of --page-size papers, ingested in a child JVM with --heap; then the same
 * graph exported and loaded bare with Jena's bulk loader in this process, the ratio being the
 * figure that holds on a busy machine. Then, on the built store: stats, an unchanged page, a new
 * page (and the same page into an empty store), and the headline query.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = {"Build benchmark: --papers synthetic papers from real abstracts, in CSV lists of --page-size,",
                "ingested (--bulk, or page by page with --pages) in a child JVM with --heap, against Jena's bare bulk load",
                "of the same graph; then stats, an unchanged page, a new page and the headline query on the result."})
final class BenchIngestCommand implements Callable<Integer> {
    private static final List<String> OPENERS = List.of("", "Revisiting ", "On ", "Towards ", "Rethinking ", "Understanding ",
            "Scaling ", "Beyond ", "Learning with ", "A Study of ", "Improving ", "Analyzing ");

    @Option(names = "--papers", defaultValue = "20000", description = "papers in the corpus (default: ${DEFAULT-VALUE})")
    int papers;

    @Option(names = "--page-size", defaultValue = "1000", description = "papers per CSV file (default: ${DEFAULT-VALUE})")
    int pageSize;

    @Option(names = "--heap", defaultValue = "512m", description = "the building JVM's -Xmx (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--staging", paramLabel = "auto|memory|store", defaultValue = "auto",
            description = "where the bulk build works the graph out, as ingest --staging (default: ${DEFAULT-VALUE})")
    String staging;

    @Option(names = "--pages", description = "ingest page by page (one write transaction each) instead of --bulk")
    boolean pageByPage;

    @Option(names = "--from", defaultValue = "examples", paramLabel = "DIR", split = ",",
            description = "folders of pages to take papers with abstracts from (default: ${DEFAULT-VALUE})")
    List<Path> from;

    @Option(names = "--keep", paramLabel = "DIR", description = "build in DIR and keep the corpus and the store (for bench-http --store)")
    Path keep;

    @Spec
    CommandSpec spec;

    private record Base(String title, List<String> authors, List<String> sentences) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (papers < 1 || pageSize < 1) throw new Main.UsageError("--papers and --page-size take positive numbers");
        List<Base> bases = bases();
        if (bases.isEmpty()) throw new Main.UsageError("no papers with a title, authors and an abstract in " + from);
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("paperkg-bench-ingest");
        try {
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            List<String> texts = writeCorpus(bases, corpus);
            out.printf("corpus: %,d papers from %d real abstracts, %d CSV files of %,d, %,d bytes%n", papers, bases.size(),
                    (papers + pageSize - 1) / pageSize, pageSize, PaperStore.bytesIn(corpus));
            out.flush();
            double extraction = extractionAlone(texts);
            out.printf("extraction alone (%d threads): %.1f s, %.0f papers/s%n", Runtime.getRuntime().availableProcessors(),
                    extraction, papers / extraction);
            out.flush();

            Path store = dir.resolve("store");
            List<String> arguments = new ArrayList<>(List.of("ingest", "--store", store.toString()));
            if (!pageByPage) arguments.addAll(List.of("--bulk", "--staging", staging));
            arguments.add(corpus.toString());
            ChildJvm.Run build = ChildJvm.paperkg(heap, dir.resolve("build.gc.log"), arguments);
            if (build.exit() != 0) {
                out.println("the build failed (exit " + build.exit() + "):");
                build.lines().stream().skip(Math.max(0, build.lines().size() - 20L)).forEach(out::println);
                return 1;
            }
            long storeBytes = PaperStore.bytesIn(store);
            Path nquads = dir.resolve("store.nq");
            long quads;
            try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE); OutputStream o = Files.newOutputStream(nquads)) {
                quads = kg.stats().get("quads");
                kg.export(Exporter.Format.NQUADS, o);
            }
            out.printf("paperkg ingest%s, -Xmx%s: %.1f s, %.0f papers/s, %,.0f quads/s, peak heap %s MB, store %,d MB (%,d quads)%n",
                    pageByPage ? " page by page" : " --bulk --staging " + staging, heap, build.seconds(), papers / build.seconds(), quads / build.seconds(),
                    build.peakHeap(), storeBytes >> 20, quads);
            build.lines().stream().filter(l -> l.startsWith("bulk build:")).forEach(l -> out.println("  " + l));
            out.flush();

            Path bare = dir.resolve("bare-store");
            long t0 = System.nanoTime();
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(bare.toString());
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
            double bareSeconds = (System.nanoTime() - t0) / 1e9;
            TDBInternal.expel(dsg);
            long bareBytes = PaperStore.bytesIn(bare);
            out.printf("Jena's phased bulk loader, the same %,d quads as N-Quads: %.1f s, store %,d MB%n", quads, bareSeconds, bareBytes >> 20);
            out.printf("ratios: build / (bare load + extraction alone) = %.2f; store size / bare store = %.2f%n",
                    build.seconds() / (bareSeconds + extraction), storeBytes / (double) bareBytes);
            out.flush();
            Files.delete(nquads);

            onTheBuiltStore(out, store, bases, dir);
            out.printf("java %s, %d cores, this JVM's max heap %d MiB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            return 0;
        } finally {
            if (keep == null) PaperStore.deleteTree(dir);
        }
    }

    /** Stats, an unchanged page, a new page (and into an empty store), the headline query: in this process. */
    private void onTheBuiltStore(PrintWriter out, Path store, List<Base> bases, Path dir) throws IOException {
        Path newPage = Files.createDirectories(dir.resolve("new")).resolve("new-page.csv");
        writePage(bases, newPage, papers, Math.min(pageSize, papers));
        Path firstPage;
        try (Stream<Path> s = Files.list(dir.resolve("corpus"))) {
            firstPage = s.sorted().findFirst().orElseThrow();
        }
        try (Paperkg kg = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            double stats = timed(kg::stats);
            double recount = timed(() -> kg.store().read(GraphStats::count));
            double unchanged = timed(() -> kg.ingest(List.of(firstPage), Paperkg.IngestListener.SILENT));
            double added = timed(() -> check(kg.ingest(List.of(newPage), Paperkg.IngestListener.SILENT)));
            out.printf("on the built store: stats %.0f ms (saved counts; counted afresh %.0f ms); an unchanged page %.2f s;"
                    + " a new page of %,d papers %.1f s%n", stats * 1000, recount * 1000, unchanged, Math.min(pageSize, papers), added);
            StoredQuery headline = StoredQueries.all().get("papers-using-dataset-and-concept");
            var params = Map.of("dataset", org.apache.jena.graph.NodeFactory.createLiteralString("ImageNet"),
                    "concept", org.apache.jena.graph.NodeFactory.createLiteralString("diffusion"));
            double[] ms = new double[21];
            for (int i = 0; i < ms.length; i++) {
                ms[i] = 1000 * timed(() -> kg.query(QueryFactory.create(headline.text()), params, QueryRunner.Format.CSV,
                        OutputStream.nullOutputStream()));
            }
            Arrays.sort(ms);
            out.printf("headline query (ImageNet, diffusion) in this process: p50 %.1f ms, max %.1f ms over %d runs%n",
                    ms[ms.length / 2], ms[ms.length - 1], ms.length);
        }
        Path empty = dir.resolve("empty-store");
        try (Paperkg kg = Paperkg.open(empty, IriScheme.DEFAULT_BASE)) {
            double added = timed(() -> check(kg.ingest(List.of(newPage), Paperkg.IngestListener.SILENT)));
            out.printf("the same new page into an empty store: %.1f s%n", added);
        }
        out.flush();
    }

    private static IngestReport check(IngestReport report) {
        if (report.anyFailed()) throw new IllegalStateException("a benchmark page failed: " + report.pages());
        return report;
    }

    private static double timed(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private List<Base> bases() throws IOException {
        List<Base> out = new ArrayList<>();
        for (Path folder : from) {
            for (PaperRecord r : BenchExtractCommand.records(folder)) {
                if (r.title() == null || r.abstractText() == null || r.authors().isEmpty()) continue;
                List<String> sentences = Arrays.asList(r.abstractText().clean().split("(?<=[.!?])\\s+(?=[A-Z])"));
                out.add(new Base(r.title(), r.authors(), sentences));
            }
        }
        return out;
    }

    /** Writes the corpus files; returns every title and abstract, for extraction alone. */
    private List<String> writeCorpus(List<Base> bases, Path corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int first = 0, file = 1; first < papers; first += pageSize, file++) {
            int n = Math.min(pageSize, papers - first);
            texts.addAll(writePage(bases, corpus.resolve(String.format("bench-%04d.csv", file)), first, n));
        }
        return texts;
    }

    /** Papers {@code first} … {@code first + n - 1} of the endless sequence of variants, as one CSV list. */
    private static List<String> writePage(List<Base> bases, Path file, int first, int n) throws IOException {
        List<String> texts = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("title,authors,abstract\n");
            for (int i = first; i < first + n; i++) {
                Base b = bases.get(i % bases.size());
                int k = i / bases.size();
                String title = k == 0 ? b.title() : OPENERS.get(k % OPENERS.size()) + b.title() + " (" + k + ")";
                String authors = String.join("; ", rotated(b.authors(), k));
                // a sentence of its own first: a page merges entries whose abstracts begin alike
                String abstractText = (k == 0 ? "" : "Variant " + k + " of this study. ") + String.join(" ", rotated(b.sentences(), k));
                w.write(quote(title) + "," + quote(authors) + "," + quote(abstractText) + "\n");
                texts.add(title);
                texts.add(abstractText);
            }
        }
        return texts;
    }

    private static List<String> rotated(List<String> items, int by) {
        List<String> out = new ArrayList<>(items);
        java.util.Collections.rotate(out, -(by % Math.max(1, items.size())));
        return out;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** Seconds the extractors take over every text on all cores, without the memo of recent texts. */
    private static double extractionAlone(List<String> texts) throws InterruptedException {
        TextExtraction extraction = TextExtraction.standard();
        AtomicInteger next = new AtomicInteger();
        List<Thread> pool = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int w = 0; w < Runtime.getRuntime().availableProcessors(); w++) {
            Thread t = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) extraction.extractFresh(texts.get(i));
            });
            pool.add(t);
            t.start();
        }
        for (Thread t : pool) t.join();
        return (System.nanoTime() - t0) / 1e9;
    }

}
