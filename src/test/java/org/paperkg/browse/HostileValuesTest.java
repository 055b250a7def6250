package org.paperkg.browse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Examples;
import org.paperkg.Paperkg;
import org.paperkg.rdf.IriScheme;
import org.paperkg.serve.PaperServer;
import org.paperkg.serve.ServeOptions;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Titles, names and abstracts that hold markup are shown as the text they are, on every page that shows them. */
class HostileValuesTest {
    private static final String TITLE = "<script>alert('t')</script> Diffusion & \"Quotes\" on ImageNet";
    private static final String AUTHOR = "Eve <img src=x onerror=alert(1)>";
    private static final String ABSTRACT = "We train a diffusion model on ImageNet. </p><script>alert('a')</script> It is \"fine\" & <b>bold</b>.";

    @Test
    void markupInTheDataIsEscapedOnEveryPageThatShowsIt(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("hostile.csv");
        Files.writeString(csv, "title,authors,abstract\n\"" + TITLE.replace("\"", "\"\"") + "\",\"" + AUTHOR + "; Mallory\",\""
                + ABSTRACT.replace("\"", "\"\"") + "\"\n", StandardCharsets.UTF_8);
        try (Paperkg kg = Paperkg.temporary(IriScheme.DEFAULT_BASE, Examples.FIXED_CLOCK)) {
            assertFalse(kg.ingest(List.of(csv), Paperkg.IngestListener.SILENT).anyFailed());
            try (PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0))) {
                HttpClient http = HttpClient.newHttpClient();
                String paper = "id/" + kg.iris().paper(TITLE).getURI().substring(IriScheme.DEFAULT_BASE.length());
                String person = "id/" + kg.iris().person(AUTHOR).getURI().substring(IriScheme.DEFAULT_BASE.length());
                for (String path : List.of(paper, person, "vocab/dataset/imagenet", "vocab/concept/diffusion-model",
                        "search?q=" + URLEncoder.encode("alert", StandardCharsets.UTF_8),
                        "search?q=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8), "")) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 400, path + " " + r.statusCode());
                    Document d = Jsoup.parse(r.body());
                    assertTrue(d.select("script").isEmpty(), path + " has a script element");
                    assertTrue(d.select("img, b").isEmpty(), path + " has an element from the data");
                    for (Element e : d.getAllElements()) {
                        assertFalse(e.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on")), path + ": " + e);
                    }
                    assertFalse(r.body().contains("<script>alert"), path);
                }
                HttpResponse<String> p = http.send(HttpRequest.newBuilder(URI.create(server.url() + paper)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                Document d = Jsoup.parse(p.body());
                assertEquals(TITLE, d.selectFirst("main h1").text(), "shown as the text it is");
                assertEquals(List.of(AUTHOR, "Mallory"), d.select("p.authors a.author").eachText());
                assertTrue(p.body().contains("&lt;script&gt;alert('t')&lt;/script&gt; Diffusion &amp; \"Quotes\""), "escaped in the markup");
                assertTrue(d.selectFirst("p.abstract").text().contains("</p><script>alert('a')</script> It is \"fine\" & <b>bold</b>."));
            }
        }
    }
}
