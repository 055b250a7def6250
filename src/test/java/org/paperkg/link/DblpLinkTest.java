package org.paperkg.link;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.GraphView;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.paperkg.serve.PaperServer;
import org.paperkg.serve.ServeOptions;

import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Linking the example graph (with papers.bib, which gives RevCol's dblp key) to dblp fixtures
 * written in dblp's schema: from a dump (Turtle, and gzipped N-Triples) and from a Fuseki on
 * loopback serving the same data. Every link made and every link refused is asserted.
 */
class DblpLinkTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "link", "dblp-fixture.ttl");
    private static final String P = IriScheme.DEFAULT_BASE + "paper/";
    private static final String REC = "https://dblp.org/rec/";
    private static FixtureEndpoint fuseki;

    /** Paper → outcome and target: the complete expected answer on the fixtures. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry(P + "reversible-column-networks", "given " + REC + "conf/iclr/CaiZHSKLZ23"),
            Map.entry(P + "tiny-diffusers-distilled-diffusion-models-on-a-small-budget", "given " + REC + "journals/corr/abs-2401-01234"),
            Map.entry(P + "expressiveness-and-approximation-properties-of-graph-neural-networks", "linked " + REC + "conf/iclr/GeertsR22"),
            Map.entry(P + "neural-collapse-under-mse-loss-proximity-to-and-dynamics-on-the-central-path", "linked " + REC + "conf/iclr/HanPD22"),
            Map.entry(P + "learning-strides-in-convolutional-neural-networks", "linked " + REC + "conf/iclr/RiadTGZ22"),
            Map.entry(P + "consistency-trajectory-models-learning-probability-flow-ode-trajectory-of-38f044",
                    "linked " + REC + "conf/iclr/KimLLMTUHME24"),
            Map.entry(P + "clipsep-learning-text-queried-sound-separation-with-noisy-unlabeled-videos", "linked " + REC + "conf/iclr/DongTMMB23"),
            Map.entry(P + "discovering-and-explaining-the-representation-bottleneck-of-dnns", "linked " + REC + "conf/iclr/DengRZZ22"),
            Map.entry(P + "softzoo-a-soft-robot-co-design-benchmark-for-locomotion-in-diverse-environments",
                    "linked " + REC + "conf/iclr/WangMSXZTRG23"),
            Map.entry(P + "is-attention-all-that-nerf-needs", "ambiguous"),
            Map.entry(P + "analytic-dpm-an-analytic-estimate-of-the-optimal-reverse-variance-in-diffusion-7d67b1", "refused"),
            Map.entry(P + "depth-separation-with-multilayer-mean-field-networks", "refused"),
            Map.entry(P + "evolving-normalization-activation-layers", "refused")));

    @TempDir
    Path tmp;

    @BeforeAll
    static void serveFixture() {
        fuseki = new FixtureEndpoint(FIXTURE, "dblp");
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    private static Paperkg graph() {
        List<Path> inputs = new ArrayList<>(Examples.pages());
        inputs.add(Path.of("src", "test", "resources", "formats", "papers.bib"));
        return Examples.ingestedInMemory(inputs);
    }

    private static Map<String, String> outcomes(Linker.LinkResult result) {
        Map<String, String> out = new TreeMap<>();
        for (LinkDecision d : result.papers()) {
            if (d.outcome() == LinkDecision.Outcome.UNMATCHED) continue;
            out.put(d.paper(), d.outcome().name().toLowerCase() + (d.target() == null ? "" : " " + d.target()));
        }
        return out;
    }

    private SparqlClient client(Path cache) {
        return fuseki.client(cache);
    }

    @Test
    void dumpModeLinksExactlyWhatTheEvidenceAllows() throws Exception {
        try (Paperkg kg = graph()) {
            Linker.LinkResult r = kg.link(new DblpDump(FIXTURE), FIXTURE.toString());
            assertEquals(EXPECTED, outcomes(r));
            Map<LinkDecision.Outcome, Long> counts = r.paperCounts();
            assertEquals(7L, counts.get(LinkDecision.Outcome.LINKED));
            assertEquals(2L, counts.get(LinkDecision.Outcome.GIVEN), "the dblp keys papers.bib gives, with no lookup");
            assertEquals(414L, r.papers().size(), "the 411 example papers and three more from papers.bib");
            assertEquals(414L - 13, counts.get(LinkDecision.Outcome.UNMATCHED));

            LinkDecision ctm = decision(r, "consistency-trajectory-models-learning-probability-flow-ode-trajectory-of-38f044");
            assertEquals("title, 9 author surname(s) in order, year 2024", ctm.evidence(), "the CoRR preprint gives way to the formal record");
            assertEquals(0.98, ctm.confidence());
            assertEquals("several publications fit: " + REC + "conf/iclr/VarmaWCCVW23, " + REC + "journals/tmlr/VarmaWCCVW23",
                    decision(r, "is-attention-all-that-nerf-needs").evidence());
            assertEquals(REC + "conf/aistats/MoreauZ19: year 2019 is far from [2022]",
                    decision(r, "analytic-dpm-an-analytic-estimate-of-the-optimal-reverse-variance-in-diffusion-7d67b1").evidence());
            assertEquals(REC + "conf/colt/MoreauZG23: author 1 is Alice Moreau, not Yunwei Ren",
                    decision(r, "depth-separation-with-multilayer-mean-field-networks").evidence());
            assertEquals(REC + "conf/nips/LiuBSL20: only the title agrees; no author, year or identifier confirms it",
                    decision(r, "evolving-normalization-activation-layers").evidence());

            Map<String, PersonLink> people = new TreeMap<>();
            r.people().forEach(p -> people.put(p.person(), p));
            // the local rules already keep the two Hao Zhangs and the two Yuki Mitsufujis apart (no
            // co-author, identifier or venue and topic in common); dblp tells the first pair apart too,
            // and names one person for the second: both of its nodes link to that person
            Map<String, String> linked = new TreeMap<>();
            people.forEach((person, link) -> {
                String local = person.substring(person.lastIndexOf('/') + 1);
                if (local.startsWith("hao-zhang") || local.startsWith("yuki-mitsufuji")) linked.put(local, link.external());
            });
            assertEquals(Map.of("hao-zhang", "https://dblp.org/pid/900/7003-97", "hao-zhang-10ea85", "https://dblp.org/pid/900/7003-98",
                    "yuki-mitsufuji", "https://dblp.org/pid/900/5008", "yuki-mitsufuji-7efdb8", "https://dblp.org/pid/900/5008"), linked);
            assertEquals("https://dblp.org/pid/900/1006-8", people.get(IriScheme.DEFAULT_BASE + "person/jun-li").external());
            assertEquals(List.of(), r.people().stream().filter(PersonLink::uncertain).map(PersonLink::person).toList(),
                    "every person the dblp fixture names is told apart by it");
            List<String> sameAs = new ArrayList<>();
            GraphView.each(kg, "SELECT ?t { GRAPH <" + IriScheme.DEFAULT_BASE + "graph/links/dblp> { <" + P
                    + "learning-strides-in-convolutional-neural-networks> <http://www.w3.org/2002/07/owl#sameAs> ?t } }", row -> sameAs.add(row.get("t")));
            assertEquals(List.of(REC + "conf/iclr/RiadTGZ22"), sameAs);
            List<String> uncertain = new ArrayList<>();
            GraphView.each(kg, "SELECT ?why { <" + IriScheme.DEFAULT_BASE + "person/hao-zhang> pkg:identityUncertain true ; "
                    + "pkg:uncertainBecause ?why }", row -> uncertain.add(row.get("why")));
            assertEquals(List.of("the name Hao Zhang is also on 1 paper with no co-author, identifier, or venue and topic in common "
                    + "with these 1; kept as 2 persons"), uncertain, "the local mark stays: dblp's links sit in their own graph");
            List<String> both = new ArrayList<>();
            GraphView.each(kg, "SELECT ?p { GRAPH <" + IriScheme.DEFAULT_BASE + "graph/links/dblp> { ?p pkg:identityUncertain true ; "
                    + "<http://www.w3.org/2002/07/owl#sameAs> ?x } }", row -> both.add(row.get("p")));
            assertEquals(List.of(), both, "a person whose identity is uncertain is linked to no one");
            Map<String, String> venues = new TreeMap<>();
            r.entities().stream().filter(e -> !e.kind().equals(EntityLink.DATASET))
                    .forEach(e -> venues.put(e.kind() + " " + e.local().substring(e.local().lastIndexOf('/') + 1), e.external() + " | " + e.evidence()));
            assertEquals(Map.of(
                    "proceedings iclr-2022", REC + "conf/iclr/2022 | all 4 linked papers of it are in this proceedings volume",
                    "proceedings iclr-2023", REC + "conf/iclr/2023 | all 3 linked papers of it are in this proceedings volume",
                    "series iclr-2022", "https://dblp.org/streams/conf/iclr | all 4 linked papers of it are in this series",
                    "series iclr-2023", "https://dblp.org/streams/conf/iclr | all 3 linked papers of it are in this series"), venues,
                    "ICLR 2024's one linked paper (CTM is on no ICLR page) is not enough to link a conference");
            assertTrue(kg.validate().conforms(), kg.validate().byNode().toString());
        }
    }

    @Test
    void endpointModeGzippedDumpAndTurtleDumpGiveTheSameLinksAndTheCacheAnswersTheSecondRun() throws Exception {
        Path gz = tmp.resolve("dblp-fixture.nt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Dataset ds = RDFDataMgr.loadDataset(FIXTURE.toString());
            RDFDataMgr.write(out, ds.getDefaultModel(), Lang.NTRIPLES);
        }
        Set<Quad> fromTurtle;
        Map<String, String> turtleOutcomes;
        try (Paperkg kg = graph()) {
            turtleOutcomes = outcomes(kg.link(new DblpDump(FIXTURE), "dump"));
            fromTurtle = linkGraph(kg);
        }
        try (Paperkg kg = graph()) {
            assertEquals(turtleOutcomes, outcomes(kg.link(new DblpDump(gz), "dump")));
            assertEquals(fromTurtle, linkGraph(kg));
        }
        Path cache = tmp.resolve("cache");
        try (Paperkg kg = graph()) {
            SparqlClient first = client(cache);
            assertEquals(turtleOutcomes, outcomes(kg.link(new DblpEndpoint(first), "dump")));
            assertEquals(fromTurtle, linkGraph(kg), "the same link graph, evidence and people included");
            assertTrue(first.requests() > 0);
            SparqlClient second = client(cache);
            assertEquals(turtleOutcomes, outcomes(kg.link(new DblpEndpoint(second), "dump")));
            assertEquals(0, second.requests(), "a second run asks nothing it asked before");
            assertEquals(first.requests(), second.cacheHits());
        }
    }

    @Test
    void coverageAndFederatedQueriesAnswerFromTheLinkGraph() throws Exception {
        try (Paperkg kg = graph()) {
            kg.link(new DblpDump(FIXTURE), FIXTURE.toString());
            List<String> coverage = new ArrayList<>();
            GraphView.each(kg, Files.readString(Path.of("queries", "link-coverage.rq")).replaceAll("(?m)^PREFIX pkg:.*$", ""),
                    row -> coverage.add(row.get("source") + " " + row.get("kind") + " " + row.get("linkedCount") + " "
                            + row.get("uncertain") + " " + row.get("total")));
            long persons = kg.stats().get("persons");
            assertEquals(List.of("dblp concept 0 0 99", "dblp conference 2 0 2", "dblp dataset 0 0 5469", "dblp paper 9 0 414",
                    "dblp person 42 0 " + persons), coverage, "dblp has no datasets or concepts: 229 hand-curated and 5,239 Papers with Code datasets, one discovered");
            String federated = Files.readString(Path.of("queries", "dblp-federated.rq"))
                    .replace("https://sparql.dblp.org/sparql", fuseki.sparql().toString());
            List<String> rows = new ArrayList<>();
            GraphView.each(kg, federated, row -> rows.add(row.get("title") + " | " + row.get("stream") + " | " + row.get("dblpAuthors")));
            assertEquals(8, rows.size(), "the nine linked papers but Tiny Diffusers, whose record the fixture lacks: " + rows);
            String strides = rows.stream().filter(r -> r.startsWith("Learning Strides in Convolutional Neural Networks | "))
                    .findFirst().orElseThrow();
            assertTrue(strides.startsWith("Learning Strides in Convolutional Neural Networks | https://dblp.org/streams/conf/iclr | "), strides);
            assertEquals(Set.of("Rachid Riad", "Olivier Teboul", "David Grangier", "Neil Zeghidour"),
                    Set.of(strides.substring(strides.lastIndexOf(" | ") + 3).split(", ")), "names dblp gives, asked through SERVICE");
        }
    }

    @Test
    void theLinkGraphIsServedOverSparql() throws Exception {
        try (Paperkg kg = graph()) {
            kg.link(new DblpDump(FIXTURE), FIXTURE.toString());
            try (PaperServer server = PaperServer.start(kg,
                    ServeOptions.defaults(0))) {
                String query = "SELECT ?t { GRAPH <" + IriScheme.DEFAULT_BASE + "graph/links/dblp> { <" + P
                        + "learning-strides-in-convolutional-neural-networks> <http://www.w3.org/2002/07/owl#sameAs> ?t } }";
                HttpResponse<String> response = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1).build()
                        .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                                        + "/papers/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                assertEquals("t\r\n" + REC + "conf/iclr/RiadTGZ22\r\n", response.body());
            }
        }
    }

    private static LinkDecision decision(Linker.LinkResult r, String slug) {
        return r.papers().stream().filter(d -> d.paper().equals(P + slug)).findFirst().orElseThrow();
    }

    /** The link graph without its run time. */
    private static Set<Quad> linkGraph(Paperkg kg) {
        return kg.store().read(dsg -> {
            Set<Quad> out = new HashSet<>();
            dsg.find(org.apache.jena.graph.NodeFactory.createURI(IriScheme.DEFAULT_BASE + "graph/links/dblp"),
                    org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)
                    .forEachRemaining(q -> {
                        if (!q.getPredicate().getURI().endsWith("generatedAtTime")) out.add(q);
                    });
            return out;
        });
    }
}
