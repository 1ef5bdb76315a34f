package org.agentset.it.merchant;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page objects of the merchant back office. */
final class BackOfficePages {

  private BackOfficePages() {}

  static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Clicks {@code element} and waits until the browser has left the page. */
  static void go(WebDriver driver, WebElement element) {
    WebElement html = driver.findElement(By.tagName("html"));
    element.click();
    waiting(driver).until(ExpectedConditions.stalenessOf(html));
  }

  /** The sign-in page. */
  static final class Login {
    private final WebDriver driver;

    Login(WebDriver driver, String url) {
      this.driver = driver;
      driver.get(url);
    }

    Dashboard signIn(String user, String password) {
      driver.findElement(By.id("login:username")).sendKeys(user);
      driver.findElement(By.id("login:password")).sendKeys(password);
      go(driver, driver.findElement(By.id("login:signIn")));
      return new Dashboard(driver);
    }

    String error() {
      return driver.findElement(By.cssSelector(".ui-messages-error")).getText();
    }
  }

  /** The dashboard. */
  static final class Dashboard {
    final WebDriver driver;

    Dashboard(WebDriver driver) {
      this.driver = driver;
    }

    String merchantName() {
      return driver.findElement(By.id("merchantName")).getText();
    }

    int awaiting() {
      return Integer.parseInt(driver.findElement(By.id("awaiting")).getText().trim());
    }

    boolean chartDrawn() {
      return !driver.findElements(By.cssSelector("#sales canvas")).isEmpty();
    }

    Orders orders() {
      go(driver, driver.findElement(By.id("navOrders")));
      return new Orders(driver);
    }

    Catalogue catalogue() {
      go(driver, driver.findElement(By.id("navCatalogue")));
      return new Catalogue(driver);
    }
  }

  /** The order list. */
  static final class Orders {
    final WebDriver driver;

    Orders(WebDriver driver) {
      this.driver = driver;
    }

    List<String> lidMs() {
      return driver.findElements(By.cssSelector("#orders\\:table .lid")).stream()
          .map(WebElement::getText)
          .toList();
    }
  }

  /** The catalogue with its edit panel. */
  static final class Catalogue {
    final WebDriver driver;

    Catalogue(WebDriver driver) {
      this.driver = driver;
    }

    Catalogue edit(String sku) {
      WebElement row =
          driver.findElement(By.xpath("//tr[.//span[normalize-space(text())='" + sku + "']]"));
      row.findElement(By.cssSelector("button")).click();
      waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("editPanel")));
      return this;
    }

    Catalogue floorPrice(String value) {
      WebElement in = driver.findElement(By.id("edit:floorPrice_input"));
      in.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
      in.sendKeys(org.openqa.selenium.Keys.DELETE);
      in.sendKeys(value);
      return this;
    }

    Catalogue tiers(String value) {
      WebElement in = driver.findElement(By.id("edit:tiers"));
      in.clear();
      in.sendKeys(value);
      return this;
    }

    /** Saves and returns the messages once they say {@code expected} (or times out). */
    String save(String expected) {
      driver.findElement(By.id("edit:save")).click();
      waiting(driver)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), expected));
      return driver.findElement(By.id("messages")).getText();
    }
  }
}
