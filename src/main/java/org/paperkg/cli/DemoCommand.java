package org.paperkg.cli;

import org.paperkg.IngestReport;
import org.paperkg.Paperkg;
import org.paperkg.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Builds the graph of the bundled example pages (pages already stored and unchanged are",
                "skipped) and serves it, printing the addresses of its home page and query page."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ServerOptionsMixin serverOptions;

    @Option(names = "--examples", defaultValue = "examples", paramLabel = "DIR",
            description = "the example pages (default: ${DEFAULT-VALUE})")
    Path examples;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(examples)) throw new Main.UsageError("no examples folder at " + examples + "; run from the repository root");
        ServeOptions options = serverOptions.options();
        Paperkg kg = storeOptions.open();
        IngestReport report = kg.ingest(List.of(examples), Paperkg.IngestListener.SILENT);
        report.pages().forEach(p -> p.problems().forEach(spec.commandLine().getErr()::println));
        spec.commandLine().getOut().println(IngestCommand.summary(report));
        return ServeCommand.serve(kg, options, spec.commandLine().getOut());
    }
}
