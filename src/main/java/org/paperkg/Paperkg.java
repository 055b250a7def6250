package org.paperkg;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.extract.Mention;
import org.paperkg.extract.TextExtraction;
import org.paperkg.link.ExternalGraph;
import org.paperkg.link.LinkException;
import org.paperkg.link.Linker;
import org.paperkg.query.QueryRunner;
import org.paperkg.rdf.GraphMaintenance;
import org.paperkg.rdf.GraphStats;
import org.paperkg.rdf.IriScheme;
import org.paperkg.rdf.LinkInputs;
import org.paperkg.rdf.LinkMapper;
import org.paperkg.rdf.MappedPage;
import org.paperkg.rdf.PageMapper;
import org.paperkg.rdf.ShapeValidation;
import org.paperkg.rdf.Vocab;
import org.paperkg.rdf.VocabularyGraph;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PageOrigin;
import org.paperkg.record.PageRecords;
import org.paperkg.record.PaperRecord;
import org.paperkg.source.CutPages;
import org.paperkg.source.PageReader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problem;
import org.paperkg.source.Problems;
import org.paperkg.source.ReaderRegistry;
import org.paperkg.source.PageException;
import org.paperkg.source.StreamingReader;
import org.paperkg.store.Exporter;
import org.paperkg.store.PaperStore;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * paperkg's front door: a knowledge graph in a store, fed with pages, asked with SPARQL.
 *
 * <pre>{@code
 * try (Paperkg kg = Paperkg.open(Path.of("paperkg-data"), IriScheme.DEFAULT_BASE)) {
 *     IngestReport report = kg.ingest(List.of(Path.of("examples")), IngestListener.SILENT);
 *     Map<String, Long> counts = kg.stats();
 * }
 * }</pre>
 */
public final class Paperkg implements AutoCloseable, PageRun.Pages {
    private final PaperStore store;
    private final IriScheme iris;
    private final ReaderRegistry readers;
    private final Clock clock;
    private final PageMapper mapper;
    private final GraphMaintenance maintenance;
    private final TextExtraction extraction;
    private final PageLimits limits;

    public Paperkg(PaperStore store, IriScheme iris, ReaderRegistry readers, Clock clock) {
        this(store, iris, readers, clock, PageLimits.DEFAULT);
    }

    public Paperkg(PaperStore store, IriScheme iris, ReaderRegistry readers, Clock clock, PageLimits limits) {
        this.store = store;
        this.iris = iris;
        this.readers = readers;
        this.clock = clock;
        this.limits = limits;
        this.mapper = new PageMapper(iris);
        this.extraction = TextExtraction.standard();
        this.maintenance = new GraphMaintenance(iris, extraction);
    }

    /** The same graph, its pages read within {@code limits}. */
    public Paperkg withLimits(PageLimits limits) {
        return new Paperkg(store, iris, readers, clock, limits);
    }

    public static Paperkg open(Path storeDir, String base) {
        return open(storeDir, base, ReaderRegistry.standard());
    }

    public static Paperkg open(Path storeDir, String base, ReaderRegistry readers) {
        Paperkg kg = new Paperkg(PaperStore.open(storeDir), new IriScheme(base), readers, Clock.systemUTC());
        if (kg.store.read(dsg -> VocabularyGraph.isStale(dsg, kg.iris))) {
            kg.store.write(dsg -> VocabularyGraph.refresh(dsg, kg.iris));
        }
        return kg;
    }

    /** A graph in a {@link PaperStore#temporary temporary store}, gone when closed. */
    public static Paperkg temporary(String base, Clock clock) {
        return new Paperkg(PaperStore.temporary(), new IriScheme(base), ReaderRegistry.standard(), clock);
    }

    /** Called as each file is done, so a front end can show progress. */
    @FunctionalInterface
    public interface IngestListener {
        IngestListener SILENT = (done, total, outcome) -> { };

        void pageDone(int done, int total, PageOutcome outcome);
    }

