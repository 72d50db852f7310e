package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.merge.EventMerger;
import org.marsad.merge.MergeConfig;
import org.marsad.store.EventStore;
import org.marsad.store.Ingester;
import org.marsad.store.testing.FakeExtractor;
import org.marsad.store.testing.SampleDocs;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium: the system browser and driver, nothing downloaded.
 * Skipped where /usr/bin/chromium or /usr/bin/chromedriver is missing.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static EventStore store;
    static ObservatoryServer server;
    static WebDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "no system Chromium and chromedriver");
        store = EventStore.inMemory();
        FakeExtractor fake = new FakeExtractor();
        new Ingester(store, fake, new EventMerger(MergeConfig.DEFAULT), 2, null).run(sink -> SampleDocs.all().forEach(sink::accept));
        server = new ObservatoryServer(store, () -> fake, new EventMerger(MergeConfig.DEFAULT),
                ServerOptions.defaults().withHostPort("127.0.0.1", 0)).start();
        profile = Files.createTempDirectory("marsad-chromium-profile");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (store != null) store.close();
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private WebDriverWait waitUp() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private void load() {
        driver.get(server.url());
        waitUp().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#events tbody tr[data-id]"));
    }

    private String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent")).reduce("", String::concat);
    }

    @Test
    void filterByCountryOpenAnEventAndSeeItsEvidenceHighlighted() throws Exception {
        load();
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        waitUp().until(d -> rows().size() == 6);
        // The basemap: country shapes drawn by Leaflet from the bundled file.
        assertTrue(driver.findElements(By.cssSelector("#map path.leaflet-interactive")).size() > 100);
        assertTrue(driver.findElements(By.cssSelector("#timeline rect.bar")).size() >= 4);

        new Select(driver.findElement(By.id("f-country"))).selectByValue("EGY");
        waitUp().until(d -> rows().size() == 2);
        WebElement arrest = rows().stream().filter(r -> r.getText().contains("COERCE")).findFirst().orElseThrow();
        arrest.click();
        waitUp().until(d -> !text("#article-text mark.hl-trigger").isEmpty());
        assertEquals("اعتقلت", text("#article-text mark.hl-trigger"));
        assertEquals("الشرطة المصرية", text("#article-text mark.hl-actor"));
        assertEquals("القاهرة", text("#article-text mark.hl-place"));
        String evidence = text("#article-text .hl-evidence");
        assertTrue(evidence.contains("اعتقلت") && evidence.contains("الشرطة المصرية"), evidence);
        assertEquals("rtl", driver.findElement(By.id("article-text")).getAttribute("dir"));

        Path shot = Path.of("target", "observatory-e2e.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 10_000);
    }

    @Test
    void markupInAnArticleIsShownAsText() {
        load();
        WebElement q = driver.findElement(By.id("f-q"));
        q.sendKeys("اتهم");
        driver.findElement(By.id("apply")).click();
        waitUp().until(d -> rows().size() == 1);
        rows().get(0).click();
        waitUp().until(d -> !text("#article-text mark.hl-trigger").isEmpty());
        String article = driver.findElement(By.id("article-text")).getAttribute("textContent");
        assertTrue(article.contains("<script>window_pwned = 1</script>"), article);
        assertTrue(article.contains("<img src=x onerror="), article);
        assertEquals(0, driver.findElements(By.cssSelector("#article-text script, #article-text img, #detail-title b")).size());
        assertTrue(driver.findElement(By.id("detail-title")).getAttribute("textContent").contains("<b>التجربة</b>"));
        Object pwned = ((JavascriptExecutor) driver).executeScript("return typeof window.window_pwned;");
        assertEquals("undefined", pwned);
    }

    @Test
    void languageToggle() {
        load();
        driver.findElement(By.id("lang-toggle")).click();
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("ltr", driver.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("Marsad", driver.findElement(By.cssSelector("header h1")).getText());
        driver.findElement(By.id("lang-toggle")).click();
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("مرصد", driver.findElement(By.cssSelector("header h1")).getText());
    }
}
