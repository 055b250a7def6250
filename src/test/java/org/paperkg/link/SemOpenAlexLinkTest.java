package org.paperkg.link;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.GraphView;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Linking to SemOpenAlex fixtures in its ontology: titles, DOIs, first / middle / last
 * authorships, and — from a dump only — papers no page gave a title, found by their abstract.
 */
class SemOpenAlexLinkTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "link", "semopenalex-fixture.ttl");
    private static final String P = IriScheme.DEFAULT_BASE + "paper/";
    private static final String W = "https://semopenalex.org/work/";
    private static FixtureEndpoint endpoint;

    private static final Map<String, String> BY_TITLE_OR_DOI = Map.of(
            P + "learning-strides-in-convolutional-neural-networks", "linked " + W + "W9000010",
            P + "cascade-r-cnn-delving-into-high-quality-object-detection", "linked " + W + "W9000011",
            P + "neural-collapse-under-mse-loss-proximity-to-and-dynamics-on-the-central-path", "refused");
    private static final Map<String, String> BY_ABSTRACT = Map.of(
            P + "untitled-692ebdfeb5d98fa1", "linked " + W + "W9000001",
            P + "untitled-ee142e3d9700db3a", "linked " + W + "W9000002");

    @BeforeAll
    static void serve() {
        endpoint = new FixtureEndpoint(FIXTURE, "semopenalex");
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    private static Paperkg graph() {
        List<Path> inputs = new ArrayList<>(Examples.pages());
        inputs.add(Path.of("src", "test", "resources", "formats", "arxiv-feed.xml"));
        return Examples.ingestedInMemory(inputs);
    }

    private static Map<String, String> outcomes(Linker.LinkResult r) {
        Map<String, String> out = new TreeMap<>();
        r.papers().stream().filter(d -> d.outcome() != LinkDecision.Outcome.UNMATCHED)
                .forEach(d -> out.put(d.paper(), d.outcome().name().toLowerCase() + (d.target() == null ? "" : " " + d.target())));
        return out;
    }

    @Test
    void aDumpFindsUntitledPapersByTheirAbstractAndTheyGainTheirTitle() throws Exception {
        try (Paperkg kg = graph()) {
            Linker.LinkResult r = kg.link(new SemOpenAlexDump(FIXTURE), "semopenalex-fixture.ttl");
            Map<String, String> expected = new TreeMap<>(BY_TITLE_OR_DOI);
            expected.putAll(BY_ABSTRACT);
            assertEquals(expected, outcomes(r), "the near-miss abstract (Comparing Distributions…) is not linked");
            LinkDecision bootstrapped = r.papers().stream().filter(d -> d.paper().equals(P + "untitled-692ebdfeb5d98fa1")).findFirst().orElseThrow();
            assertEquals("abstract (first 30 words), year 2022", bootstrapped.evidence());
            assertEquals(0.95, bootstrapped.confidence());
            assertEquals("Bootstrapped Meta-Learning", bootstrapped.gainedTitle());
            List<String> titles = new ArrayList<>();
            GraphView.each(kg, "SELECT ?t { <" + P + "untitled-692ebdfeb5d98fa1> <http://purl.org/dc/terms/title> ?t }",
                    row -> titles.add(row.get("t")));
            assertEquals(List.of("Bootstrapped Meta-Learning"), titles, "the title-less paper has its title now");
            LinkDecision strides = r.papers().stream().filter(d -> d.paper().equals(P + "learning-strides-in-convolutional-neural-networks"))
                    .findFirst().orElseThrow();
            assertEquals("title, 4 author surname(s) in order, year 2022", strides.evidence(),
                    "first and last by position, the two middle ones by surname (SemOpenAlex gives no order among them)");
            assertEquals(W + "W9000012: author 3 is Someone Else, not David Donoho",
                    r.papers().stream().filter(d -> d.outcome() == LinkDecision.Outcome.REFUSED).findFirst().orElseThrow().evidence());
            assertEquals(4 + 2, r.people().stream().filter(p -> !p.uncertain()).count(),
                    "Riad, Teboul, Grangier, Zeghidour; Zhaowei Cai, Nuno Vasconcelos");
            assertTrue(kg.validate().conforms(), kg.validate().byNode().toString());
        }
    }

    @Test
    void liveModeFindsTheSameByTitleAndDoiButCannotSearchAbstracts() throws Exception {
        try (Paperkg kg = graph()) {
            Linker.LinkResult r = kg.link(new SemOpenAlexEndpoint(endpoint.client(null)), endpoint.sparql().toString());
            assertEquals(new TreeMap<>(BY_TITLE_OR_DOI), outcomes(r));
        }
    }
}
