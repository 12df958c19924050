package kmsecrets.bootstrap.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import kmsecrets.testing.TestRun;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (nothing is downloaded), for the tests of one
 * class: started before the class, quit after it however it ended, its profile folder removed. The folder carries
 * the run's id, and so do the command lines of chromedriver and every Chromium process, so the check at the end of
 * the build finds any that survive. Elements are found by their {@code data-test} attribute.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Screenshots of each page, for review, under the bootstrap module's target folder. */
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private Path profile;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        profile = TestRun.temporaryFolder("chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().withLogFile(profile.resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1440,1000", "--user-data-dir=" + profile.resolve("profile"), "--no-first-run",
                "--disable-extensions", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            afterAll(context);
            throw e;
        }
        wait = new WebDriverWait(driver, Patience.of(Duration.ofSeconds(30)), Duration.ofMillis(100));
        Files.createDirectories(SCREENSHOTS);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits until an element with this {@code data-test} is visible, and returns it. */
    WebElement find(String test) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by(test)));
    }

    List<WebElement> all(String test) {
        return driver.findElements(by(test));
    }

    static By by(String test) {
        return By.cssSelector("[data-test='" + test + "']");
    }

    void click(String test) {
        wait.until(ExpectedConditions.elementToBeClickable(by(test))).click();
    }

    void type(String test, String text) {
        WebElement element = find(test);
        element.clear();
        element.sendKeys(text);
    }

    /** Waits until the page's text contains {@code text}, however long the API takes (bounded for a hang). */
    void awaitText(String text) {
        wait.withMessage(() -> "the page never showed \"" + text + "\"; it shows: " + visibleText())
                .until(d -> visibleText().contains(text));
    }

    void awaitCondition(String what, java.util.function.Supplier<Boolean> condition) {
        wait.withMessage(() -> what + "; the page shows: " + visibleText()).until(d -> condition.get());
    }

    String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Everything the page holds that script could read: the DOM serialized, every form field's current value and
     * both web storages. A secret value anywhere on the page is in here.
     */
    String everythingOnThePage() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const fields = [...document.querySelectorAll('input, textarea, select')].map(e => e.value);"
                        + "return document.documentElement.outerHTML + '\\n' + fields.join('\\n') + '\\n'"
                        + " + JSON.stringify(Object.assign({}, sessionStorage)) + JSON.stringify(Object.assign({},"
                        + " localStorage));"));
    }

    /** The browser console's messages since the last call (CSP violations are reported there). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    Map<String, Object> storage() {
        @SuppressWarnings("unchecked")
        Map<String, Object> both = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "return {session: sessionStorage.length, local: localStorage.length, cookies: document.cookie};");
        return both;
    }

    void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
