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
 * wallet's word); the wallet opens its SAI channel; revoking destroys the item keys and the agent
 * server learns it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalletSuiteIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

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
            "{\"number\":\"4111 1111 1111 1111\",\"expiry\":\"12/30\",\"holderName\":\"Ada"
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
    HttpResponse<String> created =
        wallet.call(
            "POST",
            "/api/agents",
            """
            {"category":"tea","quantity":1,"maxUnitPrice":"30.00","budget":"30.00",
             "deadline":"%s","mode":"confirm"}\
            """
                .formatted(Instant.now().plus(Duration.ofHours(2))));
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
  void theWalletOpensItsSaiChannel() throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    String page = "";
    while (System.currentTimeMillis() < deadline) {
      page = wallet.call("GET", "/agents", null).body();
      if (page.contains("SAI channel: connected")) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(page).contains("SAI channel: connected");
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
    assertThat(wallet.suite("/ans/api/agents/" + agentId, null).body()).contains("REVOKED");
  }
}
