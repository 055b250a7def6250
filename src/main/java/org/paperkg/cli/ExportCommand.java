package org.paperkg.cli;

import org.paperkg.Paperkg;
import org.paperkg.store.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the graph out. Turtle holds the union of all pages; TriG, N-Quads and JSON-LD",
                "keep each page's named graph."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = {"-f", "--format"}, defaultValue = "turtle", paramLabel = "FORMAT",
            description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "file to write (default: standard output)")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Exporter.Format fmt = Exporter.Format.parse(format);
        try (Paperkg kg = storeOptions.openForReading(spec.commandLine().getErr())) {
            if (output == null) {
                OutputStream stdout = new BufferedOutputStream(System.out);
                kg.export(fmt, stdout);
                stdout.flush();
                return 0;
            }
            // written beside the target and moved into place, so a failed export leaves no half file
            Path absolute = output.toAbsolutePath();
            Path tmp = Files.createTempFile(absolute.getParent(), ".paperkg-export", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                kg.export(fmt, out);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getErr().println("wrote " + output);
            return 0;
        }
    }
}