    /**
     * Reads files and folders (a folder's files, in its subfolders too, in name order, each
     * folder's {@code manifest.tsv} applied) and stores each page as its own graph, named by its
     * path inside the folder given. A page with errors is not stored at all; the others are.
     */
    public IngestReport ingest(List<Path> paths, IngestListener listener) {
        IngestReport report = PageRun.ingest(paths, this, listener);
        // page by page, TDB2's copy-on-write blocks pile up: compacted once grown to twice the last compacted size
        store.compactIfGrown();
        return report;
    }

    /**
     * Builds this store, which must hold no pages yet, from the files and folders {@link #ingest}
     * takes, through TDB2's bulk loader: the same graph, for many pages far sooner (see {@link BulkBuild}).
     * The graph is worked out in memory when the pages fit in the heap ({@link Staging#AUTO}).
     *
     * @throws IllegalStateException when the store already holds pages
     */
    public IngestReport build(List<Path> paths, IngestListener listener) {
        return build(paths, listener, Staging.AUTO);
    }

    /** As {@link #build(List, IngestListener)}, working the graph out where {@code staging} says. */
    public IngestReport build(List<Path> paths, IngestListener listener, Staging staging) {
        return new BulkBuild(this, mapper, maintenance, extraction, clock).build(paths, listener, staging);
    }

    /** Where a bulk build works out the graph before it is in the store. */
    public enum Staging {
        /** In memory when the pages held whole fit in the heap ({@link StagingEstimate}), else in the store. */
        AUTO,
        /** In Jena's general in-memory dataset, then all of it through TDB2's phased loader into the new store. */
        MEMORY,
        /** In the TDB2 store itself: loaded first, then derived a batch per write transaction; a heap of any size. */
        STORE
    }

    @Override
    public long maxPageBytes() {
        return limits.maxBytes();
    }

    /**
     * Stores one page; what {@link #ingest} does per file. A page held in memory is read whole;
     * a {@link PageText#streamed streamed} one is read record by record when its format allows
     * (CSV lists, JSON records), else read whole if it is within the page size limit.
     */
    @Override
    public PageOutcome ingestPage(PageText page, PageInfo info) {
        Optional<PageOutcome> unchanged = unchanged(page);
        if (unchanged.isPresent()) return unchanged.get();
        if (page.streamed()) {
            Optional<PageReader> reader = readers.detect(page.head());
            if (reader.isPresent() && reader.get() instanceof StreamingReader streaming) return ingestStreamed(page, info, streaming);
            if (reader.isEmpty()) return PageRun.failed(new Problem(page.name(), 0, Problem.Severity.ERROR, readers.refusal(page.head())));
            if (page.length() > limits.maxBytes()) {
                return PageRun.failed(new Problem(page.name(), 0, Problem.Severity.ERROR, String.format(
                        "the file is %,d bytes, over the page size limit of %,d bytes, and %s pages cannot be streamed "
                                + "(raise it with --max-page-size, or split the file)", page.length(), limits.maxBytes(),
                        reader.get().format().name())));
            }
            try {
                return ingestHeld(page.whole(limits.maxBytes()), info);
            } catch (PageException e) {
                return new PageOutcome(page.name(), PageOutcome.Status.FAILED, null, 0, 0, e.problems());
            }
        }
        return ingestHeld(page, info);
    }

    /** A page held in memory: read on a worker thread under its time budget, then stored. */
    private PageOutcome ingestHeld(PageText page, PageInfo info) {
        HeldRead read = readHeld(page, info, true);
        if (read.failure() != null) return read.failure();
        String format = read.format();
        PageRecords records = read.records();
        Problems problems = read.problems();
        PageOrigin origin = new PageOrigin(page.name(), page.sha256());
        Node pageNode = iris.page(page.name());
        return store.write(dsg -> {
            Optional<String> stored = maintenance.storedChecksum(dsg, pageNode);
            // stored by another process since the lookup above
            if (stored.isPresent() && stored.get().equals(page.sha256())) {
                return new PageOutcome(page.name(), PageOutcome.Status.UNCHANGED, format, records.papers().size(),
                        maintenance.storedCount(dsg, pageNode, Vocab.paperCount), problems.all());
            }
            VocabularyGraph.refresh(dsg, iris);
            if (stored.isPresent()) maintenance.removePage(dsg, pageNode);
            StreamRDF sink = StreamRDFLib.dataset(dsg);
            MappedPage mapped = mapper.map(origin, records, info, clock.instant(), maintenance.twins(dsg), sink);
            maintenance.pageAdded(dsg, mapped, read.extracted());
            return new PageOutcome(page.name(), stored.isPresent() ? PageOutcome.Status.REPLACED : PageOutcome.Status.ADDED,
                    format, mapped.records(), mapped.papers().size(), problems.all());
        });
    }

