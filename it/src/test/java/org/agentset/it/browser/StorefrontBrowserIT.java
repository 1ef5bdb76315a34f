package org.agentset.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.agentset.it.SuiteArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The storefront, as a customer's browser renders it: the seeded shops, styled, from the database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void theStorefrontListsTheSeededShopsWithItsStylesheet() {
    try (Browser browser = Browser.start()) {
      StorefrontPage page =
          StorefrontPage.open(browser.driver(), System.getProperty("agentset.it.http") + "/merchant/");
      browser.screenshot("storefront");
      assertThat(page.title()).isEqualTo("AgentSET Market · Shops");
      assertThat(page.heading()).isEqualTo("Shops on this market");
      assertThat(page.shops())
          .extracting(StorefrontPage.Shop::code, StorefrontPage.Shop::name)
          .containsExactly(
              tuple("herbarium-tea", "Herbarium Tea Co."),
              tuple("nordlicht-books", "Nordlicht Books"),
              tuple("voltaic-parts", "Voltaic Parts"));
      assertThat(page.shops())
          .allSatisfy(shop -> assertThat(shop.meta()).isEqualTo("Prices in EUR · accepts AgentCard"));
      assertThat(page.shopListDisplay()).isEqualTo("grid");
    }
  }
}
