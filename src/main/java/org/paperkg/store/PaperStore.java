package org.paperkg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The quad store: Jena TDB2 in a directory (or in memory, for tests and one-off runs), with
 * queries seeing the union of all named graphs as their default graph. Every change runs in one
 * write transaction: it lands whole or not at all, and a crash mid-way is rolled back by TDB2's
 * journal on the next open.
 */
public final class PaperStore implements AutoCloseable {
    private final Dataset dataset;
    private final Path directory;

    private PaperStore(Dataset dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the store in {@code directory}. */
    public static PaperStore open(Path directory) {
        try {
            return new PaperStore(TDB2Factory.connectDataset(directory.toString()), directory);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + directory + ": " + e.getMessage()
                    + " (is another paperkg process using it?)", e);
        }
    }

    public static PaperStore inMemory() {
        return new PaperStore(TDB2Factory.createDataset(), null);
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

    public <T> T write(Function<DatasetGraph, T> action) {
        return Txn.calculateWrite(dataset, () -> action.apply(dataset.asDatasetGraph()));
    }

    @Override
    public void close() {
        dataset.close();
    }

    /** The store could not be opened or used. */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
