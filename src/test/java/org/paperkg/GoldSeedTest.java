package org.paperkg;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example graph holds exactly what {@code ../shared/gold/seed-papers.tsv} says the pages hold. */
class GoldSeedTest {
    private static Paperkg kg;
    private static Map<String, GraphView.Paper> papers;
    private static GoldPapers gold;

    @BeforeAll
    static void build() throws Exception {
        kg = Examples.ingestedInMemory(Examples.pages());
        papers = GraphView.papers(kg);
        gold = GoldPapers.load();
    }

    @AfterAll
    static void close() {
        kg.close();
    }

    @Test
    void countsMatchTheGold() {
        Map<String, Long> stats = kg.stats();
        assertEquals(411L, stats.get("papers"));
        assertEquals(405L, stats.get("titledPapers"));
        assertEquals(670L, stats.get("names"), "distinct names as the pages give them");
        assertEquals(679L, stats.get("persons"), "670 names, 9 of them on two papers with no evidence between them (see PersonRulesTest)");
        assertEquals(706L, stats.get("authorships"));
        assertEquals(2L, stats.get("sessions"));
        assertEquals(7L, stats.get("presentations"));
        assertEquals(10L, stats.get("awards"));
        assertEquals(2L, stats.get("awardKinds"));
        assertEquals(5L, stats.get("sources"));
        assertEquals(gold.rows().size(), papers.size());
    }

    @Test
    void everyGoldPaperIsOneNodeWithItsTitlePagesAwardSessionSlotAndAuthors() {
        Set<String> matched = new HashSet<>();
        List<String> failures = new ArrayList<>();
        Map<String, GraphView.Paper> byId = gold.match(papers);
        for (GoldPapers.Row row : gold.rows()) {
            GraphView.Paper p = byId.get(row.id());
            if (p == null) {
                failures.add(row.id() + ": no paper for '" + row.title() + "' / '" + row.abstractStart() + "'");
                continue;
            }
            if (!matched.add(p.iri)) failures.add(row.id() + ": matched a paper twice: " + p.iri);
            check(failures, row, "pages", row.pages(), p.pages);
            check(failures, row, "award", row.award().isEmpty() ? Set.of() : Set.of(row.award()), p.awards);
            check(failures, row, "session", row.session().isEmpty() ? Set.of() : Set.of(row.session()), p.sessions);
            check(failures, row, "slot", row.slot().isEmpty() ? Set.of() : Set.of(row.slot()), p.slots);
            check(failures, row, "authors", row.authors(), p.authorList());
        }
        assertTrue(failures.isEmpty(), failures.size() + " mismatches:\n" + String.join("\n", failures));
        assertEquals(411, matched.size());
    }

    @Test
    void titleLessAwardEntriesMergeWithTheirTitledTwinsAndKeepTheFullAbstract() {
        GraphView.Paper strides = byTitle("Learning Strides in Convolutional Neural Networks");
        assertEquals(Set.of("iclr-2022-oral-2-understanding-deep-learning.txt", "iclr-2022-outstanding-paper-awards.txt"),
                strides.pages);
        assertNotNull(strides.cleanAbstract);
        // the award page cuts this abstract short with "…"; the session page has it whole
        assertTrue(strides.cleanAbstract.endsWith("random stride configurations. Moreover, formulating strides as learnable "
                + "variables allows us to introduce a regularization term that controls the computational complexity of the "
                + "architecture. We show how this regularization allows trading off accuracy for efficiency on ImageNet."),
                strides.cleanAbstract);
    }

    @Test
    void yuYuIsAName() {
        assertTrue(papers.values().stream().anyMatch(p -> p.authors.containsValue("Yu Yu")));
    }

    @Test
    void cleanAbstractsCarryNoLatexOrPageMarks() {
        GraphView.Paper dpm = byTitle("Analytic-DPM: an Analytic Estimate of the Optimal Reverse Variance in Diffusion Probabilistic Models");
        assertTrue(dpm.cleanAbstract.contains("we propose Analytic-DPM, a training-free"), dpm.cleanAbstract);
        assertTrue(dpm.cleanAbstract.endsWith("enjoys a 20× to 80× speed up."), dpm.cleanAbstract);
        for (GraphView.Paper p : papers.values()) {
            if (p.cleanAbstract == null) continue;
            assertTrue(!p.cleanAbstract.contains("\\textit") && !p.cleanAbstract.contains("\\emph")
                    && !p.cleanAbstract.contains("$") && !p.cleanAbstract.contains("\\(")
                    && !p.cleanAbstract.contains("[ Virtual ]") && !p.cleanAbstract.endsWith("…"), p.iri + ": " + p.cleanAbstract);
        }
    }

    private static GraphView.Paper byTitle(String title) {
        return papers.values().stream().filter(p -> title.equals(p.title)).findFirst().orElseThrow();
    }

    private static void check(List<String> failures, GoldPapers.Row row, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) failures.add(row.id() + " " + what + ": expected " + expected + " but was " + actual);
    }
}
