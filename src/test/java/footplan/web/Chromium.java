package footplan.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for a test class, driven by Selenium through Debian's {@code chromium} and
 * {@code chromium-driver}: both are named by path, so Selenium Manager never looks for (or downloads) a browser.
 * Starting the browser takes seconds, hence one per class; register it with {@code @RegisterExtension static}.
 * Without them the tests fail under CI ({@code CI=true}) and are skipped elsewhere, as with {@code Radicale}.
 */
final class Chromium implements BeforeAllCallback, AfterAllCallback {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** The window the pages are looked at in: a laptop's width. */
    static final int WIDTH = 1100;
    static final int HEIGHT = 900;

    private ChromeDriverService service;
    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String missing = (Files.isExecutable(BROWSER) ? "" : BROWSER + " ") + (Files.isExecutable(DRIVER) ? ""
                    : DRIVER);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("the browser tests need chromium and its driver: apt-get install chromium chromium-driver ("
                        + missing.strip() + " missing)");
            }
            Assumptions.abort("chromium or chromium-driver is not installed (" + missing.strip()
                    + "); browser tests skipped");
        }
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + WIDTH + "," + HEIGHT, "--force-device-scale-factor=1", "--hide-scrollbars",
                "--lang=en-US", "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (service != null) {
            service.stop();
            service = null;
        }
    }

    ChromeDriver driver() {
        return driver;
    }
}
