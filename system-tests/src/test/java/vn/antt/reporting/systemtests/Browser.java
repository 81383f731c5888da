package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's chromium, headless, driven by its chromedriver (never downloaded: Selenium Manager is not asked). Every page
 * it is told to check gets a screenshot under {@code target/screenshots/} and an axe-core run that must find no serious
 * or critical violation. Without a browser the tests fail, saying how to install one; they never skip.
 */
final class Browser implements AutoCloseable {

    static final String INSTALL = "apt-get install -y chromium chromium-driver fonts-noto-core";

    private final ChromeDriver driver;
    private final Path screenshots;
    private final Path profile;
    private int shots;

    Browser(String name) {
        Path binary = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(binary) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and its driver (" + binary + ", " + chromedriver
                    + "); install them with: " + INSTALL + " (or set -Dbrowser.binary and -Dbrowser.driver)");
        }
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        try {
            profile = Files.createTempDirectory("chromium-profile-");
            screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        // Reduced motion: Bootstrap then has no colour transitions, so the accessibility check never reads a button
        // half-way between two states (a clicked "Lưu nháp" measured 2.3:1 mid-transition).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,768",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--lang=vi-VN", "--force-prefers-reduced-motion", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        this.shots = 0;
        this.name = name;
    }

    private final String name;

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Sets a field's value at once (long narrative text), then lets the page see the change as typing would. */
    void fill(String css, String text) {
        WebElement input = find(css);
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, text);
    }

    void click(String css) {
        WebElement element = find(css);
        // Instant: Bootstrap makes scrolling smooth, and a click during the animation lands on whatever passes by.
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /**
     * Opens a link's target, for links inside a region the page swaps live (a dashboard's rows): a click there can land
     * while the row is being replaced and be lost.
     */
    void follow(String css) {
        open(find(css).getAttribute("href"));
    }

    /** No htmx request in flight. */
    boolean idle() {
        return Boolean.TRUE.equals(script("return document.querySelectorAll('.htmx-request').length === 0;"));
    }

    /** A screenshot of the whole page and an accessibility check with no serious or critical violation. */
    void check(String page) {
        shots++;
        Path file = screenshots.resolve(String.format("%s-%02d-%s.png", name, shots, page));
        try {
            Long height = (Long) script("return Math.max(document.body.scrollHeight, 768);");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, (int) Math.min(height, 6000)));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        }
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertThat(serious).as("axe-core on " + page + " (" + driver.getCurrentUrl() + "): " + serious.stream()
                .map(rule -> rule.getId() + " " + rule.getImpact() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    /** What the browser showed when a step failed: a screenshot, the address and the page's text. */
    void failed(Throwable failure) {
        try {
            Files.write(screenshots.resolve(name + "-failure.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(screenshots.resolve(name + "-failure.txt"), driver.getCurrentUrl() + "\n\n" + driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        failure.addSuppressed(new IllegalStateException("the browser was at " + driver.getCurrentUrl() + " showing: "
                + driver.findElement(By.tagName("body")).getText()));
    }

    /** The same page at a phone's width, for a screenshot only. */
    void phone(String page) {
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            Files.write(screenshots.resolve(String.format("%s-phone-%s.png", name, page)),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
