package org.paperkg.cli;

import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.paperkg.source.ReaderRegistry;
import org.paperkg.store.PaperStore;
import org.paperkg.store.ServerMarker;
import org.paperkg.store.StoreConfig;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The options every command that opens the store shares. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "paperkg-data",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--base", paramLabel = "IRI",
            description = "base IRI of the graph's things; fixed when the store is first created (default: "
                    + IriScheme.DEFAULT_BASE + ")")
    String base;

    Paperkg open() {
        return open(ReaderRegistry.standard());
    }

    /**
     * The store for a command that only reads it. While {@code paperkg serve} holds the store
     * (TDB2 lets one process hold it), the graph is read through that server instead: its
     * quads are fetched over HTTP, and the command runs on them as it would on the store.
     */
    Paperkg openForReading(PrintWriter err) {
        Optional<ServerMarker> server = ServerMarker.running(store);
        if (server.isPresent()) {
            String chosen = StoreConfig.storedBase(store).orElse(IriScheme.DEFAULT_BASE);
            err.println("paperkg: the store is held by the server at " + server.get().url() + " (process " + server.get().pid()
                    + "); reading it through the server");
            err.flush();
            return RemoteRead.copyOf(server.get().url(), chosen);
        }
        return open();
    }

    /** The write path of the server that holds the store, when one does and takes writes from this user. */
    Optional<ServerPages> serverPages(long maxPageBytes) {
        return ServerMarker.running(store).flatMap(server -> ServerPages.of(server, maxPageBytes));
    }

    Paperkg open(ReaderRegistry readers) {
        ServerMarker.running(store).ifPresent(server -> {
            throw new Busy("the store at " + store + " is held by the server at " + server.url() + " (process " + server.pid()
                    + "), and only one process can write a store. "
                    + (server.watchFolder() != null
                    ? "Drop the pages into its watch folder instead: cp FILE… " + server.watchFolder() + "/"
                    : "Stop it (kill " + server.pid() + "), run this command, then start the server again")
                    + (server.allowsUpdate() ? "" : " (a server started with --allow-update --password-file takes ingest and remove"
                    + " through itself)")
                    + "; read-only commands (stats, query, export, validate) work through the server as they are");
        });
        Optional<String> stored = StoreConfig.storedBase(store);
        if (stored.isPresent() && base != null && !stored.get().equals(base)) {
            throw new Main.UsageError("the store at " + store + " was built with base " + stored.get()
                    + ", not " + base + "; use another --store for another base");
        }
        String chosen = stored.orElse(base != null ? base : IriScheme.DEFAULT_BASE);
        new IriScheme(chosen);
        Paperkg kg = openRetrying(chosen, readers);
        if (stored.isEmpty()) StoreConfig.storeBase(store, chosen);
        return kg;
    }

    /**
     * Two runs started at once on a new store race for its lock: the loser waits a moment and
     * tries again, and only then says, in words, that another process holds the store.
     */
    private Paperkg openRetrying(String base, ReaderRegistry readers) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Paperkg.open(store, base, readers);
            } catch (PaperStore.UnfinishedBuild e) {
                throw new Busy(e.getMessage());
            } catch (PaperStore.StoreException e) {
                if (attempt == 4) {
                    throw new Busy("cannot open the store at " + store + ": another paperkg process is using it (one process "
                            + "at a time can hold a TDB2 store); wait for it to finish and run this again");
                }
                try {
                    Thread.sleep(500L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The store is held by another process (exit code 1, one line, no stack trace). */
    static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }
}