    /**
     * The outcome of a page stored with the same checksum, from what the store says of it: an
     * unchanged page costs one lookup, not a reading.
     */
    Optional<PageOutcome> unchanged(PageText page) {
        Node pageNode = iris.page(page.name());
        return store.read(dsg -> maintenance.storedChecksum(dsg, pageNode).filter(page.sha256()::equals)
                .map(sha -> new PageOutcome(page.name(), PageOutcome.Status.UNCHANGED, maintenance.storedFormat(dsg, pageNode),
                        maintenance.storedCount(dsg, pageNode, Vocab.recordCount),
                        maintenance.storedCount(dsg, pageNode, Vocab.paperCount), List.of())));
    }

    /**
     * What a held page gives before anything is stored: read on a worker thread under its time
     * budget, its titles and abstracts extracted there too when {@code extract}; or the outcome
     * of a page that cannot be stored.
     */
    HeldRead readHeld(PageText page, PageInfo info, boolean extract) {
        Problems problems = new Problems(page.name());
        Duration budget = limits.budget(page.length());
        // the format is known once detection is done, even if reading then fails
        AtomicReference<String> detected = new AtomicReference<>("page");
        ReadPage read;
        try {
            read = PageBudget.run(() -> read(page, info, problems, detected, extract), budget);
        } catch (PageBudget.Exceeded e) {
            return HeldRead.failed(PageRun.failed(new Problem(page.name(), 0, Problem.Severity.ERROR, e.getMessage())));
        } catch (OutOfMemoryError e) {
            return HeldRead.failed(outOfMemory(page, ""));
        } catch (Exception | StackOverflowError e) {
            return HeldRead.failed(readerFailed(page, detected.get(), e));
        }
        if (read == null) return HeldRead.failed(PageRun.failed(new Problem(page.name(), 0, Problem.Severity.ERROR, readers.refusal(page))));
        String format = read.reader().format().name();
        PageRecords records = read.records();
        if (!problems.hasErrors() && records.papers().isEmpty()) {
            problems.error(0, "the page holds no papers");
        }
        if (problems.hasErrors()) {
            return HeldRead.failed(new PageOutcome(page.name(), PageOutcome.Status.FAILED, format, records.papers().size(), 0, problems.all()));
        }
        return new HeldRead(null, format, records, read.extracted(), problems);
    }

    /** A held page's reading: its records and mentions, or (failure set) the outcome of a page not to store. */
    record HeldRead(PageOutcome failure, String format, PageRecords records, Map<String, List<Mention>> extracted, Problems problems) {
        static HeldRead failed(PageOutcome failure) {
            return new HeldRead(failure, null, null, Map.of(), null);
        }
    }

    private PageOutcome ingestStreamed(PageText page, PageInfo info, StreamingReader reader) {
        try {
            return new StreamedPages(store, iris, mapper, maintenance, clock).ingest(page, info, reader, limits.budget(page.length()));
        } catch (OutOfMemoryError e) {
            return outOfMemory(page, " even streamed");
        } catch (org.paperkg.rdf.StreamedEntries.PageChanged e) {
            return PageRun.failed(new Problem(page.name(), 0, Problem.Severity.ERROR,
                    "the file changed while it was read (" + e.getMessage() + "); nothing of it was stored, try again"));
        } catch (RuntimeException | StackOverflowError e) {
            return readerFailed(page, reader.format().name(), e);
        }
    }

    private static PageOutcome outOfMemory(PageText page, String how) {
        return PageRun.failed(new Problem(page.name(), 0, Problem.Severity.ERROR, String.format(
                "reading the page needs more memory than this process has (at most %d MB)%s; give Java more "
                        + "with PAPERKG_JAVA_OPTS=-Xmx…, or split the file", Runtime.getRuntime().maxMemory() >> 20, how)));
    }

