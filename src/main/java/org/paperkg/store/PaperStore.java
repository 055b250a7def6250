package org.paperkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.search.SearchIndex;
import org.paperkg.search.WatchedWrites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.function.Function;

/**
 * The quad store: Jena TDB2 in a directory (or a temporary one, for tests and one-off runs), with
 * queries seeing the union of all named graphs as their default graph. Every change runs in one
 * write transaction: it lands whole or not at all, and a crash mid-way is rolled back by TDB2's
 * journal on the next open.
 *
 * <p>Beside the quads, a {@link SearchIndex full-text index} (in {@code text/} of the store's
 * directory) is kept in step: each write transaction notes the subjects whose titles, abstracts,
 * names or labels it changed, and once it commits their documents are made again. A marker file
 * stands while the two may differ, so a process killed in between leaves an index that is rebuilt
 * when the store is next opened.
 */
public final class PaperStore implements AutoCloseable {
    /** Replaced only by {@link #rewriteByLoading}, which no reader sees. */
    private Dataset dataset;
    private final Path directory;
    /** The directory of a store that {@link #close} deletes, or null. */
    private Path temporary;
    /** The full-text index, or null for a store only built to compare graphs. */
    private final SearchIndex search;
    /** Counts the write transactions committed, for what is kept until the store changes. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    /** A copy elsewhere that each write transaction is sent to once committed, or null. */
    private volatile Replica replica;

    private PaperStore(Dataset dataset, Path directory, SearchIndex search) {
        this.directory = directory;
        this.search = search;
        use(dataset);
    }

    private void use(Dataset dataset) {
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (search != null) {
            // text:query in SPARQL finds the index here
            dataset.getContext().set(TextQuery.textIndex, search.textIndex());
        }
    }

    /** The marker of a text index that may lag the quads, in the store's directory. */
    private static final String TEXT_INDEX_STALE = "paperkg-text-index-stale";
    private static final String TEXT_INDEX_DIR = "text";

    /** The marker of a bulk build not yet done, in the store's directory. */
    private static final String UNFINISHED_BUILD = "paperkg-build-unfinished";

    /** Bytes a cached term takes on average here: most are IRIs, but abstracts and sentences run to kilobytes. */
    private static final long BYTES_PER_CACHED_TERM = 330;

    /**
     * TDB2's term caches sized to the heap: its defaults (a million id-to-term entries, 200,000
     * the other way) hold 400 MB of this graph's terms, more than a 512 MB heap has. A quarter
     * of the heap for the one, an eighth for the other, never above the defaults.
     */
    private static StoreParams params() {
        StoreParams defaults = StoreParams.getDftStoreParams();
        long heap = Runtime.getRuntime().maxMemory();
        int idToTerm = (int) Math.max(10_000, Math.min(defaults.getNodeId2NodeCacheSize(), heap / 4 / BYTES_PER_CACHED_TERM));
        int termToId = (int) Math.max(10_000, Math.min(defaults.getNode2NodeIdCacheSize(), heap / 8 / BYTES_PER_CACHED_TERM));
        return StoreParams.builder(defaults).nodeId2NodeCacheSize(idToTerm).node2NodeIdCacheSize(termToId).build();
    }

