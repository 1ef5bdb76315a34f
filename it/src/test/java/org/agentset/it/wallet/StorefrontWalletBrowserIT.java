package org.agentset.it.wallet;

import static org.agentset.it.wallet.WalletUnderTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.agentset.it.SuiteArchive;
import org.agentset.it.TestDatabase;
import org.agentset.it.browser.Browser;
import org.agentset.server.DatabaseSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer's whole storefront purchase in one headless Chromium: browse Nordlicht Books, put a
 * map in the cart, check out, click "Pay with my SET wallet" — which opens the customer's own
 * wallet (a real {@code java -jar agentset-wallet.jar} process on the port the IT server's {@code
 * agentset.merchant.wallet-url} names), asks for the wallet password, then shows the order as the
 * merchant signed it (what you see is what you sign) — pay with SET, see the receipt, and watch the
 * shop's order page follow the payment to authorised. The merchant's order is then found by the
 * wallet's XID. Screenshots in {@code target/screenshots/shopper-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontWalletBrowserIT {

  private static final String BASE = System.getProperty("agentset.it.http") + "/merchant";
  private static final String TOKEN = "nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5"; // demo token
  private static final String MERCHANT = "/merchant/api/merchants/nordlicht-books";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void aStorefrontOrderIsPaidFromTheWalletInTheBrowser() throws Exception {
    int port = Integer.parseInt(System.getProperty("agentset.it.wallet.port"));
    try (WalletUnderTest wallet = WalletUnderTest.start(port)) {
      assertThat(wallet.url()).isEqualTo("http://127.0.0.1:" + port + "/");
      wallet.enrolDemoCard();
      // the merchant enrols with the CA lazily after deployment: wait until it signs its orders
      JsonObject probe = wallet.signedOrder(MERCHANT, TOKEN, "NB-MAP-005", "17.90");
      assertThat(probe.isNull("setInitiation")).as("the merchant signs its orders").isFalse();
      WalletUnderTest.awaitSetPaymentsOpen("nordlicht-books");

      try (Browser browser = Browser.start()) {
        WebDriver driver = browser.driver();
        driver.get(BASE + "/");
        go(driver, driver.findElement(By.cssSelector("#shop-nordlicht-books h2 a")));
        go(
            driver,
            driver
                .findElement(By.cssSelector("nav.cats"))
                .findElement(By.linkText("Maps & atlases")));
        go(driver, driver.findElement(By.cssSelector("#product-NB-MAP-005 a")));
        assertThat(text(driver, "price")).isEqualTo("17.90 EUR");
        browser.screenshot("shopper-product");
        go(driver, driver.findElement(By.id("buy:addToCart")));
        assertThat(text(driver, "total")).isEqualTo("17.90 EUR");
        browser.screenshot("shopper-cart");
        go(driver, driver.findElement(By.id("checkout")));
        type(driver, "checkout:name", "Ada Lovelace");
        type(driver, "checkout:email", "ada@example.org");
        type(driver, "checkout:address", "12 St James's Square, London SW1Y 4JH");
        driver.findElement(By.id("checkout:placeOrder")).click();
        waiting(driver, 30).until(ExpectedConditions.presenceOfElementLocated(By.id("lidM")));
        String lidM = text(driver, "lidM");
        String orderId = driver.getCurrentUrl().replaceFirst(".*[?&]id=([^&]+).*", "$1");
        assertThat(text(driver, "status")).isEqualTo("AWAITING PAYMENT");
        assertThat(text(driver, "amount")).isEqualTo("17.90 EUR");
        WebElement link = driver.findElement(By.id("payWithWalletLink"));
        assertThat(link.getAttribute("href")).startsWith(wallet.url() + "pay?initiation=");
        assertThat(text(driver, "walletUrl")).isEqualTo(wallet.url());
        browser.screenshot("shopper-order");

        // the link opens the wallet in a new tab; this browser has not unlocked it yet
        String shopTab = driver.getWindowHandle();
        link.click();
        waiting(driver, 20).until(d -> d.getWindowHandles().size() == 2);
        String walletTab =
            driver.getWindowHandles().stream().filter(h -> !h.equals(shopTab)).findFirst().get();
        driver.switchTo().window(walletTab);
        waiting(driver, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("unlock")));
        assertThat(driver.getCurrentUrl()).isEqualTo(wallet.url() + "unlock");
        browser.screenshot("shopper-wallet-unlock");
        type(driver, "password", WalletUnderTest.PASSWORD);
        go(driver, driver.findElement(By.id("unlock")));

        // back on the order the link carried: what the merchant signed, before anything is signed
        assertThat(driver.getCurrentUrl()).startsWith(wallet.url() + "pay?initiation=");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Pay nordlicht-books");
        assertThat(text(driver, "amount")).isEqualTo("17.90 EUR");
        assertThat(text(driver, "order-description"))
            .contains(lidM, "1 × Night Sky Planisphere 52°N (NB-MAP-005)", "Total 17.90 EUR");
        assertThat(text(driver, "pay")).isEqualTo("Sign and pay 17.90 EUR");
        browser.screenshot("shopper-wallet-order");
        go(driver, driver.findElement(By.id("pay")));

        // the receipt
        waiting(driver, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("purchases")));
        String receiptRow =
            driver.findElements(By.cssSelector("#purchases tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(lidM))
                .findFirst()
                .orElseThrow();
        assertThat(receiptRow).contains("nordlicht-books", "17.90 EUR", "authorised");
        browser.screenshot("shopper-wallet-receipt");

        // the shop's order page follows the payment by itself (it polls)
        driver.close();
        driver.switchTo().window(shopTab);
        waiting(driver, 60)
            .until(
                d ->
                    List.of("AUTHORISED", "CAPTURED")
                        .contains(d.findElement(By.id("status")).getText()));
        browser.screenshot("shopper-order-paid");

        JsonObject receipt =
            json(wallet.call("GET", "/api/purchases", null))
                .getJsonArray("purchases")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> lidM.equals(p.getString("lidM")))
                .findFirst()
                .orElseThrow();
        assertThat(receipt.getString("outcome")).isEqualTo("AUTHORISED");
        assertThat(receipt.getBoolean("receipt")).as("the gateway-signed result was kept").isTrue();
        assertThat(receipt.getString("cardLastFour")).isEqualTo("1111");
        String xid = receipt.getString("xid");
        assertThat(xid).isNotBlank();

        List<String> byXid = merchantOrderByXid(xid);
        assertThat(byXid).hasSize(3);
        assertThat(byXid.get(0)).isEqualTo(orderId);
        assertThat(byXid.get(1)).isEqualTo(lidM);
        assertThat(byXid.get(2)).isIn("AUTHORISED", "CAPTURED");
      }
    }
  }

  /** The merchant's order with SET transaction id {@code xid} (hex): id, LID-M, status. */
  private static List<String> merchantOrderByXid(String xid) throws Exception {
    DatabaseSettings db = TestDatabase.settings();
    List<String> row = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement q =
            c.prepareStatement(
                "select id::text, lid_m, status from merchant.purchase_order"
                    + " where xid = decode(?, 'hex')")) {
      q.setString(1, xid);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          row.add(r.getString(1));
          row.add(r.getString(2));
          row.add(r.getString(3));
        }
      }
    }
    return row;
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement e = driver.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  private static WebDriverWait waiting(WebDriver driver, int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  /** Clicks {@code element} and waits until the next page has loaded. */
  private static void go(WebDriver driver, WebElement element) {
    WebElement html = driver.findElement(By.tagName("html"));
    element.click();
    waiting(driver, 60).until(ExpectedConditions.stalenessOf(html));
    waiting(driver, 60)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }
}
