package org.paperkg;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.paperkg.extract.Mention;
import org.paperkg.extract.TextExtraction;
import org.paperkg.rdf.GraphMaintenance;
import org.paperkg.rdf.IriScheme;
import org.paperkg.rdf.MappedPage;
import org.paperkg.rdf.PageMapper;
import org.paperkg.rdf.TwinLookup;
import org.paperkg.rdf.Vocab;
import org.paperkg.rdf.VocabularyGraph;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageOrigin;
import org.paperkg.source.PageText;
import org.paperkg.store.PaperStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds a new store from many pages at once: the way to load, or rebuild, a large graph.
 *
 * <ol>
 *   <li>Each page is read and mapped as if it came first, and its quads, with the vocabulary
 *       graph, go in through TDB2's bulk loader;</li>
 *   <li>what follows from the pages together — untitled entries taking their titled twin's IRI,
 *       papers joined by a shared identifier, the derived graph with what the extractors find —
 *       is worked out once, in one write transaction, {@value #PAPERS_PER_STEP} papers at a time
 *       (the next batch's texts extracted on the other threads while one is written), and then
 *       the persons of all authorships;</li>
 *   <li>pages too large to hold (read by streaming) then go in as {@code ingest} takes them.</li>
 * </ol>
 *
 * The graph is the one page-by-page ingest of the same files gives (a test says so). The store must
 * be new: until the build is done it is {@link PaperStore#markBuildUnfinished marked unfinished},
 * and such a store is refused when opened, so a build cut short never passes for a whole store.
 */
final class BulkBuild {
    static final int PAPERS_PER_STEP = 2_000;
    private final Paperkg kg;
    private final PaperStore store;
    private final IriScheme iris;
    private final PageMapper mapper;
    private final GraphMaintenance maintenance;
    private final TextExtraction extraction;
    private final Clock clock;

    BulkBuild(Paperkg kg, PageMapper mapper, GraphMaintenance maintenance, TextExtraction extraction, Clock clock) {
        this.kg = kg;
        this.store = kg.store();
        this.iris = kg.iris();
        this.mapper = mapper;
        this.maintenance = maintenance;
        this.extraction = extraction;
        this.clock = clock;
    }

    IngestReport build(List<Path> paths, Paperkg.IngestListener listener) {
        Map<String, Long> before = kg.stats();
        if (before.get("sources") > 0) {
            // adding to a graph is what ingest is for; a build over one would have to redo it whole
            throw new IllegalStateException("a bulk build makes a new store, and " + where() + " already holds " + before.get("sources")
                    + " page(s); add pages to it with ingest (without --bulk), or build into a new --store");
        }
        store.markBuildUnfinished(clock.instant());
        Loading loading = new Loading();
        DataLoader loader = LoaderFactory.phasedLoader(store.dataset().asDatasetGraph(), (fmt, args) -> { });
        loader.startBulk();
        List<PageOutcome> outcomes;
        try {
            loading.sink = loader.stream();
            loading.sink.start();
            VocabularyGraph.write(loading.sink, iris);
            outcomes = PageRun.eachPage(paths, loading, listener);
            loading.sink.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        derive(List.copyOf(loading.papers));
        List<PageOutcome> all = new ArrayList<>();
        for (PageOutcome o : outcomes) {
            PageText deferred = loading.streamed.get(o.file());
            all.add(deferred == null ? o : kg.ingestPage(deferred, loading.streamedInfo.get(o.file())));
        }
        store.markBuildFinished();
        return new IngestReport(all, before, kg.stats());
    }

    private String where() {
        return store.directory() == null ? "this store" : "the store at " + store.directory();
    }

    /** The first step: each held page mapped into the loader; streamed pages kept for the third. */
    private final class Loading implements PageRun.Pages {
        StreamRDF sink;
        final Set<Node> papers = new LinkedHashSet<>();
        final Map<String, PageText> streamed = new HashMap<>();
        final Map<String, PageInfo> streamedInfo = new HashMap<>();

        @Override
        public PageOutcome ingestPage(PageText page, PageInfo info) {
            if (page.streamed()) {
                streamed.put(page.name(), page);
                streamedInfo.put(page.name(), info);
                return new PageOutcome(page.name(), PageOutcome.Status.ADDED, null, 0, 0, List.of());
            }
            Paperkg.HeldRead read = kg.readHeld(page, info, false);
            if (read.failure() != null) return read.failure();
            // mapped whole before any of it reaches the loader, so a failing page leaves nothing
            List<Quad> quads = new ArrayList<>();
            MappedPage mapped = mapper.map(new PageOrigin(page.name(), page.sha256()), read.records(), info, clock.instant(),
                    TwinLookup.NONE, new StreamRDFBase() {
                        @Override
                        public void quad(Quad quad) {
                            quads.add(quad);
                        }
                    });
            quads.forEach(sink::quad);
            papers.addAll(mapped.papers());
            return new PageOutcome(page.name(), PageOutcome.Status.ADDED, read.format(), mapped.records(), mapped.papers().size(),
                    read.problems().all());
        }

        @Override
        public Map<String, Long> stats() {
            throw new UnsupportedOperationException("a bulk build counts once, at the end");
        }

        @Override
        public long maxPageBytes() {
            return kg.maxPageBytes();
        }

        @Override
        public long streamAbove() {
            return kg.streamAbove();
        }
    }

    /**
     * The second step, in one write transaction (the store is new and marked unfinished, so nobody
     * reads it meanwhile; one transaction copies each index block at most once, where one per batch
     * would leave a copy per batch to compact away): batches of papers made one graph, the next
     * batch's texts extracted on the other threads meanwhile; then every authorship's person.
     */
    private void derive(List<Node> papers) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paperkg-extract");
            t.setDaemon(true);
            return t;
        });
        List<List<Node>> batches = new ArrayList<>();
        for (int from = 0; from < papers.size(); from += PAPERS_PER_STEP) {
            batches.add(papers.subList(from, Math.min(papers.size(), from + PAPERS_PER_STEP)));
        }
        try {
            store.write(dsg -> {
                List<Future<Map<String, List<Mention>>>> next = batches.isEmpty() ? List.of() : extract(dsg, pool, threads, batches.get(0), extraction);
                for (int i = 0; i < batches.size(); i++) {
                    Map<String, List<Mention>> extracted = joined(next);
                    if (i + 1 < batches.size()) next = extract(dsg, pool, threads, batches.get(i + 1), extraction);
                    maintenance.papersAdded(dsg, batches.get(i), extracted);
                }
                maintenance.personsOfAll(dsg);
                return null;
            });
        } finally {
            pool.shutdownNow();
        }
    }

    /** The titles and abstracts every listing of {@code batch} gives, extracted in {@code threads} parts. */
    private static List<Future<Map<String, List<Mention>>>> extract(DatasetGraph dsg, ExecutorService pool, int threads, List<Node> batch,
                                                                   TextExtraction extraction) {
        Set<String> given = new LinkedHashSet<>();
        for (Node paper : batch) {
            dsg.find(Node.ANY, Node.ANY, Vocab.listingOf, paper).forEachRemaining(q -> {
                for (Node p : List.of(Vocab.titleAsGiven, Vocab.cleanAbstract)) {
                    dsg.find(q.getGraph(), q.getSubject(), p, Node.ANY).forEachRemaining(t -> given.add(t.getObject().getLiteralLexicalForm()));
                }
            });
        }
        List<String> texts = List.copyOf(given);
        List<Future<Map<String, List<Mention>>>> parts = new ArrayList<>();
        int per = (texts.size() + threads - 1) / threads;
        for (int from = 0; from < texts.size(); from += per) {
            List<String> part = texts.subList(from, Math.min(texts.size(), from + per));
            parts.add(pool.submit(() -> {
                Map<String, List<Mention>> found = new LinkedHashMap<>();
                for (String text : part) found.put(text, extraction.extract(text));
                return found;
            }));
        }
        return parts;
    }

    private static Map<String, List<Mention>> joined(List<Future<Map<String, List<Mention>>>> parts) {
        Map<String, List<Mention>> all = new HashMap<>();
        try {
            for (Future<Map<String, List<Mention>>> f : parts) all.putAll(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return all;
    }
}
