package org.agentset.wallet.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, both named explicitly so Selenium never
 * tries to download a browser or a driver (this network serves neither). Flags as verified in
 * BUILD-NOTES: without the background-networking ones Chromium floods the closed network.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  /** Starts a fresh browser with an empty profile; fails naming what is missing. */
  public static Browser start() {
    for (Path tool : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(tool)) {
        throw new IllegalStateException(
            tool
                + " is missing: install Debian's chromium and chromium-driver"
                + " (./agentset test does this)");
      }
    }
    try {
      Path profile = Files.createTempDirectory("agentset-chromium-");
      ChromeOptions options =
          new ChromeOptions()
              .setBinary(CHROMIUM.toFile())
              .addArguments(
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-quic",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--disable-dev-shm-usage",
                  "--window-size=1280,900",
                  "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new Browser(driver);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Saves what the browser shows to {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
