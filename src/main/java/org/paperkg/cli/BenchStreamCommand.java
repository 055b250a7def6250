package org.paperkg.cli;

import org.paperkg.record.PaperRecord;
import org.paperkg.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Shows that the heap does not bound a streamed page: writes a CSV list larger than the heap it
 * then gives a child process, and ingests it there twice — streamed (the default above
 * --stream-above) and held whole — reporting time, outcome and the child's peak heap.
 */
@Command(name = "bench-stream", mixinStandardHelpOptions = true,
        description = {"Memory benchmark of streamed pages: a CSV list of --mb MB (the example papers, titles",
                "numbered, abstracts padded to --abstract-kb) ingested in a child JVM with --heap, streamed and whole."})
final class BenchStreamCommand implements Callable<Integer> {
    @Option(names = "--mb", defaultValue = "300", description = "size of the CSV list in MB (default: ${DEFAULT-VALUE})")
    int megabytes;

    @Option(names = "--heap", defaultValue = "256m", description = "the child JVM's -Xmx (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--abstract-kb", defaultValue = "16", description = "length of each abstract in KB (default: ${DEFAULT-VALUE})")
    int abstractKb;

    @Option(names = "--examples", defaultValue = "examples", paramLabel = "DIR", description = "pages to take papers from")
    Path examples;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("paperkg-bench-stream");
        try {
            Path csv = dir.resolve("big-list.csv");
            long papers = write(csv);
            out.printf("wrote %s: %,d bytes, %,d papers; child JVM -Xmx%s%n", csv.getFileName(), Files.size(csv), papers, heap);
            out.flush();
            run(out, "streamed", dir.resolve("store-streamed"), csv, "--stream-above", "1m");
            run(out, "whole", dir.resolve("store-whole"), csv, "--stream-above", "8g", "--max-page-size", "8g");
            out.printf("java %s, %d cores%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            return 0;
        } finally {
            PaperStore.deleteTree(dir);
        }
    }

    private long write(Path csv) throws IOException {
        List<String[]> base = papers();
        if (base.isEmpty()) throw new Main.UsageError("no papers with abstracts found in " + examples);
        long limit = (long) megabytes << 20;
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("title,authors,abstract\n");
            long written = 0;
            while (written < limit) {
                String[] p = base.get((int) (n % base.size()));
                // a sentence of its own first: the first words of an abstract tell copies of one paper apart
                // then the real abstract once, and filler that names nothing, so each paper has its own mentions only
                StringBuilder abs = new StringBuilder("Part " + (n + 1) + " of this benchmark restates a real abstract. ").append(p[2]);
                while (abs.length() < abstractKb * 1024) abs.append(" The remaining paragraphs of this part repeat the discussion at length.");
                String row = quote(p[0] + " (part " + (n + 1) + ")") + "," + quote(p[1]) + "," + quote(abs.toString().strip()) + "\n";
                w.write(row);
                written += row.length();
                n++;
            }
        }
        return n;
    }

    private List<String[]> papers() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (PaperRecord r : BenchExtractCommand.records(examples)) {
            if (r.title() != null && r.abstractText() != null && !r.authors().isEmpty()) {
                out.add(new String[] {r.title(), String.join("; ", r.authors()), r.abstractText().clean()});
            }
        }
        return out;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private void run(PrintWriter out, String label, Path store, Path csv, String... options) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("ingest", "--store", store.toString()));
        arguments.addAll(List.of(options));
        arguments.add(csv.toString());
        ChildJvm.Run run = ChildJvm.paperkg(heap, Path.of(store + ".gc.log"), arguments);
        String outcome = run.lines().stream().filter(l -> l.contains("page(s):") || l.contains("error:")).findFirst()
                .orElse(run.lines().isEmpty() ? "(no output)" : run.lines().get(run.lines().size() - 1));
        out.printf("%-8s exit %d in %.1f s, peak heap %s MB: %s%n", label, run.exit(), run.seconds(), run.peakHeap(), outcome.strip());
        out.flush();
    }
}
