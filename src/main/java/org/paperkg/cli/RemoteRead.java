package org.paperkg.cli;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.paperkg.source.ReaderRegistry;
import org.paperkg.store.PaperStore;

import java.time.Clock;

/** A copy of the graph a running server holds, fetched over its Graph Store Protocol endpoint. */
final class RemoteRead {
    private RemoteRead() {
    }

    static Paperkg copyOf(String serverUrl, String base) {
        DatasetGraph remote;
        try {
            remote = DSP.service(serverUrl + "papers").acceptHeader("application/n-quads").GET();
        } catch (RuntimeException e) {
            throw new StoreOptions.Busy("the store is held by the server at " + serverUrl + ", which did not answer ("
                    + e.getMessage() + "); is it still starting or stopping?");
        }
        PaperStore copy = PaperStore.temporary();
        copy.write(dsg -> {
            remote.find().forEachRemaining(dsg::add);
            return null;
        });
        return new Paperkg(copy, new IriScheme(base), ReaderRegistry.standard(), Clock.systemUTC());
    }
}
