package org.paperkg.search;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.Paperkg;
import org.paperkg.browse.Search;
import org.paperkg.rdf.IriScheme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The full-text index over the example pages: what it finds, how it ranks, and that it follows ingest and remove. */
class SearchIndexTest {
    private static final String PAPER_KIND = "paper";
    private static Paperkg kg;

    @BeforeAll
    static void build() {
        kg = Examples.ingested(Examples.pages());
    }

    @AfterAll
    static void close() {
        kg.close();
    }

    private static List<String> labels(List<Search.Found> found) {
        return found.stream().map(Search.Found::label).toList();
    }

    @Test
    void aTitleFindsItsPaperFirstWithTheWordsMarked() {
        List<Search.Found> found = Search.run(kg, "learning strides convolutional", 5);
        assertEquals("Learning Strides in Convolutional Neural Networks", found.get(0).label());
        assertEquals(PAPER_KIND, found.get(0).kind());
        assertEquals("title", found.get(0).field());
        assertEquals("[Learning Strides] in [Convolutional] Neural Networks", found.get(0).bracketed(), "adjacent matches marked as one");
    }

    @Test
    void aDatasetNameFindsTheCatalogueEntryAndItsVariantsByLabel() {
        List<Search.Found> found = Search.run(kg, "label:imagenet", 10);
        assertTrue(labels(found).contains("ImageNet"), labels(found).toString());
        assertTrue(found.stream().allMatch(f -> f.field().equals("label")), "a field query looks in that field only");
        assertTrue(found.stream().allMatch(f -> f.label().toLowerCase(Locale.ROOT).contains("imagenet")), labels(found).toString());
    }

    @Test
    void aPhraseMatchesOnlyTheWordsInThatOrder() {
        List<Search.Found> phrase = Search.run(kg, "\"noise schedule\"", 20);
        assertFalse(phrase.isEmpty());
        for (Search.Found f : phrase) {
            String text = f.bracketed().toLowerCase(Locale.ROOT);
            assertTrue(text.contains("[noise schedul"), f.label() + ": " + f.bracketed());
        }
    }

    @Test
    void aPrefixQueryAndStemmingReachOtherFormsOfAWord() {
        List<String> prefix = labels(Search.run(kg, "title:diffus*", 50));
        List<String> stemmed = labels(Search.run(kg, "title:diffusions", 50));
        assertTrue(prefix.contains("DiffusionNAG: Predictor-guided Neural Architecture Generation with Diffusion Models"), prefix.toString());
        assertTrue(stemmed.contains("Improved Noise Schedule for Diffusion Training"), "plural finds singular: " + stemmed);
    }

    @Test
    void plainWordsMustAllMatchAndOrTakesEither() {
        assertEquals("+imagenet +diffusion", SearchIndex.allWordsRequired(" imagenet  diffusion "));
        assertEquals("imagenet OR diffusion", SearchIndex.allWordsRequired("imagenet OR diffusion"));
        assertEquals("title:strides learning", SearchIndex.allWordsRequired("title:strides learning"));
        List<Search.Found> both = Search.run(kg, "learning strides", 10);
        assertEquals("Learning Strides in Convolutional Neural Networks", both.get(0).label());
        for (Search.Found f : both) {
            String text = f.bracketed().toLowerCase(Locale.ROOT);
            assertTrue(text.contains("[learning") && text.contains("strides]") || text.contains("[strides"), f.label() + ": " + f.bracketed());
        }
        assertTrue(Search.run(kg, "strides OR imagenet", 50).size() > both.size(), "either word finds more than both");
    }

    @Test
    void aPersonIsFoundByName() {
        List<Search.Found> found = Search.run(kg, "name:\"Rachid Riad\"", 5);
        assertEquals(List.of("Rachid Riad"), labels(found));
        assertEquals("person", found.get(0).kind());
    }

    @Test
    void aQueryTheParserRejectsIsABadQueryNamingTheFields() {
        SearchIndex.BadQuery bad = assertThrows(SearchIndex.BadQuery.class, () -> Search.run(kg, "title:(unclosed", 5));
        assertTrue(bad.getMessage().startsWith("the query \"title:(unclosed\" cannot be read"), bad.getMessage());
        assertTrue(bad.getMessage().endsWith("(words, \"a phrase\", prefix*, or field:word with a field of title, abstract, name, label)"), bad.getMessage());
        assertThrows(SearchIndex.BadQuery.class, () -> Search.run(kg, "   ", 5));
    }

    @Test
    void textQueryInSparqlUsesTheSameIndex() {
        String q = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT DISTINCT ?title { ?p text:query (dcterms:title "strides") ; dcterms:title ?title }""";
        List<String> titles = kg.store().read(dsg -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecutionFactory.create(q, kg.store().dataset())) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(r -> out.add(r.getLiteral("title").getString()));
            }
            return out;
        });
        assertEquals(List.of("Learning Strides in Convolutional Neural Networks"), titles);
    }

    @Test
    void removingAPageTakesItsPapersOutOfTheIndexAndIngestPutsThemBack(@TempDir Path dir) {
        try (Paperkg own = Paperkg.open(dir.resolve("store"), IriScheme.DEFAULT_BASE)) {
            Path page = Examples.page("000_1812ad0142ebc512.txt");
            own.ingest(List.of(page), Paperkg.IngestListener.SILENT);
            String title = "Analytic-DPM: an Analytic Estimate of the Optimal Reverse Variance in Diffusion Probabilistic Models";
            assertEquals(title, Search.run(own, "analytic estimate reverse variance", 1).get(0).label());
            assertTrue(own.remove(page.getFileName().toString()));
            assertFalse(labels(Search.run(own, "analytic estimate reverse variance", 10)).contains(title));
            own.ingest(List.of(page), Paperkg.IngestListener.SILENT);
            assertEquals(title, Search.run(own, "analytic estimate reverse variance", 1).get(0).label());
        }
    }

    @Test
    void aStoreLeftBetweenQuadsAndIndexIsReindexedWhenOpened(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        long documents;
        try (Paperkg own = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            own.ingest(List.of(Examples.page("000_1812ad0142ebc512.txt")), Paperkg.IngestListener.SILENT);
            documents = own.store().search().orElseThrow().documents();
        }
        // as a process killed after the quads committed and before the index did leaves it
        deleteTree(store.resolve("text"));
        Files.createDirectories(store.resolve("text"));
        Files.writeString(store.resolve("paperkg-text-index-stale"), "x");
        try (Paperkg own = Paperkg.open(store, IriScheme.DEFAULT_BASE)) {
            assertEquals(documents, own.store().search().orElseThrow().documents());
            assertFalse(Files.exists(store.resolve("paperkg-text-index-stale")));
            assertEquals(documents, own.store().reindex(), "a reindex gives the index the store kept");
        }
    }

    private static void deleteTree(Path p) throws Exception {
        try (var files = Files.walk(p)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
