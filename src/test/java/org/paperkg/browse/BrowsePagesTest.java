package org.paperkg.browse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.Paperkg;
import org.paperkg.serve.PaperServer;
import org.paperkg.serve.ServeOptions;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browsing pages over HTTP on the example pages: each kind of page says what the gold says,
 * the same address gives RDF to machine clients, and the headline question is answered by clicking.
 */
class BrowsePagesTest {
    static final String BASE = "https://w3id.org/paperkg/id/";
    private static Paperkg kg;
    private static PaperServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        kg = Examples.ingested(Examples.pages());
        server = PaperServer.start(kg, ServeOptions.defaults(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        kg.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Document page(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body());
    }

    /** The page of the paper with this title (its IRI may carry a suffix that tells it from a namesake). */
    private static String paperPath(String title) {
        Node paper = kg.store().read(dsg -> Reads.subjects(dsg, DCTerms.title.asNode(), NodeFactory.createLiteralString(title)))
                .stream().findFirst().orElseThrow(() -> new AssertionError("no paper titled " + title));
        return "/id/" + paper.getURI().substring(BASE.length());
    }

    @Test
    void everyGoldPaperPageShowsItsAuthorsInOrderItsAwardAndSession() throws Exception {
        List<String> rows = Files.readAllLines(Examples.GOLD.resolve("seed-papers.tsv")).stream().skip(1).filter(l -> !l.isBlank()).toList();
        for (String row : rows) {
            String[] c = row.split("\t", -1);
            String title = c[1];
            if (title.isBlank()) continue; // a listing no page gave a title: the gold has nothing to find it by
            Document d = page(paperPath(title));
            assertEquals(title, d.selectFirst("main h1").text());
            List<String> authors = d.select("p.authors a.author").eachText();
            List<String> gold = c[7].isBlank() ? List.of() : Arrays.asList(c[7].split(" · "));
            assertEquals(gold, authors, title);
            if (!c[3].isBlank()) {
                assertTrue(d.select("a.award").eachText().stream().anyMatch(a -> a.endsWith(c[3])), title + ": " + d.select("a.award").eachText());
            }
            if (!c[4].isBlank()) {
                assertTrue(d.select("dl.facts dd a").eachText().stream().anyMatch(s -> s.contains(c[4])), title + " in " + c[4]);
            }
            // the abstract shown is the paper's chosen (clean) abstract, whole
            Node iri = NodeFactory.createURI(BASE + paperPath(title).substring("/id/".length()));
            String stored = kg.store().read(dsg -> Reads.text(dsg, iri, DCTerms.abstract_.asNode()));
            assertEquals(stored.replaceAll("\\s+", " ").strip(), d.selectFirst("p.abstract").text(), title);
        }
    }

    @Test
    void theAbstractMarksEachMentionWhereItStandsAndLinksWhatItMentions() throws Exception {
        Document d = page(paperPath("Learning Strides in Convolutional Neural Networks"));
        Element diffStride = d.select("p.abstract a.mention.kind-proposed").first();
        assertEquals("DiffStride", diffStride.text());
        assertEquals("/id/paper/learning-strides-in-convolutional-neural-networks/method/diffstride", diffStride.attr("href"));
        assertTrue(diffStride.attr("title").contains("proposed-name"), diffStride.attr("title"));
        List<String> datasets = d.select("p.abstract a.mention.kind-dataset").eachText();
        assertEquals(List.of("CIFAR10", "CIFAR100", "ImageNet", "ImageNet"), datasets);
        assertEquals("/vocab/dataset/imagenet", d.select("p.abstract a.mention.kind-dataset").last().attr("href"));
        // the text around the marks is the abstract itself, unchanged
        assertTrue(d.selectFirst("p.abstract").text().contains("consistent high performance on CIFAR10, CIFAR100 and ImageNet even when"));
        Element slot = d.selectFirst("dl.facts time");
        assertEquals("2022-04-26T01:30:00-07:00", slot.attr("datetime"));
        assertEquals("Tue 26 Apr 2022, 01:30–01:45 UTC-07:00", slot.text());
        assertEquals("(Tue 26 Apr 2022, 08:30–08:45 UTC)", d.selectFirst("dl.facts .utc").text());
    }

    @Test
    void whichPapersUseImageNetAndDiffusionByClickingFromTheHomePage() throws Exception {
        Document home = page("/");
        Element imagenet = home.select("figure.chart a[href=/vocab/dataset/imagenet]").first();
        assertTrue(imagenet != null, "the home page's dataset chart links ImageNet");
        Document dataset = page(imagenet.attr("href"));
        Element diffusion = dataset.select("figure.narrowing a").stream()
                .filter(a -> a.attr("href").endsWith("?with=" + URLEncoder.encode("https://w3id.org/paperkg/concept/diffusion-model", StandardCharsets.UTF_8)))
                .findFirst().orElseThrow(() -> new AssertionError("no narrowing by diffusion model on the ImageNet page"));
        Document both = page(diffusion.attr("href"));
        Set<String> titles = new TreeSet<>(both.select("#papers ol.papers > li > a.paper").eachText());
        Set<String> gold = Files.readAllLines(Examples.GOLD.resolve("headline-query.tsv")).stream().skip(1).filter(l -> !l.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(gold, titles);
        for (Element li : both.select("#papers ol.papers > li")) {
            List<String> evidence = li.select("q.evidence").eachText();
            assertEquals(2, evidence.size(), "a sentence for each of the two: " + li.text());
            assertTrue(evidence.get(0).contains("ImageNet"), evidence.get(0));
            assertTrue(evidence.get(1).toLowerCase(java.util.Locale.ROOT).contains("diffusion"), evidence.get(1));
        }
    }

    @Test
    void theSameAddressGivesTurtleNTriplesAndJsonLdToMachineClients() throws Exception {
        String path = paperPath("Learning Strides in Convolutional Neural Networks");
        Node paper = NodeFactory.createURI(BASE + path.substring("/id/".length()));
        for (String[] form : new String[][] {{"text/turtle", null, "TTL"}, {"application/n-triples", null, "NT"},
                {"application/ld+json", null, "JSONLD"}, {null, ".ttl", "TTL"}, {null, ".jsonld", "JSONLD"}, {null, ".nt", "NT"}}) {
            HttpResponse<String> r = get(path + (form[1] == null ? "" : form[1]), form[0]);
            assertEquals(200, r.statusCode());
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), form[2].equals("TTL") ? Lang.TURTLE : form[2].equals("NT") ? Lang.NTRIPLES : Lang.JSONLD).parse(g);
            assertTrue(g.contains(paper, DCTerms.title.asNode(),
                    NodeFactory.createLiteralString("Learning Strides in Convolutional Neural Networks")), String.join(",", form[2]));
            assertTrue(g.contains(NodeFactory.createURI(paper.getURI() + "/authorship/1"), Node.ANY, Node.ANY), "its authorships come with it");
        }
        HttpResponse<String> html = get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void anUnknownIriIsNotFoundAndThePagesAreReadOnly() throws Exception {
        assertEquals(404, get("/id/paper/no-such-paper", null).statusCode());
        assertEquals(404, get("/id/paper/no-such-paper.ttl", null).statusCode());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "id/person/rachid-riad"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyAndNoSniffing() throws Exception {
        for (String path : List.of("/", "/search?q=diffusion", "/id/person/rachid-riad", "/vocab/dataset/imagenet", "/query",
                "/papers/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))) {
            HttpResponse<String> r = get(path, null);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            if (!path.equals("/query") && !path.startsWith("/papers")) assertEquals(BrowsePages.CONTENT_SECURITY_POLICY, csp, path);
        }
    }

    @Test
    void aPersonPageListsPapersCoAuthorsAndASessionPageItsTimetable() throws Exception {
        Document person = page("/id/person/rachid-riad");
        assertEquals(List.of("Learning Strides in Convolutional Neural Networks"), person.select("ol.papers a.paper").eachText());
        assertEquals(Set.of("Olivier Teboul", "David Grangier", "Neil Zeghidour"), Set.copyOf(person.select("ul.coauthors a").eachText()));
        Document session = page("/id/session/iclr-2022/oral-2-understanding-deep-learning");
        List<String> starts = session.select("table.timetable time").eachAttr("datetime");
        assertFalse(starts.isEmpty());
        assertEquals(starts.stream().sorted().toList(), starts, "talks in time order");
        assertTrue(session.select("table.timetable a.paper").eachText().contains("Learning Strides in Convolutional Neural Networks"));
    }

    @Test
    void aBadSearchIsABadRequestWithAMessageNotAServerError() throws Exception {
        HttpResponse<String> r = get("/search?q=" + URLEncoder.encode("title:(", StandardCharsets.UTF_8), null);
        assertEquals(400, r.statusCode());
        assertTrue(Jsoup.parse(r.body()).selectFirst("p.problem").text().startsWith("the query \"title:(\" cannot be read"));
        HttpResponse<String> sparql = get("/papers/sparql?query=" + URLEncoder.encode(
                "PREFIX text: <http://jena.apache.org/text#> SELECT * { ?s text:query \"title:(\" }", StandardCharsets.UTF_8), null);
        assertEquals(400, sparql.statusCode(), "text:query with a query Lucene rejects: " + sparql.body());
        assertTrue(sparql.body().contains("Text search parse error"), sparql.body());
        Document ok = page("/search?q=" + URLEncoder.encode("\"learning strides\"", StandardCharsets.UTF_8));
        assertEquals("Learning Strides in Convolutional Neural Networks", ok.selectFirst("ol.results a.result").text());
        assertEquals(List.of("Learning Strides"), ok.selectFirst("ol.results p.snippet").select("mark").eachText());
    }
}
