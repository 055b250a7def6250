package org.paperkg.serve;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.Examples;
import org.paperkg.Paperkg;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The query page in a real headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs), at /query: open it, pick the headline query from the list, run it, see its seven rows. The
 * screenshot is kept in target/screenshots/.
 */
class QueryPageBrowserTest {
    @Test
    void pickTheHeadlineQueryRunItAndSeeItsRows() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver; .ci/run installs them");
        try (Paperkg kg = Examples.ingested(Examples.pages());
             PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0))) {
            WebDriver browser = Chromium.start();
            try {
                browser.get(server.queryPageUrl());
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("411 papers"));
                WebElement pick = wait.until(d -> d.findElement(By.cssSelector("button[data-query='papers-using-dataset-and-concept']")));
                pick.click();
                assertEquals("ImageNet", browser.findElement(By.id("param-dataset")).getAttribute("value"),
                        "the example value from the query's comment");
                assertEquals("diffusion", browser.findElement(By.id("param-concept")).getAttribute("value"));
                browser.findElement(By.id("run-query")).click();
                List<WebElement> rows = wait.until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector(".yasr table tbody tr"));
                    return found.size() == 7 ? found : null;
                });
                List<String> gold = Files.readAllLines(Examples.GOLD.resolve("headline-query.tsv")).stream().skip(1)
                        .filter(l -> !l.isBlank()).toList();
                for (String title : gold) {
                    assertTrue(rows.stream().anyMatch(r -> r.getText().contains(title)), title + " is not among the rows");
                }
                Chromium.screenshot(browser, "query-page-headline");
            } finally {
                browser.quit();
            }
        }
    }
}
