package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.paperkg.Paperkg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts what the store holds.")
final class StatsCommand implements Callable<Integer> {
    /** The counts the ingest summary repeats. */
    static final List<String> SHOWN = List.of("papers", "persons", "names", "authorships", "sessions", "presentations",
            "awards", "sources", "quads");

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--json", description = "one JSON object instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Paperkg kg = storeOptions.openForReading(spec.commandLine().getErr())) {
            Map<String, Long> counts = kg.stats();
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(counts));
            } else {
                counts.forEach((k, v) -> out.printf("%-20s %d%n", k, v));
            }
            out.flush();
            return 0;
        }
    }
}
