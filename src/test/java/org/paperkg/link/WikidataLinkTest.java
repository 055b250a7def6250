package org.paperkg.link;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Linking to Wikidata fixtures in Wikidata's RDF dump format (statements with ordinals, name
 * strings, upper-case DOIs, data set items), from the dump and from a loopback Fuseki.
 */
class WikidataLinkTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "link", "wikidata-fixture.ttl");
    private static final Path FORMATS = Path.of("src", "test", "resources", "formats");
    private static final String P = IriScheme.DEFAULT_BASE + "paper/";
    private static final String WD = "http://www.wikidata.org/entity/";
    private static FixtureEndpoint fuseki;

    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry(P + "learning-strides-in-convolutional-neural-networks", "linked " + WD + "Q9000001"),
            Map.entry(P + "cascade-r-cnn-delving-into-high-quality-object-detection", "linked " + WD + "Q9000002"),
            Map.entry(P + "reversible-column-networks", "linked " + WD + "Q9000003"),
            Map.entry(P + "contranorm-a-contrastive-learning-perspective-on-oversmoothing-and-beyond", "linked " + WD + "Q9000005"),
            Map.entry(P + "the-hidden-convex-optimization-landscape-of-regularized-two-layer-relu-networks-ac6183",
                    "linked " + WD + "Q9000006"),
            Map.entry(P + "offline-rl-for-natural-language-generation-with-implicit-language-q-learning", "linked " + WD + "Q9000007"),
            Map.entry(P + "simplifying-model-based-rl-learning-representations-latent-space-models-and-f58fb3",
                    "linked " + WD + "Q9000008"),
            Map.entry(P + "expressiveness-and-approximation-properties-of-graph-neural-networks", "ambiguous"),
            Map.entry(P + "analytic-dpm-an-analytic-estimate-of-the-optimal-reverse-variance-in-diffusion-7d67b1", "refused"),
            Map.entry(P + "evolving-normalization-activation-layers", "refused")));

    @TempDir
    Path tmp;

    @BeforeAll
    static void serveFixture() {
        fuseki = new FixtureEndpoint(FIXTURE, "wikidata");
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    private static Paperkg graph() {
        List<Path> inputs = new ArrayList<>(Examples.pages());
        inputs.add(FORMATS.resolve("papers.bib"));
        inputs.add(FORMATS.resolve("arxiv-feed.xml"));
        inputs.add(FORMATS.resolve("hf-daily-papers.json"));
        return Examples.ingestedInMemory(inputs);
    }

    @Test
    void dumpAndEndpointGiveTheSameLinksWithIdentifiersTitlesPeopleAndDatasets() throws Exception {
        Set<Quad> fromDump;
        try (Paperkg kg = graph()) {
            Linker.LinkResult r = kg.link(new WikidataDump(FIXTURE), "wikidata-fixture.ttl");
            Map<String, String> outcomes = new TreeMap<>();
            r.papers().stream().filter(d -> d.outcome() != LinkDecision.Outcome.UNMATCHED)
                    .forEach(d -> outcomes.put(d.paper(), d.outcome().name().toLowerCase() + (d.target() == null ? "" : " " + d.target())));
            assertEquals(EXPECTED, outcomes);
            assertEquals("DOI 10.1109/cvpr.2018.00644, title, 2 author surname(s) in order, year 2018",
                    decision(r, "cascade-r-cnn-delving-into-high-quality-object-detection").evidence());
            assertEquals(1.0, decision(r, "reversible-column-networks").confidence(), "the arXiv id agrees");
            assertEquals("several publications fit: " + WD + "Q9000010, " + WD + "Q9000011",
                    decision(r, "expressiveness-and-approximation-properties-of-graph-neural-networks").evidence());

            Map<String, PersonLink> people = new TreeMap<>();
            r.people().stream().filter(p -> !p.candidates().isEmpty())
                    .forEach(p -> people.put(p.person().substring(p.person().lastIndexOf('/') + 1), p));
            assertEquals(Set.of("neil-zeghidour", "rachid-riad", "sergey-levine", "yifei-wang", "yisen-wang", "yuxuan-cai", "zhaowei-cai"),
                    people.keySet(), "only authors given as items (P50) can be linked; name strings (P2093) have no item");
            assertTrue(people.get("yifei-wang").uncertain());
            assertEquals(List.of(WD + "Q9100020", WD + "Q9100021"), people.get("yifei-wang").candidates());
            assertEquals(WD + "Q9100030", people.get("sergey-levine").external());
            assertEquals(2, people.get("sergey-levine").sharedPapers());

            Map<String, String> datasets = new TreeMap<>();
            r.entities(EntityLink.DATASET).forEach(e -> datasets.put(e.local().substring(e.local().lastIndexOf('/') + 1),
                    e.external() != null ? e.external() : "ambiguous " + e.candidates()));
            assertEquals(Map.of("imagenet", WD + "Q9200001", "cifar-10", WD + "Q9200002",
                    "mnist", "ambiguous [" + WD + "Q9200003, " + WD + "Q9200004]"), datasets,
                    "COCO's namesake is not a data set item; two MNIST items are ambiguous");
            Map<String, String> concepts = new TreeMap<>();
            r.entities(EntityLink.CONCEPT).forEach(e -> concepts.put(e.local().substring(e.local().lastIndexOf('/') + 1),
                    e.external() + " (" + e.evidence() + ")"));
            assertEquals(Map.of("diffusion-model", WD + "Q9300001 (label 'diffusion model')",
                    "generative-model", WD + "Q9300100 (label 'generative model')",
                    "deep-learning", WD + "Q9300102 (label 'deep learning')",
                    "transformer", WD + "Q9300004 (label 'transformer')"), concepts,
                    "the electrical transformer and psychology's attention are not machine-learning concepts");
            assertTrue(kg.validate().conforms(), kg.validate().byNode().toString());
            fromDump = linkGraph(kg);
        }
        try (Paperkg kg = graph()) {
            SparqlClient client = fuseki.client(tmp.resolve("cache"));
            kg.link(new WikidataEndpoint(client), "wikidata-fixture.ttl");
            assertEquals(fromDump, linkGraph(kg), "the endpoint gives the same link graph");
        }
    }

    private static LinkDecision decision(Linker.LinkResult r, String slug) {
        return r.papers().stream().filter(d -> d.paper().equals(P + slug)).findFirst().orElseThrow();
    }

    private static Set<Quad> linkGraph(Paperkg kg) {
        return kg.store().read(dsg -> {
            Set<Quad> out = new HashSet<>();
            dsg.find(NodeFactory.createURI(IriScheme.DEFAULT_BASE + "graph/links/wikidata"), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> {
                        if (!q.getPredicate().getURI().endsWith("generatedAtTime")) out.add(q);
                    });
            return out;
        });
    }
}
