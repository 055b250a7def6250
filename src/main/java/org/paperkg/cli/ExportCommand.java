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

    @Option(names = "--split-by-graph", description = {"one gzipped N-Quads file per named graph in the folder -o names, "
            + "with graphs.tsv listing them: the input of QLever's and Virtuoso's bulk loaders (only with --format nquads)"})
    boolean split;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Exporter.Format fmt = Exporter.Format.parse(format);
        if (split) return split(fmt);
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

    /** Written into a folder beside the target and renamed into place: a failed export leaves no half folder. */
    private int split(Exporter.Format fmt) throws IOException {
        if (fmt != Exporter.Format.NQUADS) throw new Main.UsageError("--split-by-graph writes N-Quads: give --format nquads");
        if (output == null) throw new Main.UsageError("--split-by-graph writes a folder of files: name it with -o DIR");
        Path target = output.toAbsolutePath();
        if (Files.exists(target)) {
            try (var entries = Files.list(target)) {
                if (!Files.isDirectory(target) || entries.findAny().isPresent()) {
                    throw new Main.UsageError("-o " + output + " exists and is not an empty folder; name a new one");
                }
            } catch (java.nio.file.NotDirectoryException e) {
                throw new Main.UsageError("-o " + output + " is a file; name a new folder");
            }
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, ".paperkg-export");
        try (Paperkg kg = storeOptions.openForReading(spec.commandLine().getErr())) {
            java.util.List<Exporter.GraphFile> files = kg.store().read(dsg -> Exporter.writeSplit(dsg, kg.iris().base(), tmp));
            Files.deleteIfExists(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            long quads = files.stream().mapToLong(Exporter.GraphFile::quads).sum();
            spec.commandLine().getErr().printf("wrote %d graph file(s), %d quads, and graphs.tsv in %s%n", files.size(), quads, output);
            return 0;
        } catch (RuntimeException | IOException e) {
            org.paperkg.store.PaperStore.deleteTree(tmp);
            throw e;
        }
    }
}
