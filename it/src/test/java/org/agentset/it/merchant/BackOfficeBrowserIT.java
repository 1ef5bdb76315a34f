package org.agentset.it.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.UUID;
import org.agentset.it.SuiteArchive;
import org.agentset.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A merchant administrator in headless Chromium: signs in, sees only the own shop's orders, and
 * changes an agent's negotiation parameters (refused when inconsistent, then saved and seen in the
 * catalogue feed); a batch shop's administrator picks two SET-authorised orders, captures them in
 * one batch (progress, then each order's result; the gateway's record is captured), and refunds
 * part of one (more than is left is refused with the reason). Screenshots {@code
 * target/screenshots/merchant-admin-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackOfficeBrowserIT {

  private static final String BASE = System.getProperty("agentset.it.http") + "/merchant";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void anAdministratorSeesOwnOrdersAndEditsNegotiationParameters() throws Exception {
    MerchantOperators.add("nina.books", "nordlicht-books");
    MerchantOperators.add("viktor.parts", "voltaic-parts");
    JsonObject item =
        MerchantApi.get(
                "/merchants/nordlicht-books/catalogue/NB-PRI-003", MerchantApi.NORDLICHT_TOKEN)
            .json();
    BigDecimal list = item.getJsonNumber("listPrice").bigDecimalValue();
    MerchantApi.Answer created =
        MerchantApi.post(
            "/merchants/nordlicht-books/orders",
            MerchantApi.NORDLICHT_TOKEN,
            "bo-" + UUID.randomUUID(),
            MerchantApiIT.terms("NB-PRI-003", 1, list, "EUR", "http://127.0.0.1:9/none", "neg-bo"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String lidM = created.json().getString("lidM");

    try (Browser browser = Browser.start()) {
      var login = new BackOfficePages.Login(browser.driver(), BASE + "/login.xhtml");
      var dashboard = login.signIn("nina.books", MerchantOperators.PASSWORD);
      assertThat(dashboard.merchantName()).isEqualTo("Nordlicht Books");
      assertThat(dashboard.awaiting()).isGreaterThanOrEqualTo(1);
      assertThat(dashboard.chartDrawn()).isTrue();
      browser.screenshot("merchant-admin-dashboard");

      var orders = dashboard.orders();
      assertThat(orders.lidMs()).contains(lidM).allSatisfy(l -> assertThat(l).startsWith("NB-"));
      browser.screenshot("merchant-admin-orders");

      var catalogue =
          new BackOfficePages.Dashboard(browser.driver()).catalogue().edit("NB-PRI-003");
      String refused =
          catalogue
              .floorPrice(list.add(BigDecimal.ONE).toPlainString())
              .save("floor price cannot be above");
      assertThat(refused).contains("floor price cannot be above the list price");
      browser.screenshot("merchant-admin-refused-edit");
      String saved = catalogue.floorPrice("11.00").tiers("3:4, 8:9").save("is updated");
      assertThat(saved).contains("NB-PRI-003 is updated");
      browser.screenshot("merchant-admin-catalogue");
    }
    JsonObject after =
        MerchantApi.get(
                "/merchants/nordlicht-books/catalogue/NB-PRI-003", MerchantApi.NORDLICHT_TOKEN)
            .json();
    assertThat(after.getJsonNumber("floorPrice").bigDecimalValue()).isEqualByComparingTo("11.00");
    assertThat(after.getJsonArray("quantityDiscounts").getJsonObject(0).getInt("minQuantity"))
        .isEqualTo(3);

    try (Browser browser = Browser.start()) {
      var other =
          new BackOfficePages.Login(browser.driver(), BASE + "/login.xhtml")
              .signIn("viktor.parts", MerchantOperators.PASSWORD);
      assertThat(other.merchantName()).isEqualTo("Voltaic Parts");
      assertThat(other.orders().lidMs())
          .doesNotContain(lidM)
          .allSatisfy(l -> assertThat(l).startsWith("VP-"));
    }
  }

  @Test
  void anAdministratorCapturesABatchAndRefundsInTheBrowser() throws Exception {
    MerchantOperators.add("vito.parts", "voltaic-parts");
    var cardholder = SetShopper.cardholder("5200000000000015", "Barbara Liskov");
    String callback = "http://127.0.0.1:9/none";
    SetShopper.Paid one =
        SetShopper.pay(
            cardholder,
            "voltaic-parts",
            MerchantApi.VOLTAIC_TOKEN,
            "VP-BOA-001",
            new BigDecimal("5.90"),
            callback);
    SetShopper.Paid two =
        SetShopper.pay(
            cardholder,
            "voltaic-parts",
            MerchantApi.VOLTAIC_TOKEN,
            "VP-BOA-002",
            new BigDecimal("8.40"),
            callback);
    String lidOne = one.order().getString("lidM");
    String lidTwo = two.order().getString("lidM");
    String xidOne =
        SetShopper.order("voltaic-parts", MerchantApi.VOLTAIC_TOKEN, one.orderId())
            .getString("xid");

    try (Browser browser = Browser.start()) {
      var orders =
          new BackOfficePages.Login(browser.driver(), BASE + "/login.xhtml")
              .signIn("vito.parts", MerchantOperators.PASSWORD)
              .orders();
      assertThat(orders.status(lidOne)).isEqualTo("AUTHORISED");
      assertThat(orders.status(lidTwo)).isEqualTo("AUTHORISED");
      orders.pick(lidOne).pick(lidTwo);
      browser.screenshot("merchant-admin-capture-picked");
      orders.captureSelected();
      assertThat(orders.progress()).isEqualTo("2 of 2 orders answered");
      assertThat(orders.result(lidOne)).isEqualTo("CAPTURED Captured.");
      assertThat(orders.result(lidTwo)).isEqualTo("CAPTURED Captured.");
      assertThat(orders.message()).contains("2 captured, 0 refused");
      assertThat(orders.status(lidOne)).isEqualTo("CAPTURED");
      assertThat(orders.status(lidTwo)).isEqualTo("CAPTURED");
      assertThat(orders.canPick(lidOne)).as("a captured order cannot be picked again").isFalse();
      browser.screenshot("merchant-admin-capture-batch");
      assertThat(SetShopper.gateway(xidOne).state()).isEqualTo("CAPTURED");

      var order = orders.open(lidOne);
      assertThat(order.fact("captured")).isEqualTo("5.90 EUR");
      assertThat(order.refund("2.00")).contains("Refunded 2.00 EUR");
      assertThat(order.fact("refundable")).isEqualTo("3.90 EUR");
      assertThat(order.refund("4.00"))
          .contains("Refund not sent")
          .contains("3.90 EUR can still be refunded");
      assertThat(order.refunds()).hasSize(1).allSatisfy(r -> assertThat(r).contains("REFUNDED"));
      browser.screenshot("merchant-admin-refund");
    }
    assertThat(SetShopper.gateway(xidOne).refunded()).isEqualTo(200);
  }

  @Test
  void theBackOfficeNeedsASignIn() throws Exception {
    try (Browser browser = Browser.start()) {
      browser.driver().get(BASE + "/admin/orders.xhtml");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/merchant/login.xhtml");
      var login = new BackOfficePages.Login(browser.driver(), BASE + "/login.xhtml");
      login.signIn("nobody.here", "wrong");
      assertThat(login.error()).contains("user name or password is wrong");
    }
  }
}
