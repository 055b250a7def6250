package org.paperkg.rdf;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.GraphView;
import org.paperkg.Paperkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The person rules of the README ("Who is who") on real names: the ICLR 2020 OpenReview notes,
 * the virtual-site listing and the Mini-Conf CSV of {@code ../shared/real/} list the same 687
 * papers; the notes' author e-mails (kept as checksums) show one person under two spellings and
 * two persons under one name.
 */
class PersonRulesTest {
    static final Path REAL = Path.of("..", "shared", "real");
    static final Path NOTES = REAL.resolve("openreview_api/iclr2020_blind_submissions_notes.json");
    static final Path LISTING = REAL.resolve("virtual_site/iclr2020_papers_old.html");
    static final Path MINI_CONF = REAL.resolve("csv_lists/mini-conf_iclr2020_papers.csv");
    private static Paperkg iclr;

    @BeforeAll
    static void ingest() {
        iclr = Examples.ingestedInMemory(List.of(NOTES, LISTING, MINI_CONF));
    }

    @AfterAll
    static void close() {
        iclr.close();
    }

    /** name → the persons of that name (foaf:name or a variant), each as "IRI | name | variants | papers | uncertain". */
    private static Map<String, List<String>> persons(Paperkg kg, String... names) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String name : names) {
            List<String> rows = new ArrayList<>();
            GraphView.each(kg, """
                    PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                    SELECT ?p ?n (GROUP_CONCAT(DISTINCT ?v; separator="/") AS ?vs) (COUNT(DISTINCT ?a) AS ?papers) (SAMPLE(?u) AS ?unc) {
                      ?p a pkg:Person ; foaf:name ?n ; foaf:name|pkg:nameVariant ?match ; ^pkg:author ?a .
                      FILTER (?match = "%s")
                      OPTIONAL { ?p pkg:nameVariant ?v } OPTIONAL { ?p pkg:identityUncertain ?u }
                    } GROUP BY ?p ?n ORDER BY ?p""".formatted(name), r -> rows.add(r.get("p").substring(r.get("p").lastIndexOf('/') + 1)
                    + " | " + r.get("n") + " | " + r.getOrDefault("vs", "") + " | " + r.get("papers") + " | " + (r.get("unc") != null)));
            out.put(name, rows);
        }
        return out;
    }

    @Test
    void theThreeSourcesGiveOneAuthorPerPositionAndTheGraphValidates() {
        GraphView.papers(iclr); // throws on two authors at one position
        var result = iclr.validate();
        assertTrue(result.conforms(), result.violations() + " violations");
        Map<String, Long> stats = iclr.stats();
        assertEquals(687L, stats.get("papers"));
        assertEquals(3046L, stats.get("authorships"), "3,045 names, and 'Reinhard Heckel and Mahdi Soltanolkotabi' is two");
        assertEquals(2551L, stats.get("names"));
    }

    @Test
    void oneIdentifierJoinsSpellingsThatFit() {
        // the e-mail checksum is shared; initials, middle names, accents and case are only support
        assertEquals(List.of("jack-rae | Jack W. Rae | Jack Rae | 4 | false"), persons(iclr, "Jack Rae").get("Jack Rae"));
        assertEquals(List.of("zico-kolter | J. Zico Kolter | Zico Kolter | 3 | false"), persons(iclr, "Zico Kolter").get("Zico Kolter"));
        assertEquals(List.of("lukasz-kaiser | Łukasz Kaiser | Lukasz Kaiser | 2 | false"), persons(iclr, "Lukasz Kaiser").get("Lukasz Kaiser"));
        assertEquals(List.of("emmanuel-muller | Emmanuel Müller | Emmanuel Mueller | 2 | false"),
                persons(iclr, "Emmanuel Mueller").get("Emmanuel Mueller"));
        assertEquals(List.of("jiashi-feng | Jiashi Feng | Jiashi FENG | 5 | false"), persons(iclr, "Jiashi FENG").get("Jiashi FENG"));
        // a typing slip in the given name, the same surname and the same address
        assertEquals(List.of("masao-utiyama | Masao Utiyama | Masso Utiyama | 2 | false"), persons(iclr, "Masso Utiyama").get("Masso Utiyama"));
    }

    @Test
    void authorPapersFindsAPersonUnderAnyOfTheirSpellings() {
        for (String spelling : List.of("Jack Rae", "jack w. rae")) {
            var query = org.paperkg.query.StoredQueries.load("author-papers").orElseThrow();
            var out = new java.io.ByteArrayOutputStream();
            iclr.query(org.paperkg.query.QueryRunner.parse(query.text(), "author-papers"),
                    Map.of("author", org.apache.jena.graph.NodeFactory.createLiteralString(spelling)), org.paperkg.query.QueryRunner.Format.CSV, out);
            List<String> rows = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).toList();
            assertEquals(4, rows.size(), spelling + ": " + rows);
            assertTrue(rows.stream().allMatch(r -> r.startsWith(org.paperkg.rdf.IriScheme.DEFAULT_BASE + "person/jack-rae,")), rows.toString());
        }
    }

    @Test
    void anIdentifierBesideANameThatDoesNotFitJoinsNothing() {
        // one record pairs dilipkay@google.com with "Hossein Mobahi": the source's slip, not evidence
        assertEquals(List.of("hossein-mobahi | Hossein Mobahi |  | 1 | false"), persons(iclr, "Hossein Mobahi").get("Hossein Mobahi"));
    }

    @Test
    void aNameAloneJoinsNothingAndTheSplitIsMarked() {
        // weiz@us.ibm.com and weizh@fudan.edu.cn, no co-author in common: two people
        assertEquals(List.of("wei-zhang | Wei Zhang |  | 1 | true", "wei-zhang-a8c252 | Wei Zhang |  | 1 | true"),
                persons(iclr, "Wei Zhang").get("Wei Zhang"));
        List<String> why = new ArrayList<>();
        GraphView.each(iclr, "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?u { ?p foaf:name \"Wei Zhang\" ; pkg:uncertainBecause ?u }",
                r -> why.add(r.get("u")));
        assertEquals(List.of("the name Wei Zhang is also on 1 paper with no co-author, identifier, or venue and topic in common with these 1; "
                + "kept as 2 persons"), new ArrayList<>(new TreeSet<>(why)));
    }

    @Test
    void coAuthorsJoinOnePersonsPapersUnderTwoAddresses() {
        // svlevine@eecs.berkeley.edu on 8 papers, slevine@google.com on 5: each address ties its
        // papers, and co-authors (on 10 of the 13) tie the two groups
        assertEquals(List.of("sergey-levine | Sergey Levine |  | 13 | false"), persons(iclr, "Sergey Levine").get("Sergey Levine"));
        List<String> evidence = new ArrayList<>();
        GraphView.each(iclr, "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?e { ?p foaf:name \"Sergey Levine\" ; pkg:identityEvidence ?e } ORDER BY ?e",
                r -> evidence.add(r.get("e")));
        assertEquals(List.of("a co-author in common (10 papers)", "the same author identifier (13 papers)"), evidence);
    }

    @Test
    void twoSourcesSpellingOnePositionDifferentlyGiveOneAuthorThere(@TempDir Path tmp) throws IOException {
        // a second source for a real paper of the notes, spelling its authors as other sites do; the
        // notes' list is the base (same length, and it has identifiers), the other aligns to it
        Path other = Files.writeString(tmp.resolve("other-site.csv"), """
                title,authors
                "Tree-Structured Attention with Hierarchical Accumulation","XUAN-PHI NGUYEN; Shafiq R. Joty; Steven C.H. Hoi; Richard Socher"
                """);
        try (Paperkg kg = Examples.ingestedInMemory(List.of(NOTES, other))) {
            List<String> rows = new ArrayList<>();
            GraphView.each(kg, """
                    PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    SELECT ?pos ?given ?person (GROUP_CONCAT(?v; separator="/") AS ?vs) {
                      ?paper dcterms:title "Tree-Structured Attention with Hierarchical Accumulation" ; pkg:authorship ?a .
                      ?a pkg:position ?pos ; pkg:nameAsGiven ?given ; pkg:author ?p . ?p foaf:name ?person
                      OPTIONAL { ?p pkg:nameVariant ?v }
                    } GROUP BY ?pos ?given ?person ORDER BY ?pos""", r -> rows.add(r.get("pos") + " " + r.get("given") + " → "
                    + r.get("person") + " / " + r.getOrDefault("vs", "")));
            assertEquals(List.of("1 Xuan-Phi Nguyen → Xuan-Phi Nguyen / XUAN-PHI NGUYEN", "2 Shafiq Joty → Shafiq R. Joty / Shafiq Joty",
                    "3 Steven Hoi → Steven C.H. Hoi / Steven Hoi", "4 Richard Socher → Richard Socher / "), rows);
            assertTrue(kg.validate().conforms());
            // the page goes: the notes' list alone again
            assertTrue(kg.remove("other-site.csv"));
            try (Paperkg alone = Examples.ingestedInMemory(List.of(NOTES))) {
                assertEquals(derived(alone), derived(kg));
            }
        }
    }

    @Test
    void ingestOrderNeverChangesWhoIsWho() {
        List<Path> mixed = List.of(NOTES, REAL.resolve("hf_daily_papers/2024-05-28.json"), MINI_CONF,
                REAL.resolve("openreview_tables/robot-learning_org_CoRL_2024_Conference.csv"));
        Set<Quad> forward;
        try (Paperkg kg = Examples.ingestedInMemory(mixed)) {
            forward = derived(kg);
        }
        try (Paperkg kg = Examples.ingestedInMemory(List.of(mixed.get(3), mixed.get(2), mixed.get(1), mixed.get(0)))) {
            assertEquals(forward, derived(kg));
        }
    }

    @Test
    void aPageWithoutAPersonsNamesOrIdentifiersLeavesThatPersonAlone() {
        Path corl = REAL.resolve("openreview_tables/robot-learning_org_CoRL_2025_Conference.csv");
        try (Paperkg kg = Examples.ingestedInMemory(List.of(NOTES))) {
            Map<String, String> before = personOfAuthorship(kg);
            Set<String> keysOnCorl = new HashSet<>();
            try (Paperkg c = Examples.ingestedInMemory(List.of(corl))) {
                GraphView.each(c, "SELECT ?k { ?a pkg:nameKey ?k }", r -> keysOnCorl.add(r.get("k")));
            }
            assertEquals(0, kg.ingest(List.of(corl), Paperkg.IngestListener.SILENT).pages().stream().filter(p -> p.failed()).count());
            Map<String, String> after = personOfAuthorship(kg);
            Map<String, Set<String>> keys = new TreeMap<>();
            GraphView.each(kg, "SELECT ?a ?k { ?a pkg:nameKey ?k }", r -> keys.computeIfAbsent(r.get("a"), x -> new HashSet<>()).add(r.get("k")));
            int unrelated = 0;
            for (var e : before.entrySet()) {
                if (keys.get(e.getKey()).stream().anyMatch(keysOnCorl::contains)) continue;
                unrelated++;
                assertEquals(e.getValue(), after.get(e.getKey()), "the person of " + e.getKey());
            }
            assertTrue(unrelated > 2900, unrelated + " authorships share no name with the CoRL page");
            assertFalse(before.equals(after) && keysOnCorl.isEmpty());
        }
    }

    private static Map<String, String> personOfAuthorship(Paperkg kg) {
        Map<String, String> out = new TreeMap<>();
        GraphView.each(kg, "SELECT ?a ?p { ?a a pkg:Authorship ; pkg:author ?p }", r -> out.put(r.get("a"), r.get("p")));
        return out;
    }

    /** The derived graph: titles, abstracts, mentions, author lists and persons. */
    static Set<Quad> derived(Paperkg kg) {
        return kg.store().read(dsg -> {
            Set<Quad> out = new HashSet<>();
            dsg.find(kg.iris().papersGraph(), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)
                    .forEachRemaining(out::add);
            return out;
        });
    }
}
