package org.paperkg.browse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.Paperkg;
import org.paperkg.link.WikidataDump;
import org.paperkg.serve.PaperServer;
import org.paperkg.serve.ServeOptions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What linking to an external graph found shows on the pages: a paper's and a person's owl:sameAs, a dataset's skos:exactMatch. */
class LinkedPagesTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "link", "wikidata-fixture.ttl");
    private static final String WD = "http://www.wikidata.org/entity/";

    @Test
    void linksToWikidataAreShownAsLinksOut() throws Exception {
        try (Paperkg kg = Examples.ingested(Examples.pages())) {
            kg.link(new WikidataDump(FIXTURE), "wikidata-fixture.ttl");
            try (PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0))) {
                HttpClient http = HttpClient.newHttpClient();
                Document paper = get(http, server, "id/paper/learning-strides-in-convolutional-neural-networks");
                assertEquals(List.of(WD + "Q9000001"), paper.select("dl.facts a[rel~=external][href^=" + WD + "]").eachAttr("href"));
                Document dataset = get(http, server, "vocab/dataset/imagenet");
                assertTrue(dataset.select("dl.facts a[href]").eachAttr("href").contains(WD + "Q9200001"), dataset.select("dl.facts").text());
                Document concept = get(http, server, "vocab/concept/diffusion-model");
                assertTrue(concept.select("dl.facts a[href]").eachAttr("href").contains(WD + "Q9300001"), concept.select("dl.facts").text());
            }
        }
    }

    private static Document get(HttpClient http, PaperServer server, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }
}
