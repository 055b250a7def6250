package org.paperkg.source;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.IngestReport;
import org.paperkg.PageOutcome;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.paperkg.store.PaperStore;
import org.paperkg.text.LatexText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every listing file of {@code ../shared/real/} (files copied unchanged from public
 * repositories) ingested in one run; per file, the papers and their author lists in order must
 * equal {@code EXPECTED.tsv}, computed independently of paperkg. Where that table is wrong,
 * {@code src/test/resources/real/corrections.tsv} says what is right and why, and the test
 * asserts the corrected value.
 *
 * <p>Titles compare without case, punctuation, white space and LaTeX markup; names with white
 * space folded and the contribution marks * † ‡ removed; a single "A and B" entry is two authors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCorpusTest {
    static final Path REAL = Path.of("..", "shared", "real");
    private static final List<String> NOT_LISTINGS = List.of("dataset-mentions", "vocab");

    private final Map<String, Map<String, List<String>>> expected = new TreeMap<>();
    private final Map<String, Map<String, List<String>>> stored = new TreeMap<>();
    private final Map<String, PageOutcome> outcomes = new TreeMap<>();
    private Paperkg kg;

    @BeforeAll
    void ingestAll() throws IOException {
        readExpected();
        applyCorrections();
        // what is read, not how TDB2 stores it, is under test here: the quick in-memory store
        kg = org.paperkg.Examples.inMemory();
        IngestReport report = kg.ingest(inputs(), Paperkg.IngestListener.SILENT);
        for (PageOutcome o : report.pages()) outcomes.put(o.file(), o);
        readStored(listingFolders());
    }

    /** Every real listing folder, and the examples: their graph together must validate. */
    private static List<Path> inputs() throws IOException {
        List<Path> all = new ArrayList<>(listingFolders());
        all.add(org.paperkg.Examples.FOLDER);
        return all;
    }

    @Test
    void aBulkBuildOfTheRealFilesGivesTheGraphPageByPageIngestGives(@TempDir Path dir) throws IOException {
        try (Paperkg bulk = new Paperkg(PaperStore.open(dir), new IriScheme(IriScheme.DEFAULT_BASE), ReaderRegistry.standard(),
                org.paperkg.Examples.FIXED_CLOCK)) {
            // in memory, as a build of this size is (the store path is tested on the examples)
            IngestReport report = bulk.build(inputs(), Paperkg.IngestListener.SILENT, Paperkg.Staging.MEMORY);
            Map<String, PageOutcome> built = new TreeMap<>();
            for (PageOutcome o : report.pages()) built.put(o.file(), o);
            assertEquals(outcomes.keySet(), built.keySet());
            outcomes.forEach((file, o) -> assertEquals(o.status() == PageOutcome.Status.FAILED, built.get(file).failed(), file));
            Set<Quad> expected = org.paperkg.Examples.quads(kg);
            Set<Quad> got = org.paperkg.Examples.quads(bulk);
            Set<Quad> missing = new HashSet<>(expected);
            missing.removeAll(got);
            Set<Quad> extra = new HashSet<>(got);
            extra.removeAll(expected);
            assertEquals(List.of(), missing.stream().limit(5).toList(), "missing from the bulk build (" + missing.size() + ")");
            assertEquals(List.of(), extra.stream().limit(5).toList(), "only in the bulk build (" + extra.size() + ")");
        }
    }

    @Test
    void theStoredHeadlineQueryAnswersAsTheFilterAndPathQueryItReplacedDoes() {
        int answered = org.paperkg.HeadlineQueries.assertSameAnswersAsByPath(kg, 8, 8);
        assertTrue(answered >= 40, "only " + answered + " of the 128 questions had papers");
    }

    @Test
    void everyListingFileIsRead() throws IOException {
        List<String> files = new ArrayList<>();
        for (Path folder : listingFolders()) {
            try (Stream<Path> s = Files.list(folder)) {
                s.sorted().forEach(f -> files.add(REAL.relativize(f).toString().replace('\\', '/')));
            }
        }
        assertEquals(expected.keySet(), new java.util.TreeSet<>(files), "every listing file has expected rows");
        for (String f : files) {
            PageOutcome o = outcomes.get(fileName(f));
            assertTrue(o != null && !o.failed(), f + " is read: " + (o == null ? "no outcome" : o.problems()));
        }
    }

    @Test
    void papersAndAuthorListsEqualTheExpectedOnes() {
        int papers = 0;
        int papersFound = 0;
        int listsRight = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<String>>> file : expected.entrySet()) {
            Map<String, List<String>> ours = stored.getOrDefault(fileName(file.getKey()), Map.of());
            int missesBefore = misses.size();
            for (Map.Entry<String, List<String>> paper : file.getValue().entrySet()) {
                papers++;
                List<String> got = ours.get(paper.getKey());
                if (got == null) {
                    misses.add(file.getKey() + ": missing paper '" + paper.getKey() + "'");
                    continue;
                }
                papersFound++;
                if (got.equals(paper.getValue())) listsRight++;
                else misses.add(file.getKey() + ": '" + paper.getKey() + "' authors " + got + " expected " + paper.getValue());
            }
            for (String extra : ours.keySet()) {
                if (!file.getValue().containsKey(extra)) misses.add(file.getKey() + ": extra paper '" + extra + "'");
            }
            System.out.printf("  %-60s %5d expected, %5d read, %5d wrong%n", file.getKey(), file.getValue().size(), ours.size(),
                    misses.size() - missesBefore);
        }
        System.out.printf("real corpus: %d files, %d/%d papers, %d/%d author lists right%n",
                expected.size(), papersFound, papers, listsRight, papers);
        misses.stream().limit(40).forEach(m -> System.out.println("  " + m));
        assertEquals(0, misses.size(), "papers missing, extra or with other authors; the first: "
                + String.join("\n", misses.subList(0, Math.min(10, misses.size()))));
    }

    @Test
    void theGraphOfAllRealFilesAndTheExamplesPassesValidation() {
        var result = kg.validate();
        assertTrue(result.conforms(), result.violations() + " violations, e.g. " + result.byNode().entrySet().stream().limit(3).toList());
        org.paperkg.GraphView.papers(kg); // throws on a paper with two authors at one position
        Map<String, Long> stats = kg.stats();
        assertEquals(16_959L, stats.get("names"), "distinct names as the pages give them");
        assertEquals(19_812L, stats.get("persons"), "after identity: see the README's person rules and what they make of the data");
    }

    // ------------------------------------------------------------------ expected and stored

    private void readExpected() throws IOException {
        List<String> lines = Files.readAllLines(REAL.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        int title = header.indexOf("record_key");
        int authors = header.indexOf("authors");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] c = line.split("\t", -1);
            List<String> names = c[authors].isEmpty() ? List.of() : Arrays.asList(c[authors].split(" \\| ", -1));
            expected.computeIfAbsent(c[file], k -> new LinkedHashMap<>()).put(titleKey(c[title]), names(names));
        }
    }

    /** corrections.tsv: file, title, what (absent | authors), value, why. */
    private void applyCorrections() throws IOException {
        for (String line : Files.readAllLines(Path.of("src/test/resources/real/corrections.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            Map<String, List<String>> papers = expected.get(c[0]);
            String key = titleKey(c[1]);
            assertTrue(papers != null && papers.containsKey(key), "a correction names an expected row: " + line);
            switch (c[2]) {
                case "absent" -> papers.remove(key);
                case "authors" -> papers.put(key, names(Arrays.asList(c[3].split(" \\| ", -1))));
                default -> throw new IllegalArgumentException("unknown correction " + c[2]);
            }
        }
    }

    private void readStored(List<Path> folders) {
        String q = """
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                SELECT ?file ?title ?pos ?name WHERE {
                  GRAPH ?g {
                    ?g pkg:fileName ?file .
                    ?l pkg:onPage ?g ; pkg:listingOf ?p ; pkg:titleAsGiven ?title .
                    OPTIONAL { ?l pkg:listedAuthor ?a . ?a pkg:position ?pos ; pkg:nameAsGiven ?name }
                  }
                } ORDER BY ?file ?title ?pos""";
        Map<String, Map<String, Map<Integer, String>>> byFile = new TreeMap<>();
        kg.store().read(dsg -> {
            RowSet rows = QueryExec.dataset(dsg).query(QueryFactory.create(q)).select();
            rows.forEachRemaining(b -> {
                Map<Integer, String> authors = byFile.computeIfAbsent(b.get("file").getLiteralLexicalForm(), k -> new TreeMap<>())
                        .computeIfAbsent(titleKey(b.get("title").getLiteralLexicalForm()), k -> new TreeMap<>());
                if (b.get("pos") != null) {
                    authors.put(Integer.parseInt(b.get("pos").getLiteralLexicalForm()), b.get("name").getLiteralLexicalForm());
                }
            });
            return null;
        });
        byFile.forEach((file, papers) -> {
            Map<String, List<String>> lists = new LinkedHashMap<>();
            papers.forEach((title, authors) -> lists.put(title, names(List.copyOf(authors.values()))));
            stored.put(file, lists);
        });
    }

    private static List<Path> listingFolders() throws IOException {
        try (Stream<Path> s = Files.list(REAL)) {
            return s.filter(Files::isDirectory).filter(d -> !NOT_LISTINGS.contains(d.getFileName().toString())).sorted().toList();
        }
    }

    /** The page name of a file of {@code REAL}: the folders are given to ingest, so the name is the file's. */
    private static String fileName(String relative) {
        return relative.substring(relative.indexOf('/') + 1);
    }

    // ------------------------------------------------------------------ the comparison rules

    static String titleKey(String title) {
        String plain = title.contains("$") || title.contains("\\") ? LatexText.toPlain(title) : title;
        return Normalizer.normalize(plain, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static List<String> names(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            String n = r.replaceAll("[*†‡]", "").replaceAll("\\s+", " ").strip();
            if (n.isEmpty()) continue;
            if (raw.size() == 1 && n.contains(" and ")) out.addAll(Arrays.asList(n.split(" and ")));
            else out.add(n);
        }
        return List.copyOf(out);
    }
}
