package org.paperkg;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
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
import org.paperkg.store.LoaderSessions;
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
 *   <li>Each page is read and mapped as if it came first, into the store the build works in;</li>
 *   <li>what follows from the pages together — untitled entries taking their titled twin's IRI,
 *       papers joined by a shared identifier, the derived graph with what the extractors find —
 *       is worked out once, {@value #PAPERS_PER_STEP} papers a write transaction (the next batch's
 *       texts extracted on the other threads while one is written), and then the persons of all
 *       authorships, a few thousand name groups a transaction;</li>
 *   <li>pages too large to hold (read by streaming) then go in as {@code ingest} takes them;</li>
 *   <li>the text index is made from the whole graph.</li>
 * </ol>
 *
 * The build works in Jena's general in-memory dataset when the pages fit in the heap, and then
 * puts the whole graph into the new store through TDB2's phased loader, each index written once;
 * otherwise in the TDB2 store itself: the pages through its sequential loader, the rest in write
 * transactions, and the store compacted at the end, since each transaction left copies of the
 * index blocks it changed ({@link Paperkg.Staging}).
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

    IngestReport build(List<Path> paths, Paperkg.IngestListener listener, Paperkg.Staging staging) {
        Map<String, Long> before = kg.stats();
        if (before.get("sources") > 0) {
            // adding to a graph is what ingest is for; a build over one would have to redo it whole
            throw new IllegalStateException("a bulk build makes a new store, and " + where() + " already holds " + before.get("sources")
                    + " page(s); add pages to it with ingest (without --bulk), or build into a new --store");
        }
        store.markBuildUnfinished(clock.instant());
        Steps steps = new Steps();
        boolean inMemory = switch (staging) {
            case MEMORY -> true;
            case STORE -> false;
            case AUTO -> StagingEstimate.fits(paths, kg.streamAbove());
        };
        PaperStore work = inMemory ? PaperStore.inMemoryForBuilding() : store;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paperkg-extract");
            t.setDaemon(true);
            return t;
        });
        Loading loading = new Loading(work, pool);
        List<PageOutcome> outcomes;
        try {
            outcomes = loading.loadAll(paths, listener);
            steps.done(inMemory ? "pages read (in memory)" : "pages read and loaded");
            derive(work, pool, threads, List.copyOf(loading.papers), loading.extractedEarly(), steps, new Growth(work, work.bytesOnDisk()));
        } finally {
            pool.shutdownNow();
        }
        if (inMemory) {
            store.loadAll(work);
            work.close();
            steps.done("bulk load");
        }
        // each page kept for later takes the place of the outcome that stood for it
        List<PageOutcome> all = new ArrayList<>(outcomes);
        for (Later l : loading.later) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) == l.placeholder()) all.set(i, kg.ingestPage(l.page(), l.info()));
            }
        }
        if (!loading.later.isEmpty()) steps.done("streamed pages");
        // the loader and the batches above went past the text index: it is made once, here
        store.reindex();
        steps.done("text index");
        if (!inMemory || !loading.later.isEmpty()) {
            store.rewriteByLoading();
            steps.done("compaction");
        }
        store.markBuildFinished();
        return new IngestReport(all, before, kg.stats(), steps.took);
    }

    /** How long each step took, for the report. */
    private static final class Steps {
        final Map<String, java.time.Duration> took = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            took.merge(step, java.time.Duration.ofNanos(now - last), java.time.Duration::plus);
            last = now;
        }
    }

    private String where() {
        return store.directory() == null ? "this store" : "the store at " + store.directory();
    }

    /** A page for the third step, and the outcome that stands for it in the first step's list. */
    private record Later(PageText page, PageInfo info, PageOutcome placeholder) {
    }

    /** Quads one loader session takes (see {@link LoaderSessions}). */
    private static final long QUADS_PER_LOADER_SESSION = 1_000_000;

    /**
     * The first step: each held page mapped into the store the build works in, streamed pages kept
     * for the third. Into TDB2 the quads go through its sequential loader, in sessions; into the
     * in-memory store, in one write transaction.
     */
    private final class Loading implements PageRun.Pages {
        private final PaperStore work;
        private final ExecutorService pool;
        private StreamRDF sink;
        final Set<Node> papers = new LinkedHashSet<>();
        /** Pages for the third step, in the order given. */
        final List<Later> later = new ArrayList<>();
        /** In memory, each page's texts are extracted on the pool while the next pages are read. */
        private final Set<String> textsSent = new java.util.HashSet<>();
        private final List<Future<Map<String, List<Mention>>>> early = new ArrayList<>();

        Loading(PaperStore work, ExecutorService pool) {
            this.work = work;
            this.pool = pool;
        }

        /** The texts extracted while the pages were read (none when the build works in the store). */
        Map<String, List<Mention>> extractedEarly() {
            return joined(early);
        }

        /**
         * Sends the page's titles and abstracts not sent before to the pool. Only in memory: in the
         * store the build is for heaps too small to hold every text's mentions at once.
         */
        private void extractEarly(List<Quad> quads) {
            if (work == store) return;
            List<String> texts = new ArrayList<>();
            for (Quad q : quads) {
                Node p = q.getPredicate();
                if ((p.equals(Vocab.titleAsGiven) || p.equals(Vocab.cleanAbstract)) && q.getObject().isLiteral()) {
                    String text = q.getObject().getLiteralLexicalForm();
                    if (textsSent.add(text)) texts.add(text);
                }
            }
            if (!texts.isEmpty()) early.add(pool.submit(() -> extractAll(texts, extraction)));
        }

        List<PageOutcome> loadAll(List<Path> paths, Paperkg.IngestListener listener) {
            if (work != store) {
                return work.writeUnindexed(dsg -> {
                    sink = StreamRDFLib.dataset(dsg);
                    VocabularyGraph.write(sink, iris);
                    return PageRun.eachPage(paths, this, listener);
                });
            }
            LoaderSessions sessions = new LoaderSessions(store.dataset().asDatasetGraph(), QUADS_PER_LOADER_SESSION);
            sink = sessions;
            try {
                VocabularyGraph.write(sink, iris);
                List<PageOutcome> outcomes = PageRun.eachPage(paths, this, listener);
                sessions.finish();
                return outcomes;
            } catch (RuntimeException e) {
                sessions.abort(e);
                throw e;
            }
        }

        @Override
        public PageOutcome ingestPage(PageText page, PageInfo info) {
            if (page.streamed()) {
                PageOutcome placeholder = new PageOutcome(page.name(), PageOutcome.Status.ADDED, null, 0, 0, List.of());
                later.add(new Later(page, info, placeholder));
                return placeholder;
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
            extractEarly(quads);
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
     * Past this many times its size after the pages were loaded (or after the last rewrite), the
     * store is rewritten between transactions: each copies the index blocks it touches, and at
     * 100,000 papers the copies ran to tens of gigabytes.
     */
    private static final int REWRITE_PAST = 3;
    /** Below this the copies cost less disk than a rewrite costs time (at 20,000 papers one took 41 s). */
    private static final long REWRITE_ABOVE = 4L << 30;

    /** The store's size when it last held one copy of each block; an in-memory store's is 0, never rewritten. */
    private static final class Growth {
        private final PaperStore work;
        private long live;

        Growth(PaperStore work, long live) {
            this.work = work;
            this.live = live;
        }

        void rewriteIfGrown(Steps steps, String step) {
            long now = work.bytesOnDisk();
            if (live <= 0 || now <= REWRITE_ABOVE || now <= REWRITE_PAST * live) return;
            steps.done(step);
            live = work.rewriteByLoading()[1];
            steps.done("rewrites between transactions");
        }
    }

    /**
     * The second step: batches of papers made one graph, each batch in its own write transaction
     * (TDB2 keeps the terms a transaction writes in memory until it commits) with the next batch's
     * texts extracted on the other threads meanwhile; then every authorship's person, in steps.
     * The store is new and marked unfinished, so nobody reads the states in between.
     */
    private void derive(PaperStore work, ExecutorService pool, int threads, List<Node> papers, Map<String, List<Mention>> known,
                        Steps steps, Growth growth) {
        List<List<Node>> batches = new ArrayList<>();
        for (int from = 0; from < papers.size(); from += PAPERS_PER_STEP) {
            batches.add(papers.subList(from, Math.min(papers.size(), from + PAPERS_PER_STEP)));
        }
        List<Future<Map<String, List<Mention>>>> next = batches.isEmpty() ? List.of()
                : work.read(dsg -> extract(dsg, pool, threads, batches.get(0), known.keySet(), extraction));
        for (int i = 0; i < batches.size(); i++) {
            int at = i;
            Map<String, List<Mention>> batch = joined(next);
            // in memory every text was extracted while the pages were read: add the few left to those
            Map<String, List<Mention>> extracted = known.isEmpty() ? batch : known;
            if (extracted != batch) extracted.putAll(batch);
            next = work.writeUnindexed(dsg -> {
                // the next batch's pages are loaded already: its texts can be read now
                List<Future<Map<String, List<Mention>>>> following = at + 1 < batches.size()
                        ? extract(dsg, pool, threads, batches.get(at + 1), known.keySet(), extraction) : List.of();
                maintenance.papersAdded(dsg, batches.get(at), extracted);
                return following;
            });
            // the next batch's texts were read already: its extraction goes on meanwhile
            growth.rewriteIfGrown(steps, "derived graph");
        }
        steps.done("derived graph");
        GraphMaintenance.Steps persons = maintenance.personsOfAll();
        while (work.writeUnindexed(persons::step)) {
            // each step commits what it decided
            growth.rewriteIfGrown(steps, "persons");
        }
        steps.done("persons");
    }

    /** The titles and abstracts every listing of {@code batch} gives, extracted in {@code threads} parts. */
    private static List<Future<Map<String, List<Mention>>>> extract(DatasetGraph dsg, ExecutorService pool, int threads, List<Node> batch,
                                                                   Set<String> known, TextExtraction extraction) {
        Set<String> given = new LinkedHashSet<>();
        for (Node paper : batch) {
            dsg.find(Node.ANY, Node.ANY, Vocab.listingOf, paper).forEachRemaining(q -> {
                for (Node p : List.of(Vocab.titleAsGiven, Vocab.cleanAbstract)) {
                    dsg.find(q.getGraph(), q.getSubject(), p, Node.ANY).forEachRemaining(t -> given.add(t.getObject().getLiteralLexicalForm()));
                }
            });
        }
        given.removeAll(known);
        List<String> texts = List.copyOf(given);
        List<Future<Map<String, List<Mention>>>> parts = new ArrayList<>();
        int per = (texts.size() + threads - 1) / threads;
        for (int from = 0; from < texts.size(); from += per) {
            List<String> part = texts.subList(from, Math.min(texts.size(), from + per));
            parts.add(pool.submit(() -> extractAll(part, extraction)));
        }
        return parts;
    }

    private static Map<String, List<Mention>> extractAll(List<String> texts, TextExtraction extraction) {
        Map<String, List<Mention>> found = new LinkedHashMap<>();
        for (String text : texts) found.put(text, extraction.extract(text));
        return found;
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
