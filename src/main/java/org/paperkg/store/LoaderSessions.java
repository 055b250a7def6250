package org.paperkg.store;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Quads into TDB2's sequential bulk loader, a new loader session every {@code perSession} quads.
 * The sequential loader (the primary index, then the others built from it) keeps little on the
 * heap; the phased one, quicker, keeps every tuple of a session (5 million ids at 3 million quads:
 * out of memory at 512 MB). Each session is one transaction, so sessions bound what one holds.
 * A session is open from construction to {@link #finish}; {@link #start} does nothing.
 */
public final class LoaderSessions implements StreamRDF {
    private final DatasetGraph target;
    private final long perSession;
    private DataLoader loader;
    private long inSession;

    public LoaderSessions(DatasetGraph target, long perSession) {
        this.target = target;
        this.perSession = perSession;
        open();
    }

    private void open() {
        loader = LoaderFactory.sequentialLoader(target, (fmt, args) -> { });
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
