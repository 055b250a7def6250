package org.paperkg.cli;

import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.paperkg.source.ReaderRegistry;
import org.paperkg.store.StoreConfig;
import picocli.CommandLine.Option;

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

    Paperkg open(ReaderRegistry readers) {
        Optional<String> stored = StoreConfig.storedBase(store);
        if (stored.isPresent() && base != null && !stored.get().equals(base)) {
            throw new Main.UsageError("the store at " + store + " was built with base " + stored.get()
                    + ", not " + base + "; use another --store for another base");
        }
        String chosen = stored.orElse(base != null ? base : IriScheme.DEFAULT_BASE);
        new IriScheme(chosen);
        Paperkg kg = Paperkg.open(store, chosen, readers);
        if (stored.isEmpty()) StoreConfig.storeBase(store, chosen);
        return kg;
    }
}
