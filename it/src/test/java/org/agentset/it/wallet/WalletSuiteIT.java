package org.agentset.it.wallet;

import static org.agentset.it.wallet.WalletUnderTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.agentset.it.SuiteArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real wallet process ({@code java -jar agentset-wallet.jar}) against the deployed suite, through
 * the wallet's JSON API: a card is enrolled by SET cardholder registration with the CA ({@code
 * /ca/set}) and the wallet gets its communication certificate ({@code /ca/comm/wallet}); an agent
 * is created on the agent server from a mandate the wallet signs (the CA certifies the agent on the
 * wallet's word); the agent negotiates with the merchant agents and its payment start reaches the
 * wallet over the SAI channel, passes every check and waits for the customer, who declines (the
 * agent server learns why); revoking destroys the item keys.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalletSuiteIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static final String TOKEN = "nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5"; // demo token
  private static final String MERCHANT = "/merchant/api/merchants/nordlicht-books";

  private static WalletUnderTest wallet;
  private static String agentId;

  @BeforeAll
  static void start() throws Exception {
    wallet = WalletUnderTest.start();
  }

  @AfterAll
  static void stop() {
    if (wallet != null) {
      wallet.close();
    }
  }

  @Test
  @Order(1)
  void aCardIsEnrolledWithTheCaAndTheWalletGetsItsCommunicationCertificate() throws Exception {
    HttpResponse<String> card =
        wallet.call(
            "POST",
            "/api/cards",
            "{\"number\":\"4111 1111 1111 1111\",\"expiry\":\"12/35\",\"holderName\":\"Ada"
                + " Lovelace\"}");
    assertThat(card.statusCode()).as(card.body()).isEqualTo(201);
    String cardId = json(card).getString("id");
    HttpResponse<String> enrol = wallet.call("POST", "/api/cards/" + cardId + "/enrol", null);
    assertThat(enrol.statusCode()).as(enrol.body()).isEqualTo(200);
    JsonObject report = json(enrol);
    assertThat(report.getBoolean("enrolled")).isTrue();
    assertThat(report.getJsonArray("steps")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(json(wallet.call("GET", "/api/cards/" + cardId, null)).getBoolean("enrolled"))
        .isTrue();
  }

  @Test
  @Order(2)
  void anAgentIsCreatedFromTheWalletsSignedMandate() throws Exception {
    // the agent will buy from Nordlicht Books: wait until that merchant signs its orders
    JsonObject map =
        json(wallet.suite(MERCHANT + "/catalogue?category=maps", TOKEN))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(i -> i.getInt("stock") > 1)
            .findFirst()
            .orElseThrow();
    JsonObject probe =
        wallet.signedOrder(
            MERCHANT, TOKEN, map.getString("sku"), map.getJsonNumber("listPrice").toString());
    assertThat(probe.isNull("setInitiation")).as("the merchant signs its orders").isFalse();
    HttpResponse<String> created =
        wallet.call(
            "POST",
            "/api/agents",
            """
            {"category":"maps","quantity":1,"maxUnitPrice":"%s","budget":"%s",
             "merchants":"nordlicht-books","deadline":"%s","mode":"confirm"}\
            """
                .formatted(
                    map.getJsonNumber("listPrice").toString(),
                    map.getJsonNumber("listPrice").toString(),
                    Instant.now().plus(Duration.ofHours(2))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject agent = json(created);
    agentId = agent.getString("agentId");
    assertThat(agent.getBoolean("certified")).isTrue();
    assertThat(agent.getString("state")).isEqualTo("ACTIVE");
    HttpResponse<String> atAns = wallet.suite("/ans/api/agents/" + agentId, null);
    assertThat(atAns.statusCode()).as(atAns.body()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void theAgentsPaymentStartArrivesOverTheSaiChannelAndWaitsForTheCustomer() throws Exception {
    long deadline = System.currentTimeMillis() + 180_000;
    JsonObject approval = null;
    while (approval == null && System.currentTimeMillis() < deadline) {
      var list = json(wallet.call("GET", "/api/approvals", null)).getJsonArray("approvals");
      if (!list.isEmpty()) {
        approval = list.getJsonObject(0);
      } else {
        Thread.sleep(1_000);
      }
    }
    assertThat(wallet.call("GET", "/agents", null).body()).contains("SAI channel: connected");
    assertThat(approval)
        .as("a payment start from the negotiating agent, checked and waiting for the password")
        .isNotNull();
    assertThat(approval.getString("agentId")).isEqualTo(agentId);
    assertThat(approval.getString("merchant")).isEqualTo("nordlicht-books");
    // the customer declines: the wallet tells the agent server, which ends the agent
    JsonObject declined =
        json(
            wallet.call(
                "POST", "/api/approvals/" + approval.getString("paymentId") + "/decline", null));
    assertThat(declined.getJsonObject("refusal").getString("code"))
        .isEqualTo("declined-by-customer");
    long until = System.currentTimeMillis() + 30_000;
    String atAns = "";
    while (System.currentTimeMillis() < until) {
      atAns = wallet.suite("/ans/api/agents/" + agentId, null).body();
      if (atAns.contains("declined-by-customer")) {
        break;
      }
      Thread.sleep(1_000);
    }
    assertThat(atAns).contains("declined-by-customer");
  }

  @Test
  @Order(4)
  void revokingDestroysTheKeysAndTellsTheAgentServer() throws Exception {
    JsonObject revoked = json(wallet.call("POST", "/api/agents/" + agentId + "/revoke", null));
    assertThat(revoked.getBoolean("agentServerTold")).isTrue();
    assertThat(
            revoked
                .getJsonObject("agent")
                .getJsonArray("items")
                .getJsonObject(0)
                .getBoolean("keyHeld"))
        .isFalse();
    assertThat(wallet.output())
        .as("the wallet's log names cards by their last four digits only")
        .contains("ending 1111")
        .doesNotContain("4111111111111111")
        .doesNotContain("4111 1111 1111 1111");
    // the agent server ended the agent already (the customer declined), or ends it now
    assertThat(wallet.suite("/ans/api/agents/" + agentId, null).body())
        .containsAnyOf("\"state\":\"REVOKED\"", "\"state\":\"FAILED\"");
  }
}
