package org.paperkg.source;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.PageOutcome;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.paperkg.store.PaperStore;
import org.paperkg.record.PageInfo;
import org.paperkg.store.Exporter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every reader gets seeded random mutations of its real and fixture inputs — byte flips,
 * truncations, line deletions and duplications, splices from a page of another format,
 * inserted junk — and each outcome must be a stored page or a reported problem: never another
 * exception, never the safety net's "reader failed", never over the page's time budget, and
 * what is stored must export as N-Quads that a strict parser reads back.
 *
 * <p>CI runs 200 mutations per reader. Longer runs: {@code ./mvnw test -Dtest=FuzzTest
 * -Dfuzz.perReader=5000 -Dfuzz.seed=7}.
 */
class FuzzTest {
    private static final int PER_READER = Integer.getInteger("fuzz.perReader", 200);
    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    /** Big real files are fuzzed by their first part: mutations of 2 MB would test little more, slowly. */
    private static final int MAX_SAMPLE = 48 * 1024;
    private static final int BATCH = 100;

    record Sample(String name, byte[] bytes) {
    }

    @Test
    void mutatedPagesAreStoredOrReportedNeverAnythingElse() throws IOException {
        Map<String, List<Sample>> byFormat = samplesByFormat();
        List<Sample> all = byFormat.values().stream().flatMap(List::stream).toList();
        Random random = new Random(SEED);
        List<String> unexpected = new ArrayList<>();
        Map<String, int[]> counts = new TreeMap<>();
        for (Map.Entry<String, List<Sample>> format : byFormat.entrySet()) {
            int[] c = counts.computeIfAbsent(format.getKey(), k -> new int[3]);
            // a fresh store every BATCH pages, so a long run's memory does not grow with its length
            for (int from = 0; from < PER_READER; from += BATCH) {
                // Jena's general in-memory dataset, far quicker to fill than TDB2
                try (Paperkg kg = Examples.inMemory()) {
                    for (int i = from; i < Math.min(PER_READER, from + BATCH); i++) {
                        Sample base = format.getValue().get(random.nextInt(format.getValue().size()));
                        long seed = random.nextLong();
                        byte[] mutated = mutate(base.bytes(), new Random(seed), all);
                        String name = "fuzz-" + i + "-" + base.name();
                        String what = format.getKey() + " #" + i + " (" + base.name() + ", seed " + seed + ")";
                        try {
                            PageOutcome o = kg.ingestPage(PageLoader.decode(name, mutated), PageInfo.UNKNOWN);
                            if (o.failed()) {
                                c[1]++;
                                String first = o.problems().isEmpty() ? "" : o.problems().get(0).message();
                                if (first.contains("reader failed") || first.contains("reading took more than")) {
                                    unexpected.add(what + ": " + first);
                                }
                            } else {
                                c[0]++;
                            }
                        } catch (PageException e) {
                            c[2]++;
                        } catch (RuntimeException | Error e) {
                            unexpected.add(what + ": " + e);
                        }
                    }
                    ByteArrayOutputStream nquads = new ByteArrayOutputStream();
                    kg.export(Exporter.Format.NQUADS, nquads);
                    try {
                        RDFParser.create().source(new ByteArrayInputStream(nquads.toByteArray())).lang(Lang.NQUADS).strict(true)
                                .errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(StreamRDFLib.sinkNull());
                    } catch (RuntimeException e) {
                        unexpected.add(format.getKey() + ": the stored pages do not export as valid N-Quads: " + e.getMessage());
                    }
                }
            }
        }
        counts.forEach((f, c) -> System.out.printf("fuzz %-26s %4d stored, %4d reported, %4d refused as files%n", f, c[0], c[1], c[2]));
        System.out.println("fuzz: " + unexpected.size() + " unexpected outcomes (seed " + SEED + ", " + PER_READER + " per reader)");
        unexpected.stream().limit(20).forEach(u -> System.out.println("  " + u));
        assertEquals(List.of(), unexpected.stream().limit(20).toList());
    }

