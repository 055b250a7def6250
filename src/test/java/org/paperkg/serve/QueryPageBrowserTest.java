package org.paperkg.serve;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.Examples;
import org.paperkg.Paperkg;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The query page in a real headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs): open it, pick the headline query from the list, run it, see its seven rows. The
 * screenshot is kept in target/screenshots/.
 */
class QueryPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void pickTheHeadlineQueryRunItAndSeeItsRows() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver; .ci/run installs them");
        try (Paperkg kg = Examples.ingested(Examples.pages());
             PaperServer server = PaperServer.start(kg, ServeOptions.defaults(0))) {
            WebDriver browser = chromium();
            try {
                browser.get(server.url());
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
                File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
                Path kept = Files.createDirectories(Path.of("target", "screenshots")).resolve("query-page-headline.png");
                Files.copy(shot.toPath(), kept, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                browser.quit();
            }
        }
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags keep Chromium off the network this machine does not have
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
