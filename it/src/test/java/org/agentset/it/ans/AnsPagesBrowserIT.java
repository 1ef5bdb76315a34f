package org.agentset.it.ans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.agentset.it.SuiteArchive;
import org.agentset.it.browser.Browser;
import org.agentset.set.asn1.sai.MandateMode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer's view of an agent in a real browser (headless Chromium): lifecycle, the selected
 * offer with its explanation, the transcript and the live events; when the merchant server's
 * completion event arrives (played here as its POST to the callback URL), the open page follows the
 * agent's server-sent events and shows it paid, without the customer reloading. Screenshots in
 * {@code it/target/screenshots/ans-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnsPagesBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void theCustomerFollowsTheAgentLiveUntilItIsPaid() throws Exception {
    WalletLike wallet = WalletLike.enrol("4111111111111111", "Ada Lovelace");
    Instant notAfter = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    byte[] mandate =
        wallet.mandate(
            List.of(WalletLike.item("tea", null, 2, 4_000)),
            8_000,
            List.of(),
            notAfter,
            MandateMode.CONFIRM);
    HttpResponse<String> created =
        wallet.createAgent(mandate, notAfter, "page-" + UUID.randomUUID());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String agentId = AnsApiIT.field(created.body(), "agentId");
    assertThat(AnsClient.stateAfter(agentId, "CREATED", "NEGOTIATING"))
        .isEqualTo("AWAITING_PAYMENT");

    try (Browser browser = Browser.start()) {
      WebDriver d = browser.driver();
      d.get(AnsApiIT.field(created.body(), "agentPage"));
      live(d, Duration.ofSeconds(30))
          .until(x -> x.findElement(By.id("feedStatus")).getText().contains("live"));
      assertThat(d.getTitle()).isEqualTo("Agent · AgentSET Agent Negotiation Server");
      assertThat(d.findElement(By.id("state")).getText()).isEqualTo("AWAITING_PAYMENT");
      assertThat(d.findElement(By.className("explanation")).getText()).startsWith("Selected ");
      assertThat(d.findElements(By.cssSelector("#transcript_data tr"))).hasSizeGreaterThan(3);
      assertThat(d.findElements(By.cssSelector("#feed li"))).hasSizeGreaterThan(3);
      assertThat(d.findElement(By.cssSelector("ol.steps li.now")).getText())
          .isEqualTo("Awaiting payment");
      browser.screenshot("ans-agent-awaiting-payment");

      String token =
          AnsClient.string(
              "select callback_token from ans.offer where agent_id = '"
                  + agentId
                  + "' and status = 'ORDERED'");
      assertThat(
              AnsClient.post(
                      "/ans/api/merchant-events/" + token,
                      null,
                      "{\"outcome\":\"CAPTURED\",\"xid\":\"QnJvd3Nlci1JVC1YSUQ=\",\"reason\":null}")
                  .statusCode())
          .isEqualTo(204);
      live(d, Duration.ofSeconds(60))
          .until(x -> x.findElement(By.id("state")).getText().equals("PAID"));
      assertThat(d.findElement(By.id("stateReason")).getText()).contains("QnJvd3Nlci1JVC1YSUQ=");
      assertThat(d.findElements(By.id("revokeForm"))).isEmpty();
      browser.screenshot("ans-agent-paid");

      d.get(AnsApiIT.field(created.body(), "walletPage"));
      new WebDriverWait(d, Duration.ofSeconds(30))
          .until(x -> !x.findElements(By.cssSelector("#agentsForm\\:agents_data tr")).isEmpty());
      assertThat(d.findElement(By.cssSelector("#agentsForm\\:agents_data")).getText())
          .contains("PAID");
      browser.screenshot("ans-wallet-agents");
    }
  }

  /**
   * A wait on a page the agent's live feed keeps re-rendering: an element found a moment before may
   * be replaced before its text is read (Chromium's "does not belong to the document"), which only
   * means "look again".
   */
  private static WebDriverWait live(WebDriver d, Duration within) {
    WebDriverWait wait = new WebDriverWait(d, within);
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(WebDriverException.class);
    return wait;
  }
}
