package org.paperkg.cli;

import org.paperkg.Paperkg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Rewrites the store with one copy of each index block and drops the old files.",
                "ingest does this by itself once the store has grown to twice its last compacted size (and past 256 MB)."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Paperkg kg = storeOptions.open()) {
            long[] sizes = kg.store().compact();
            out.printf("compacted %s: %,d MB before, %,d MB after%n", storeOptions.store, sizes[0] >> 20, sizes[1] >> 20);
            out.flush();
            return 0;
        }
    }
}
