package org.paperkg.cli;

import org.paperkg.extract.DatasetTaggerExtractor;
import org.paperkg.extract.TextExtraction;
import org.paperkg.record.PageInfo;
import org.paperkg.record.PaperRecord;
import org.paperkg.source.PageException;
import org.paperkg.source.PageLoader;
import org.paperkg.source.PageText;
import org.paperkg.source.Problems;
import org.paperkg.source.ReaderRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

@Command(name = "bench-extract", mixinStandardHelpOptions = true,
        description = {"Measures extraction speed: the example abstracts (title + abstract each) repeated to",
                "--abstracts, extracted on --threads threads without the cache of recent texts, with the",
                "dataset tagger and without it, in alternating halves."})
final class BenchExtractCommand implements Callable<Integer> {
    @Option(names = "--abstracts", defaultValue = "50000", description = "abstracts to extract (default: ${DEFAULT-VALUE})")
    int total;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--examples", defaultValue = "examples", paramLabel = "DIR", description = "pages to take abstracts from")
    Path examples;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = texts(examples);
        if (texts.isEmpty()) throw new Main.UsageError("no abstracts found in " + examples);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        TextExtraction extraction = TextExtraction.build(true);
        TextExtraction withoutTagger = TextExtraction.build(false);
        long chars = texts.stream().mapToLong(String::length).sum();
        out.printf("%d distinct abstracts (%.0f characters on average), repeated to %d, %d thread(s)%n",
                texts.size(), chars / (double) texts.size(), total, workers);
        out.flush();
        run(extraction, texts, Math.min(total, 4000), workers);
        run(withoutTagger, texts, Math.min(total, 4000), workers);
        // the two runs alternate halves, so a slower spell of a shared machine falls on both
        double[] seconds = new double[2];
        long[] mentions = new long[2];
        for (int half = 0; half < 2; half++) {
            for (int k = 0; k < 2; k++) {
                TextExtraction e = k == 0 ? extraction : withoutTagger;
                long t0 = System.nanoTime();
                mentions[k] += run(e, texts, total / 2, workers);
                seconds[k] += (System.nanoTime() - t0) / 1e9;
            }
        }
        int done = total / 2 * 2;
        out.printf("with the tagger:    %d abstracts in %.2f s: %.0f abstracts/s, %d mentions%n", done, seconds[0], done / seconds[0], mentions[0]);
        out.printf("without the tagger: %d abstracts in %.2f s: %.0f abstracts/s, %d mentions%n", done, seconds[1], done / seconds[1], mentions[1]);
        out.printf("the tagger costs %.0f%% of the time; it tagged %s%n", 100 * (1 - seconds[1] / seconds[0]), taggedShare(extraction));
        out.printf("java %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return 0;
    }

    private static String taggedShare(TextExtraction extraction) {
        for (var e : extraction.extractors()) {
            if (e instanceof DatasetTaggerExtractor t) {
                long[] n = t.sentencesSeenAndTagged();
                return String.format("%d of %d sentences (%.0f%%): the others hold no dataset word", n[1], n[0], 100.0 * n[1] / Math.max(1, n[0]));
            }
        }
        return "nothing";
    }

    private static long run(TextExtraction extraction, List<String> texts, int count, int workers) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong found = new AtomicLong();
        List<Thread> pool = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    found.addAndGet(extraction.extractFresh(texts.get(i % texts.size())).size());
                }
            }, "extract-" + w);
            pool.add(t);
            t.start();
        }
        for (Thread t : pool) t.join();
        return found.get();
    }

    /** Title and clean abstract of every paper record of the pages in {@code folder}, joined. */
    static List<String> texts(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        for (PaperRecord r : records(folder)) {
            out.add((r.title() == null ? "" : r.title() + ". ") + (r.abstractText() == null ? "" : r.abstractText().clean()));
        }
        return out;
    }

    /** Every paper record of the pages in {@code folder} that a reader takes, in file order. */
    static List<PaperRecord> records(Path folder) throws IOException {
        List<PaperRecord> out = new ArrayList<>();
        ReaderRegistry registry = ReaderRegistry.standard();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                PageText page;
                try {
                    page = PageLoader.load(f);
                } catch (PageException e) {
                    continue;
                }
                var reader = registry.detect(page);
                if (reader.isEmpty()) continue;
                out.addAll(reader.get().read(page, PageInfo.UNKNOWN, new Problems(f.toString())).papers());
            }
        }
        return out;
    }
}
