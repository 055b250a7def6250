package org.paperkg.store;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Quads into one of TDB2's bulk loaders, a new loader session every {@code perSession} quads.
 * The sequential loader (the primary index, then the others built from it) keeps little on the
 * heap; the phased one, quicker, keeps every tuple of a session (5 million ids at 3 million quads:
 * out of memory at 512 MB). Each session is one transaction, so sessions bound what one holds.
 * A session is open from construction to {@link #finish}; {@link #start} does nothing.
 */
public final class LoaderSessions implements StreamRDF {
    private final DatasetGraph target;
    private final long perSession;
    private final boolean phased;
    private DataLoader loader;
    private long inSession;

    /** Through the sequential loader: little on the heap whatever the session's size. */
    public LoaderSessions(DatasetGraph target, long perSession) {
        this(target, perSession, false);
    }

    private LoaderSessions(DatasetGraph target, long perSession, boolean phased) {
        this.target = target;
        this.perSession = perSession;
        this.phased = phased;
        open();
    }

    /** Through the phased loader: about twice as quick, holding a session's tuples on the heap. */
    public static LoaderSessions phased(DatasetGraph target, long perSession) {
        return new LoaderSessions(target, perSession, true);
    }

    private void open() {
        loader = phased ? LoaderFactory.phasedLoader(target, (fmt, args) -> { }) : LoaderFactory.sequentialLoader(target, (fmt, args) -> { });
        loader.startBulk();
        loader.stream().start();
        inSession = 0;
    }

    private void close() {
        loader.stream().finish();
        loader.finishBulk();
    }

    @Override
    public void start() {
        // the first session began when this was made
    }

    @Override
    public void quad(Quad quad) {
        loader.stream().quad(quad);
        if (++inSession == perSession) {
            close();
            open();
        }
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void base(String base) {
        loader.stream().base(base);
    }

    @Override
    public void prefix(String prefix, String iri) {
        loader.stream().prefix(prefix, iri);
    }

    /** Ends the last session: what it took is committed. */
    @Override
    public void finish() {
        close();
    }

    /** Ends the open session without committing it, after {@code e} stopped the load. */
    public void abort(Exception e) {
        loader.finishException(e);
    }
}
