package org.agentset.it.merchant;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page objects of the storefront: one small class per page, sharing the header's helpers. */
final class StorefrontPages {

  private StorefrontPages() {}

  /** What every storefront page has: the title, the first heading, the header's cart badge. */
  abstract static class Page {
    final WebDriver driver;

    Page(WebDriver driver) {
      this.driver = driver;
    }

    String title() {
      return driver.getTitle();
    }

    String heading() {
      return driver.findElement(By.tagName("h1")).getText();
    }

    int cartCount() {
      return Integer.parseInt(driver.findElement(By.id("cartCount")).getText().trim());
    }

    SearchResults search(String words) {
      WebElement q = driver.findElement(By.id("q"));
      q.clear();
      q.sendKeys(words);
      go(driver.findElement(By.id("searchButton")));
      return new SearchResults(driver);
    }

    Category category(String name) {
      go(driver.findElement(By.cssSelector("nav.cats")).findElement(By.linkText(name)));
      return new Category(driver);
    }

    List<String> productNames() {
      return driver.findElements(By.cssSelector(".product-card .name")).stream()
          .map(WebElement::getText)
          .toList();
    }

    WebDriverWait waiting() {
      return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Clicks {@code element} and waits until the browser has left this page. */
    void go(WebElement element) {
      WebElement html = driver.findElement(By.tagName("html"));
      element.click();
      waiting().until(ExpectedConditions.stalenessOf(html));
      // and until the next page has finished loading, so no element is read from a document that
      // is still being replaced (a loaded machine showed "node does not belong to the document")
      waiting()
          .until(
              d ->
                  "complete"
                      .equals(
                          ((org.openqa.selenium.JavascriptExecutor) d)
                              .executeScript("return document.readyState")));
    }
  }

  /** The market's home, listing the shops. */
  static final class Market extends Page {
    Market(WebDriver driver, String url) {
      super(driver);
      driver.get(url);
    }

    Shop open(String code) {
      go(driver.findElement(By.cssSelector("#shop-" + code + " h2 a")));
      return new Shop(driver);
    }
  }

  /** A shop's home with a shelf per category. */
  static final class Shop extends Page {
    Shop(WebDriver driver) {
      super(driver);
    }

    List<String> shelves() {
      return driver.findElements(By.cssSelector(".shelf h2")).stream()
          .map(WebElement::getText)
          .toList();
    }
  }

  /** A category page. */
  static final class Category extends Page {
    Category(WebDriver driver) {
      super(driver);
    }

    Product product(String sku) {
      go(driver.findElement(By.cssSelector("#product-" + sku + " a")));
      return new Product(driver);
    }
  }

  /** Search results. */
  static final class SearchResults extends Page {
    SearchResults(WebDriver driver) {
      super(driver);
    }

    String emptyMessage() {
      return driver.findElement(By.id("noResults")).getText();
    }
  }

  /** A product page. */
  static final class Product extends Page {
    Product(WebDriver driver) {
      super(driver);
    }

    String sku() {
      return driver.findElement(By.id("sku")).getText();
    }

    String price() {
      return driver.findElement(By.id("price")).getText();
    }

    int tierRows() {
      return driver.findElements(By.cssSelector("#tiers tbody tr")).size();
    }

    boolean imageLoaded() {
      return driver.findElements(By.cssSelector(".product img")).stream()
          .allMatch(i -> !"0".equals(i.getDomProperty("naturalWidth")));
    }

    Product quantity(String q) {
      WebElement input = driver.findElement(By.id("buy:quantity_input"));
      for (int attempt = 0; attempt < 3 && !q.equals(input.getDomProperty("value")); attempt++) {
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        input.sendKeys(q);
      }
      if (!q.equals(input.getDomProperty("value"))) {
        throw new IllegalStateException(
            "the quantity field shows " + input.getDomProperty("value"));
      }
      return this;
    }

    Cart addToCart() {
      go(driver.findElement(By.id("buy:addToCart")));
      return new Cart(driver);
    }

    Product addToCartExpectingError() {
      driver.findElement(By.id("buy:addToCart")).click();
      waiting()
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("#buy .ui-message-error")));
      return this;
    }

    String quantityError() {
      return driver.findElement(By.cssSelector("#buy .ui-message-error")).getText();
    }
  }

  /** The cart. */
  static final class Cart extends Page {
    Cart(WebDriver driver) {
      super(driver);
    }

    String added() {
      return driver.findElement(By.id("added")).getText();
    }

    int lines() {
      return driver.findElements(By.cssSelector("#lines tbody tr.line")).size();
    }

    String total() {
      return driver.findElement(By.id("total")).getText();
    }

    Checkout checkout() {
      go(driver.findElement(By.id("checkout")));
      return new Checkout(driver);
    }
  }

  /** The checkout form. */
  static final class Checkout extends Page {
    Checkout(WebDriver driver) {
      super(driver);
    }

    Checkout fill(String name, String email, String address) {
      type("checkout:name", name);
      type("checkout:email", email);
      type("checkout:address", address);
      return this;
    }

    private void type(String id, String text) {
      WebElement e = driver.findElement(By.id(id));
      e.clear();
      e.sendKeys(text);
    }

    Checkout placeOrderExpectingErrors() {
      driver.findElement(By.id("checkout:placeOrder")).click();
      waiting()
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("#checkout .ui-message-error")));
      return this;
    }

    List<String> errors() {
      return driver.findElements(By.cssSelector("#checkout .ui-message-error")).stream()
          .map(WebElement::getText)
          .toList();
    }

    Order placeOrder() {
      driver.findElement(By.id("checkout:placeOrder")).click();
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("lidM")));
      return new Order(driver);
    }
  }

  /** The order page with the SET initiation and the live payment state. */
  static final class Order extends Page {
    Order(WebDriver driver) {
      super(driver);
    }

    String lidM() {
      return driver.findElement(By.id("lidM")).getText();
    }

    String status() {
      return driver.findElement(By.id("status")).getText();
    }

    String amount() {
      return driver.findElement(By.id("amount")).getText();
    }

    String setEndpoint() {
      return driver.findElement(By.id("setEndpoint")).getText();
    }

    String orderDescription() {
      return driver.findElement(By.id("orderDescription")).getText();
    }

    /** The "Pay with my SET wallet" link, or null when the shop cannot sign yet. */
    String walletLink() {
      var links = driver.findElements(By.id("payWithWalletLink"));
      return links.isEmpty() ? null : links.get(0).getAttribute("href");
    }

    /** Whether the page says why it offers no wallet link: not enrolled, or payments opening. */
    boolean saysWhyNoLink() {
      return !driver.findElements(By.id("notEnrolled")).isEmpty()
          || !driver.findElements(By.id("paymentsOpening")).isEmpty();
    }

    String walletHelp() {
      return driver.findElement(By.id("payWithWallet")).getText();
    }
  }
}
