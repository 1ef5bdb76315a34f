package org.agentset.it.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HexFormat;
import org.agentset.it.SuiteArchive;
import org.agentset.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gateway's operations page in headless Chromium: an anonymous visitor is sent to sign in, an
 * operator signs in, sees the transactions by state and the chart, and finds a purchase by its XID
 * (card shown by its last four digits only). Screenshots {@code target/screenshots/gateway-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayOpsBrowserIT {

  private static final String BASE = System.getProperty("agentset.it.http");

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void anOperatorSeesTheTransactionsAndFindsOneByXid() throws Exception {
    GatewayPki.seedOperators();
    Shop shop = new Shop("NB-IT-OPS");
    Shop.Purchase approved =
        shop
        .new Purchase(
            shop.customer(GatewayAuthorisationIT.ADA, GatewayAuthorisationIT.EXPIRY), 1234);
    byte[] authReq = approved.authReq(false);
    assertThat(
            shop.payments
                .processAuthorisationResponse(approved.authReq, GatewayHttp.set(authReq).body())
                .approved())
        .isTrue();
    Shop.Purchase declined =
        shop.new Purchase(shop.customer("4000000000000028", GatewayAuthorisationIT.EXPIRY), 999);
    GatewayHttp.set(declined.authReq(false));
    String xid = HexFormat.of().withUpperCase().formatHex(approved.verified.transIds().getXid());

    try (Browser browser = Browser.start()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(BASE + "/gateway/ops/index.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
      assertThat(driver.getCurrentUrl()).endsWith("/gateway/login.xhtml");

      driver.findElement(By.id("login:username")).sendKeys(GatewayPki.OPERATOR);
      driver.findElement(By.id("login:password")).sendKeys("wrong password entirely");
      driver.findElement(By.id("login:signIn")).click();
      assertThat(
              wait.until(
                      ExpectedConditions.visibilityOfElementLocated(
                          By.cssSelector("#messages .ui-messages-error")))
                  .getText())
          .contains("The user name or password is wrong");

      browser.screenshot("gateway-login-refused");
      driver.findElement(By.id("login:username")).clear();
      driver.findElement(By.id("login:username")).sendKeys(GatewayPki.OPERATOR);
      driver.findElement(By.id("login:password")).clear();
      driver.findElement(By.id("login:password")).sendKeys(GatewayPki.OPERATOR_PASSWORD);
      driver.findElement(By.id("login:signIn")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operatorName")));
      assertThat(driver.findElement(By.id("operatorName")).getText())
          .isEqualTo(GatewayPki.OPERATOR);
      assertThat(driver.findElement(By.id("pageTitle")).getText()).isEqualTo("Operations");
      assertThat(
              Long.parseLong(
                  driver.findElement(By.cssSelector(".tile-value.state-AUTHORISED")).getText()))
          .isGreaterThanOrEqualTo(1);
      assertThat(
              Long.parseLong(
                  driver.findElement(By.cssSelector(".tile-value.state-DECLINED")).getText()))
          .isGreaterThanOrEqualTo(1);
      assertThat(driver.findElements(By.cssSelector("#authorisations canvas"))).isNotEmpty();
      assertThat(driver.findElement(By.id("totals")).getText()).contains("EUR");
      browser.screenshot("gateway-ops");

      driver.findElement(By.id("search:xid")).sendKeys(xid);
      driver.findElement(By.id("search:find")).click();
      // before the search the table lists both purchases; the search leaves the approved one
      wait.until(
          ExpectedConditions.numberOfElementsToBe(
              By.cssSelector("#transactions_data > tr[data-ri]"), 1));
      String table = driver.findElement(By.id("transactions")).getText();
      assertThat(table)
          .contains(xid)
          .contains("AUTHORISED")
          .contains("•••• 1111")
          .contains("12.34 EUR");
      assertThat(table).doesNotContain(GatewayAuthorisationIT.ADA);
      browser.screenshot("gateway-ops-xid");

      driver.findElement(By.id("search:xid")).clear();
      driver.findElement(By.id("search:xid")).sendKeys("not hex");
      driver.findElement(By.id("search:find")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Not an XID"));
    }
  }
}
