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

    /** Ticks the order for the capture batch (only authorised orders have the box). */
    Orders pick(String lidM) {
      driver.findElement(By.cssSelector("input[data-lid='" + lidM + "']")).click();
      return this;
    }

    boolean canPick(String lidM) {
      return !driver.findElements(By.cssSelector("input[data-lid='" + lidM + "']")).isEmpty();
    }

    /** Sends the batch and waits until the page shows it answered. */
    Orders captureSelected() {
      driver.findElement(By.id("orders:captureSelected")).click();
      waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("progressText")));
      new WebDriverWait(driver, Duration.ofSeconds(90))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("orders:batchDone")));
      return this;
    }

    String progress() {
      return driver.findElement(By.id("progressText")).getText();
    }

    /** The batch's result for {@code lidM}: state and what the gateway said. */
    String result(String lidM) {
      for (WebElement row : driver.findElements(By.cssSelector("#orders\\:results tbody tr"))) {
        if (row.findElement(By.cssSelector(".result-lid")).getText().equals(lidM)) {
          return row.findElement(By.cssSelector(".result-state")).getText()
              + " "
              + row.findElement(By.cssSelector(".result-detail")).getText();
        }
      }
      return null;
    }

    /** The payment state the order list shows for {@code lidM}. */
    String status(String lidM) {
      return driver.findElement(By.cssSelector("span.badge[data-lid='" + lidM + "']")).getText();
    }

    String message() {
      return driver.findElement(By.id("messages")).getText();
    }

    Order open(String lidM) {
      go(driver, driver.findElement(By.linkText(lidM)));
      return new Order(driver);
    }
  }

  /** One order in the back office: payment, capture, refunds. */
  static final class Order {
    final WebDriver driver;

    Order(WebDriver driver) {
      this.driver = driver;
    }

    String fact(String id) {
      return driver.findElement(By.id(id)).getText();
    }

    /** Asks for a refund of {@code amount} and waits for the page's verdict. */
    String refund(String amount) {
      WebElement field = driver.findElement(By.id("refund:amount"));
      field.clear();
      field.sendKeys(amount);
      WebElement old = driver.findElement(By.id("refunded"));
      driver.findElement(By.id("refund:send")).click();
      waiting(driver).until(ExpectedConditions.stalenessOf(old));
      waiting(driver)
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector(
                      "#messages .ui-messages-info, #messages .ui-messages-error, #messages"
                          + " .ui-messages-warn")));
      return driver.findElement(By.id("messages")).getText();
    }

    List<String> refunds() {
      return driver.findElements(By.cssSelector("#refund\\:refunds tbody tr")).stream()
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
