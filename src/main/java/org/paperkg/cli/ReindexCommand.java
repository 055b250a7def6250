package org.paperkg.cli;

import org.paperkg.Paperkg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Makes the full-text index again from the whole graph.",
                "Ingest and remove keep it in step; this is for a changed index definition (search/text-index.ttl), "
                        + "or after writes made past paperkg (SPARQL Update)."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Paperkg kg = storeOptions.open()) {
            long t0 = System.nanoTime();
            long docs = kg.store().reindex();
            out.printf("text index: %,d documents (%.1f s)%n", docs, (System.nanoTime() - t0) / 1e9);
            out.flush();
            return 0;
        }
    }
}