    /** Opens (creating if needed) the store in {@code directory}. */
    public static PaperStore open(Path directory) {
        Path unfinished = directory.resolve(UNFINISHED_BUILD);
        if (Files.exists(unfinished)) {
            throw new UnfinishedBuild("the store at " + directory + " is a bulk build that did not finish (" + readQuietly(unfinished)
                    + "); remove the directory and build again");
        }
        Dataset dataset;
        try {
            dataset = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(directory.toString(), params()));
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + directory + ": " + e.getMessage()
                    + " (is another paperkg process using it?)", e);
        }
        boolean made = !Files.isDirectory(directory.resolve(TEXT_INDEX_DIR));
        SearchIndex search;
        try {
            search = SearchIndex.open(directory.resolve(TEXT_INDEX_DIR));
        } catch (RuntimeException e) {
            dataset.close();
            throw new StoreException("cannot open the text index of the store at " + directory + ": " + e.getMessage(), e);
        }
        PaperStore store = new PaperStore(dataset, directory, search);
        // a store from before the index, or one whose last change stopped between quads and index
        if (made || Files.exists(directory.resolve(TEXT_INDEX_STALE))) store.reindex();
        return store;
    }

    /**
     * A store for one process's use, gone when closed: TDB2 in a new temporary directory, which is
     * about twice as quick to fill as TDB2's own in-memory mode (that one copies every block it
     * touches, to stand in for the files), and is the same engine as a store on disk.
     */
    public static PaperStore temporary() {
        try {
            Path dir = Files.createTempDirectory("paperkg-store");
            PaperStore store = new PaperStore(DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(dir.toString(), params())), null,
                    SearchIndex.inMemory());
            store.temporary = dir;
            return store;
        } catch (IOException e) {
            throw new StoreException("cannot make a temporary store: " + e.getMessage(), e);
        }
    }

    /**
     * A store in memory on Jena's general in-memory dataset (a hash-map graph per named graph),
     * where a bulk build works its graph out and where tests build and compare many graphs: it fills about ten
     * times quicker than Jena's transactional in-memory dataset (TIM: the vocabulary graph's 77K
     * quads take 0.1 s against 1.1 s), which pays for isolation with persistent hash tries. It
     * cannot roll a write transaction back, so a write that fails midway stays half done: fit only
     * where a failed write fails the whole job anyway (a test, a bulk build). SPARQL over it sees the union of the named
     * graphs as its default graph, as over the TDB2 store; it has no text index.
     */
    public static PaperStore inMemoryForBuilding() {
        return new PaperStore(DatasetFactory.wrap(new IndexedMemoryDataset()), null, null);
    }

    /** The directory, or null for an in-memory store. */
    public Path directory() {
        return directory;
    }

    public Dataset dataset() {
        return dataset;
    }

    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset.asDatasetGraph()));
    }

    /**
     * Runs {@code action} in one write transaction, then brings the text index in step with what
     * it changed, then sends the change to the replica the store follows, if any.
     */
    public <T> T write(Function<DatasetGraph, T> action) {
        Replica following = replica;
        if (search == null && following == null) return writeUnindexed(action);
        WatchedWrites watched = search == null ? null : new WatchedWrites(dataset.asDatasetGraph(), search.predicates());
        DatasetGraph written = watched == null ? dataset.asDatasetGraph() : watched;
        DatasetGraph view = following == null ? written : following.watch(written);
        if (watched != null) markTextIndexStale();
        T result;
        try {
            result = Txn.calculateWrite(dataset, () -> action.apply(view));
        } catch (RuntimeException | Error e) {
            // rolled back: quads and index are as they were
            if (watched != null) clearTextIndexStale();
            throw e;
        }
        generation.incrementAndGet();
        if (watched != null) {
            if (!watched.touched().isEmpty()) read(dsg -> {
                search.refresh(dsg, watched.touched());
                return null;
            });
            clearTextIndexStale();
        }
        if (following != null) following.committed(view, this);
        return result;
    }

    /**
     * From now on, each write transaction committed through {@link #write} is sent to {@code
     * replica} (null: to none). Writes that bypass it ({@link #writeUnindexed}, the bulk loader)
     * are the caller's to send.
     */
    public void follow(Replica replica) {
        this.replica = replica;
    }

    /** A number that grows with every write transaction committed through this store. */
    public long generation() {
        return generation.get();
    }

    /**
     * Runs {@code action} in one write transaction without following it in the text index: for a
     * bulk build, which {@link #reindex reindexes} once at its end.
     */
    public <T> T writeUnindexed(Function<DatasetGraph, T> action) {
        T result = Txn.calculateWrite(dataset, () -> action.apply(dataset.asDatasetGraph()));
        generation.incrementAndGet();
        return result;
    }

    /** The full-text index, absent for a store {@link #inMemoryForBuilding built only to compare graphs}. */
    public Optional<SearchIndex> search() {
        return Optional.ofNullable(search);
    }

    /**
     * Makes the text index again from the whole graph.
     *
     * @return the documents it now holds (0 for a store without one)
     */
    public long reindex() {
        if (search == null) return 0;
        markTextIndexStale();
        read(dsg -> {
            search.rebuild(dsg);
            return null;
        });
        clearTextIndexStale();
        return search.documents();
    }

    private void markTextIndexStale() {
        writeMarker(TEXT_INDEX_STALE, "the text index may not match the quads");
    }

    private void clearTextIndexStale() {
        removeMarker(TEXT_INDEX_STALE);
    }

    /** Leaves a marker file in the store's directory (none for a store in memory or a temporary one). */
    private void writeMarker(String name, String text) {
        if (directory == null) return;
        try {
            Files.writeString(directory.resolve(name), text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot write " + directory.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    private void removeMarker(String name) {
        if (directory == null) return;
        try {
            Files.deleteIfExists(directory.resolve(name));
        } catch (IOException e) {
            throw new StoreException("cannot remove " + directory.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    /** Size on disk past which ingest compacts a store it has grown to twice its compacted size. */
    private static final long COMPACT_ABOVE = 256L << 20;

    /** The TDB2 files' size in bytes; 0 for a store in memory. */
    public long bytesOnDisk() {
        return directory != null ? bytesIn(directory) : temporary != null ? bytesIn(temporary) : 0;
    }

    /** The size of the files under {@code dir} (a store's, or any other). */
    public static long bytesIn(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new StoreException("cannot measure " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rewrites the store with one copy of each index block (TDB2 copies a block on every change, and a
     * store fed page by page grows to several times its contents) and drops the old files. Readers
     * go on while it runs; writers wait.
     *
     * @return the size on disk before and after, in bytes
     */
    public long[] compact() {
        long before = bytesOnDisk();
        if (directory == null) return new long[] {0, 0};
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        long after = bytesOnDisk();
        StoreConfig.storeCompactedBytes(directory, after);
        return new long[] {before, after};
    }


    /**
     * Puts every quad of {@code from} (a store built in memory) into this one through TDB2's phased
     * bulk loader, in one session: into a new store each index is then written once, in order, as
     * compact as a bare bulk load's. (In sessions of a million quads, each after the first inserted
     * into the trees the others made: at 20K papers the load took 110 s, 1.5 times the bare load,
     * and the store was 1.31 times the bare load's.) The session holds its tuples on the heap,
     * which the bulk build's estimate of the heap it needs allows for.
     */
    public void loadAll(PaperStore from) {
        from.read(src -> {
            LoaderSessions into = LoaderSessions.phased(dataset.asDatasetGraph(), Long.MAX_VALUE);
            try {
                src.find().forEachRemaining(into::quad);
            } catch (RuntimeException e) {
                into.abort(e);
                throw e;
            }
            into.finish();
            return null;
        });
        generation.incrementAndGet();
        if (directory != null) StoreConfig.storeCompactedBytes(directory, bytesOnDisk());
    }

    /** Quads one loader session of {@link #rewriteByLoading} takes. */
    private static final long QUADS_PER_REWRITE_SESSION = 2_000_000;

    /**
     * Rewrites the store as {@link #compact} does, by streaming every quad, in index order,
     * through TDB2's sequential bulk loader into a new database that then takes the old one's
     * place. TDB2's own compaction adds every quad in one ordinary write transaction, which holds
     * all its new terms in memory until it commits (at 20,000 papers it took 75 s, this 56 to 68 s).
     * Only for a store nobody else is reading, a bulk build's: the store is closed and opened
     * again around the swap, and a process stopped in between leaves a store that its
     * {@link #markBuildUnfinished unfinished-build marker} has refused since the build began.
     *
     * @return the size on disk before and after, in bytes
     */
    public long[] rewriteByLoading() {
        Path root = directory != null ? directory : temporary;
        if (root == null) return new long[] {0, 0};
        long before = bytesOnDisk();
        Path fresh = root.resolve("paperkg-rewrite");
        deleteTree(fresh);
        DatasetGraph target = DatabaseMgr.connectDatasetGraph(fresh.toString(), params());
        read(dsg -> {
            LoaderSessions into = new LoaderSessions(target, QUADS_PER_REWRITE_SESSION);
            dsg.find().forEachRemaining(into::quad);
            into.finish();
            return null;
        });
        TDBInternal.expel(target, true);
        TDBInternal.expel(dataset.asDatasetGraph(), true);
        try (Stream<Path> old = Files.list(root)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("Data-")).toList()) deleteTree(p);
            try (Stream<Path> made = Files.list(fresh)) {
                for (Path p : made.filter(p -> p.getFileName().toString().startsWith("Data-")).toList()) {
                    Files.move(p, root.resolve(p.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot put the rewritten store in place in " + root + ": " + e.getMessage(), e);
        }
        deleteTree(fresh);
        use(DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(root.toString(), params())));
        long after = bytesOnDisk();
        if (directory != null) StoreConfig.storeCompactedBytes(directory, after);
        return new long[] {before, after};
    }

    /** Deletes a directory and all under it (a store's, or any other), if it exists. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new StoreException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Compacts when the store is past {@value #COMPACT_ABOVE} bytes and twice its size after the
     * last compaction (a bulk build ends with one).
     */
    public boolean compactIfGrown() {
        if (directory == null) return false;
        long now = bytesOnDisk();
        if (now <= Math.max(COMPACT_ABOVE, 2 * StoreConfig.compactedBytes(directory))) return false;
        compact();
        return true;
    }

    /** Marks a store whose build has begun: until {@link #markBuildFinished}, opening it is refused. */
    public void markBuildUnfinished(Instant started) {
        writeMarker(UNFINISHED_BUILD, "started " + started);
    }

    /** Ends a build: the store opens again. */
    public void markBuildFinished() {
        removeMarker(UNFINISHED_BUILD);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "its marker cannot be read";
        }
    }

    @Override
    public void close() {
        if (search != null) search.close();
        if (temporary != null) {
            TDBInternal.expel(dataset.asDatasetGraph(), true);
            try {
                deleteTree(temporary);
            } catch (StoreException e) {
                // a temporary directory left behind is the system's to clean
            }
            temporary = null;
        } else {
            dataset.close();
        }
    }

    /** A bulk build of the store began and never finished: what it holds is not the whole graph. */
    public static final class UnfinishedBuild extends StoreException {
        private static final long serialVersionUID = 1L;

        UnfinishedBuild(String message) {
            super(message, null);
        }
    }

    /** The store could not be opened or used. */
    public static class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
