package org.agentset.it.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.agentset.it.SuiteArchive;
import org.agentset.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A customer in headless Chromium: browses a shop, searches, adds to the cart, is told what is
 * wrong with the checkout form, places the order and reaches the SET initiation step; unknown
 * products and orders get the 404 page. Screenshots in {@code target/screenshots/merchant-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontCheckoutBrowserIT {

  private static final String BASE = System.getProperty("agentset.it.http") + "/merchant";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void aCustomerBrowsesAndChecksOutToTheSetInitiation() throws Exception {
    try (Browser browser = Browser.start()) {
      var market = new StorefrontPages.Market(browser.driver(), BASE + "/");
      var shop = market.open("nordlicht-books");
      browser.screenshot("merchant-shop-home");
      assertThat(shop.heading()).isEqualTo("Nordlicht Books");
      assertThat(shop.shelves())
          .containsExactly(
              "Fiction", "Non-fiction", "Maps & atlases", "Art prints", "Children's books");

      var search = shop.search("puffin");
      assertThat(search.productNames()).containsExactly("Pip the Puffin Goes North");
      assertThat(search.search("zeppelin").emptyMessage())
          .contains("Nothing at Nordlicht Books matches");

      var maps = search.category("Maps & atlases");
      assertThat(maps.heading()).isEqualTo("Maps & atlases");
      assertThat(maps.productNames()).contains("Groningen City Plan 1:12 500");
      browser.screenshot("merchant-category");

      var product = maps.product("NB-MAP-005");
      assertThat(product.sku()).isEqualTo("NB-MAP-005");
      assertThat(product.price()).isEqualTo("17.90 EUR");
      assertThat(product.tierRows()).isEqualTo(2);
      assertThat(product.imageLoaded()).isTrue();
      browser.screenshot("merchant-product");

      product.quantity("40").addToCartExpectingError();
      assertThat(product.quantityError()).containsPattern("Only \\d+ in stock");
      var cart = product.quantity("5").addToCart();
      assertThat(cart.added()).contains("5 × Night Sky Planisphere 52°N added");
      assertThat(cart.lines()).isEqualTo(1);
      assertThat(cart.total()).isEqualTo("85.05 EUR"); // 5 % off 17.90 from 5 units
      assertThat(cart.cartCount()).isEqualTo(5);
      browser.screenshot("merchant-cart");

      var checkout = cart.checkout().fill("", "not-an-address", "short");
      checkout.placeOrderExpectingErrors();
      assertThat(checkout.errors())
          .contains("Enter your name.", "This is not an e-mail address.")
          .anySatisfy(e -> assertThat(e).contains("street, postcode and town"));
      browser.screenshot("merchant-checkout-errors");

      var order =
          checkout
              .fill("Ada Lovelace", "ada@example.org", "12 St James's Square, London SW1Y 4JH")
              .placeOrder();
      assertThat(order.lidM()).matches("NB-[0-9A-Z]{10}");
      assertThat(order.status()).isEqualTo("AWAITING PAYMENT");
      assertThat(order.amount()).isEqualTo("85.05 EUR");
      assertThat(order.setEndpoint()).isEqualTo(BASE + "/set");
      assertThat(order.orderDescription())
          .contains(order.lidM(), "5 × Night Sky Planisphere 52°N (NB-MAP-005)", "Total 85.05 EUR");
      assertThat(order.walletHelp()).contains("java -jar agentset-wallet.jar");
      String link = order.walletLink();
      if (link == null) {
        assertThat(order.saysWhyNoLink()).as("no link: the page says why").isTrue();
      } else {
        assertThat(link)
            .startsWith(
                "http://127.0.0.1:"
                    + System.getProperty("agentset.it.wallet.port")
                    + "/pay?initiation=");
        byte[] der = java.util.Base64.getUrlDecoder().decode(link.substring(link.indexOf('=') + 1));
        var signed = org.agentset.set.sai.SetInitiations.read(der);
        var initiation =
            new org.agentset.set.sai.SetInitiations(
                    new org.agentset.set.crypto.AlgorithmSuites(
                            new org.bouncycastle.jce.provider.BouncyCastleProvider(),
                            new java.security.SecureRandom())
                        .p256())
                .verify(signed, signed.signerCertificate().orElseThrow());
        assertThat(new String(initiation.getLocalIdM(), java.nio.charset.StandardCharsets.US_ASCII))
            .isEqualTo(order.lidM());
      }
      assertThat(order.cartCount()).isZero();
      browser.screenshot("merchant-order-initiation");
    }
  }

  /**
   * A shop that signs its orders but does not hold the gateway's certificate yet (as right after
   * deployment) offers no wallet link: the order page says payments are opening, and shows the link
   * by itself once the shop has fetched the certificate again (its enrolment timer's PCertReq,
   * every 30 s).
   */
  @Test
  void theOrderPageSaysPaymentsAreOpeningUntilTheShopHoldsTheGatewayCertificate() throws Exception {
    String shop = "herbarium-tea";
    long until = System.nanoTime() + java.time.Duration.ofMinutes(4).toNanos();
    while (gatewayPathLength(shop) == 0) {
      assertThat(System.nanoTime()).as(shop + " opens SET payments").isLessThan(until);
      Thread.sleep(1000);
    }
    JsonObject order = null;
    while (order == null || order.isNull("setInitiation")) {
      assertThat(System.nanoTime()).as(shop + " signs its orders").isLessThan(until);
      order =
          MerchantApi.post(
                  "/merchants/" + shop + "/orders",
                  "ht-agent-9c1e3a5b7d0f4c28b6d8f0a2c4e6b8d0",
                  "opening-" + System.nanoTime(),
                  MerchantApiIT.terms(
                      "HT-GRE-001", 1, new BigDecimal("12.50"), "EUR", "http://127.0.0.1:9/x", "o"))
              .json();
    }
    keepOpen(order.getString("orderId")); // the suite's orders expire after 40 s
    forgetGatewayCertificate(shop);
    try (Browser browser = Browser.start()) {
      var driver = browser.driver();
      driver.get(BASE + "/order.xhtml?id=" + order.getString("orderId"));
      assertThat(driver.findElements(By.id("payWithWalletLink"))).isEmpty();
      assertThat(driver.findElement(By.id("paymentsOpening")).getText())
          .contains("Card payments at Herbarium Tea Co. are opening");
      browser.screenshot("merchant-order-payments-opening");
      new WebDriverWait(driver, java.time.Duration.ofSeconds(120))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("payWithWalletLink")));
      assertThat(driver.findElements(By.id("paymentsOpening"))).isEmpty();
      assertThat(gatewayPathLength(shop)).isPositive();
      browser.screenshot("merchant-order-payments-open");
    }
  }

  private static int gatewayPathLength(String shop) throws Exception {
    var db = org.agentset.it.TestDatabase.settings();
    try (var c = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
        var s =
            c.prepareStatement(
                "select coalesce(octet_length(c.gateway_path), 0) from merchant.merchant m left"
                    + " join merchant.merchant_credential c on c.merchant_id = m.id where m.code"
                    + " = ?")) {
      s.setString(1, shop);
      try (var r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private static void keepOpen(String orderId) throws Exception {
    var db = org.agentset.it.TestDatabase.settings();
    try (var c = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
        var s =
            c.prepareStatement(
                "update merchant.purchase_order set expires_at = now() + interval '10 minutes'"
                    + " where id = ?")) {
      s.setObject(1, java.util.UUID.fromString(orderId));
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  /** As if the shop had not fetched it yet: its enrolment timer asks the gateway again. */
  private static void forgetGatewayCertificate(String shop) throws Exception {
    var db = org.agentset.it.TestDatabase.settings();
    try (var c = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
        var s =
            c.prepareStatement(
                "update merchant.merchant_credential set gateway_path = '\\x'::bytea where"
                    + " merchant_id = (select id from merchant.merchant where code = ?)")) {
      s.setString(1, shop);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void unknownProductsShopsAndOrdersGetTheNotFoundPage() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path :
        new String[] {
          "/product.xhtml?m=nordlicht-books&sku=NB-NOPE-999",
          "/shop.xhtml?m=no-such-shop",
          "/category.xhtml?m=nordlicht-books&c=zeppelins",
          "/order.xhtml?id=00000000-0000-0000-0000-000000000000",
          "/order.xhtml?id=garbage",
          "/img/nordlicht-books/NB-NOPE-999.svg"
        }) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(BASE + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path).isEqualTo(404);
    }
    try (Browser browser = Browser.start()) {
      browser.driver().get(BASE + "/product.xhtml?m=nordlicht-books&sku=NB-NOPE-999");
      assertThat(
              browser.driver().findElement(org.openqa.selenium.By.id("notFoundReason")).getText())
          .isEqualTo("Nordlicht Books has no product “NB-NOPE-999”.");
      browser.screenshot("merchant-not-found");
    }
  }
}
