package org.agentset.wallet.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The cards page: the tiles and the add-card form. */
final class CardsPage {

  private final WebDriver driver;

  CardsPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlMatches("/cards$"));
  }

  /** Fills and submits the add-card form. */
  CardsPage add(String number, String expiry, String name) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.id("number")).sendKeys(number);
    clearAndType("expiry", expiry);
    clearAndType("holderName", name);
    driver.findElement(By.id("add-card")).click();
    // the answer is again /cards: wait for this page to be replaced, not for a URL
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    return new CardsPage(driver);
  }

  /** What each tile shows as the card's number. */
  List<String> lastFours() {
    return driver.findElements(By.cssSelector("#cards .last-four")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The message under a field, or empty. */
  String errorOf(String field) {
    List<WebElement> e = driver.findElements(By.id(field + "-error"));
    return e.isEmpty() ? "" : e.get(0).getText();
  }

  /** What the field holds now. */
  String valueOf(String field) {
    return driver.findElement(By.id(field)).getAttribute("value");
  }

  /** The status message at the top, or empty. */
  String flash() {
    List<WebElement> f = driver.findElements(By.cssSelector(".flash"));
    return f.isEmpty() ? "" : f.get(0).getText();
  }

  String source() {
    return driver.getPageSource();
  }

  private void clearAndType(String id, String text) {
    WebElement e = driver.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }
}
