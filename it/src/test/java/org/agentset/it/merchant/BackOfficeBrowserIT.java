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
 * catalogue feed). Screenshots {@code target/screenshots/merchant-admin-*.png}.
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
