package org.paperkg.store;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A copy of the store kept elsewhere and brought in step after each write transaction: the
 * store hands it the transaction's dataset to watch, and, once the transaction has committed,
 * asks it to send what the watched view saw change.
 */
public interface Replica {
    /** The view a write transaction writes through, noting what it changes. */
    DatasetGraph watch(DatasetGraph dsg);

    /** After the transaction has committed: sends what {@code watched} noted; never throws for the remote's faults. */
    void committed(DatasetGraph watched, PaperStore store);
}