    /** A reader's bug costs this page only, said as a problem of this page. */
    private static PageOutcome readerFailed(PageText page, String format, Throwable e) {
        return PageRun.failed(new Problem(page.name(), 0, Problem.Severity.ERROR, "the " + format + " reader failed on this page ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + "); please report it with the file"));
    }

    @Override
    public long streamAbove() {
        return limits.streamAbove();
    }

    /** @param extracted the mentions of each title and abstract of the page, found under its budget */
    private record ReadPage(PageReader reader, PageRecords records, Map<String, List<Mention>> extracted) {
    }

    /**
     * What runs under the page's time budget: detection, reading and the extraction of every
     * title and abstract (handed to the store's write transaction, which so does not extract
     * again). Null when no reader takes the page.
     */
    private ReadPage read(PageText page, PageInfo info, Problems problems, AtomicReference<String> format, boolean extract) {
        Optional<PageReader> reader = readers.detect(page);
        if (reader.isEmpty()) return null;
        format.set(reader.get().format().name());
        PageRecords records = CutPages.flagCutLastAbstract(page, reader.get().read(page, info, problems), problems);
        Map<String, List<Mention>> extracted = new HashMap<>();
        if (!extract) return new ReadPage(reader.get(), records, extracted);
        for (PaperRecord r : records.papers()) {
            if (r.title() != null) extracted.computeIfAbsent(r.title(), extraction::extract);
            if (r.abstractText() != null) extracted.computeIfAbsent(r.abstractText().clean(), extraction::extract);
        }
        return new ReadPage(reader.get(), records, extracted);
    }

    /**
     * Takes out one page's graph, named by its page name (its path inside the folder it was
     * read from), its file name when only one stored page has it, or the page IRI.
     *
     * @return false when no such page is stored
     */
    public boolean remove(String page) {
        return store.write(dsg -> {
            Node pageNode = page.contains("://") ? NodeFactory.createURI(page) : iris.page(page);
            if (!maintenance.hasPage(dsg, pageNode)) {
                // a bare file name names the page when exactly one stored page has it
                List<Node> named = maintenance.pagesEndingWith(dsg, page);
                if (named.size() != 1) return false;
                pageNode = named.get(0);
            }
            maintenance.removePage(dsg, pageNode);
            return true;
        });
    }

    /**
     * Reconciles the stored papers and their authors with an external graph and replaces that
     * source's link graph with the result, in one write transaction. The external graph is asked
     * outside any transaction, so the store stays readable while the network is slow.
     *
     * @param origin where the external data came from (endpoint URL or dump file), kept with the links
     */
    public Linker.LinkResult link(ExternalGraph graph, String origin) throws LinkException {
        LinkInputs.Local local = store.read(LinkInputs::read);
        Linker.LinkResult result = Linker.link(local.papers(), local.datasets(), local.concepts(), graph);
        LinkMapper mapper = new LinkMapper(iris);
        store.write(dsg -> mapper.write(dsg, result, origin, clock.instant()));
        return result;
    }

    @Override
    public Map<String, Long> stats() {
        return store.read(dsg -> GraphStats.count(dsg, store.directory()));
    }

    /** The stored pages, one row each: file name, format, distinct papers, when read (ISO instant). */
    public List<List<String>> pages() {
        return store.read(GraphStats::pages);
    }

    public void query(Query query, Map<String, Node> params, QueryRunner.Format format, OutputStream out) {
        store.read(dsg -> {
            QueryRunner.run(dsg, query, params, format, prefixes(), out);
            return null;
        });
    }

    public void export(Exporter.Format format, OutputStream out) {
        store.read(dsg -> {
            Exporter.write(dsg, format, prefixes(), out);
            return null;
        });
    }

    public ShapeValidation.Result validate() {
        return store.read(ShapeValidation::validate);
    }

    public PrefixMapping prefixes() {
        return Vocab.prefixes(iris.base());
    }

    public PaperStore store() {
        return store;
    }

    public IriScheme iris() {
        return iris;
    }

    @Override
    public void close() {
        store.close();
    }

}
