package org.paperkg.serve;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.Examples;
import org.paperkg.Paperkg;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Browsing in a real headless Chromium: the home page, a search, a paper, its author, its
 * dataset narrowed by a concept (the headline question answered by clicking), its session.
 * Screenshots go to target/screenshots/.
 */
class BrowsingBrowserTest {
    private static final String PAPER = "Learning Strides in Convolutional Neural Networks";

    @Test
    void homeSearchPaperAuthorDatasetNarrowedByConceptAndSession() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver; .ci/run installs them");
        try (Paperkg kg = Examples.ingested(Examples.pages());
             PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0))) {
            WebDriver browser = Chromium.start();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            try {
                browser.get(server.url());
                assertEquals("411", browser.findElement(By.cssSelector("#counts dt:first-of-type + dd")).getText());
                assertFalse(browser.findElements(By.cssSelector("figure.chart svg rect")).isEmpty(), "the home page draws its charts");
                Chromium.screenshot(browser, "home");

                WebElement box = browser.findElement(By.id("search-box"));
                box.sendKeys("learning strides", Keys.ENTER);
                WebElement first = wait.until(d -> d.findElement(By.cssSelector("ol.results a.result")));
                assertEquals(PAPER, first.getText());
                assertEquals("Learning Strides", browser.findElement(By.cssSelector("ol.results p.snippet mark")).getText());
                Chromium.screenshot(browser, "search");
                first.click();

                wait.until(d -> d.findElement(By.cssSelector("main h1")).getText().equals(PAPER));
                WebElement mention = browser.findElement(By.cssSelector("p.abstract a.mention.kind-proposed"));
                assertEquals("DiffStride", mention.getText());
                assertTrue(mention.getAttribute("title").startsWith("proposed: DiffStride"), mention.getAttribute("title"));
                Chromium.screenshot(browser, "paper");
                String paperPage = browser.getCurrentUrl();

                browser.findElement(By.linkText("Rachid Riad")).click();
                wait.until(d -> d.findElement(By.cssSelector("main h1")).getText().equals("Rachid Riad"));
                assertEquals(List.of(PAPER), browser.findElements(By.cssSelector("ol.papers a.paper")).stream().map(WebElement::getText).toList());

                browser.get(paperPage);
                browser.findElement(By.cssSelector("ul.uses a.entry[href='/vocab/dataset/imagenet']")).click();
                wait.until(d -> d.findElement(By.cssSelector("main h1")).getText().equals("ImageNet"));
                browser.findElement(By.cssSelector("figure.narrowing a[href$='concept%2Fdiffusion-model']")).click();
                List<WebElement> rows = wait.until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector("#papers ol.papers > li > a.paper"));
                    return found.isEmpty() ? null : found;
                });
                Set<String> gold = Files.readAllLines(Examples.GOLD.resolve("headline-query.tsv")).stream().skip(1)
                        .filter(l -> !l.isBlank()).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(gold, rows.stream().map(WebElement::getText).collect(Collectors.toCollection(TreeSet::new)));
                Chromium.screenshot(browser, "dataset-narrowed-by-concept");

                browser.get(paperPage);
                browser.findElement(By.linkText("Oral 2: Understanding Deep Learning")).click();
                wait.until(d -> d.findElement(By.cssSelector("main h1")).getText().equals("Oral 2: Understanding Deep Learning"));
                List<String> talks = browser.findElements(By.cssSelector("table.timetable a.paper")).stream().map(WebElement::getText).toList();
                assertTrue(talks.contains(PAPER), talks.toString());
                Chromium.screenshot(browser, "session");
            } finally {
                browser.quit();
            }
        }
    }
}