    /** One to three mutations of {@code bytes}. */
    static byte[] mutate(byte[] bytes, Random r, List<Sample> others) {
        byte[] out = bytes;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n && out.length > 0; k++) {
            switch (r.nextInt(6)) {
                case 0 -> {
                    out = out.clone();
                    for (int j = 0; j < 1 + r.nextInt(8); j++) out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
                }
                case 1 -> out = Arrays.copyOf(out, r.nextInt(out.length));
                case 2 -> out = lines(out, r, false);
                case 3 -> out = lines(out, r, true);
                case 4 -> {
                    byte[] other = others.get(r.nextInt(others.size())).bytes();
                    int from = r.nextInt(other.length);
                    int len = Math.min(other.length - from, 1 + r.nextInt(2000));
                    int at = r.nextInt(out.length);
                    out = concat(Arrays.copyOf(out, at), Arrays.copyOfRange(other, from, from + len),
                            Arrays.copyOfRange(out, at, out.length));
                }
                default -> {
                    byte[] junk = new byte[1 + r.nextInt(64)];
                    r.nextBytes(junk);
                    String syntax = "{}[]\"',;\t\n\\$<>&|* ";
                    if (r.nextBoolean()) for (int j = 0; j < junk.length; j++) junk[j] = (byte) syntax.charAt(r.nextInt(syntax.length()));
                    int at = r.nextInt(out.length);
                    out = concat(Arrays.copyOf(out, at), junk, Arrays.copyOfRange(out, at, out.length));
                }
            }
        }
        return out;
    }

    /** Deletes (or duplicates) a random line. */
    private static byte[] lines(byte[] bytes, Random r, boolean duplicate) {
        int at = r.nextInt(bytes.length);
        int start = at;
        while (start > 0 && bytes[start - 1] != '\n') start--;
        int end = at;
        while (end < bytes.length && bytes[end] != '\n') end++;
        if (end < bytes.length) end++;
        byte[] line = Arrays.copyOfRange(bytes, start, end);
        byte[] rest = Arrays.copyOfRange(bytes, end, bytes.length);
        return duplicate ? concat(Arrays.copyOf(bytes, end), line, rest) : concat(Arrays.copyOf(bytes, start), rest);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    /** The real files, fixtures and examples, grouped by the format the registry gives them. */
    static Map<String, List<Sample>> samplesByFormat() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Examples.FOLDER, Path.of("src/test/resources/formats"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(Manifest.FILE_NAME)).forEach(files::add);
            }
        }
        try (Stream<Path> s = Files.walk(RealCorpusTest.REAL)) {
            s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("dataset-mentions") && !p.toString().contains("vocab"))
                    .filter(p -> !p.getFileName().toString().equals("README.md") && !p.getFileName().toString().equals("EXPECTED.tsv"))
                    .forEach(files::add);
        }
        ReaderRegistry registry = ReaderRegistry.standard();
        Map<String, List<Sample>> out = new TreeMap<>();
        for (Path f : files.stream().sorted().toList()) {
            byte[] bytes = Files.readAllBytes(f);
            if (bytes.length > MAX_SAMPLE) bytes = Arrays.copyOf(bytes, MAX_SAMPLE);
            try {
                PageText page = PageLoader.decode(f.getFileName().toString(), bytes);
                String format = registry.detect(page).map(r -> r.format().name()).orElse(null);
                if (format != null) out.computeIfAbsent(format, k -> new ArrayList<>()).add(new Sample(f.getFileName().toString(), bytes));
            } catch (PageException e) {
                // a cut in the middle of a UTF-8 sequence: that sample is left out
            }
        }
        assertEquals(registry.formats().size(), out.size(), "every reader has inputs to fuzz: " + out.keySet());
        return out;
    }
}
