package org.agentset.wallet.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.sai.PaymentStarts;
import org.agentset.set.sai.SetInitiations;
import org.agentset.wallet.TestWallet;
import org.agentset.wallet.WalletClient;
import org.agentset.wallet.agents.FakeParties;
import org.agentset.wallet.agents.WalletPki;
import org.agentset.wallet.http.Json;
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.ItemKey;
import org.agentset.wallet.store.Ticket;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delegation and payment starts through the wallet's JSON API, with the CA and agent server played
 * over HTTP by {@link FakeParties}: an agent is created from a mandate (only the signed mandate and
 * sealed tokens leave the wallet, never K); confirm-mode payment starts wait for the password, can
 * be declined and time out; a replay is refused even after the wallet restarts; revocation destroys
 * K at once and tells the agent server; malformed input is refused and changes nothing.
 */
class AgentsApiTest {

  @TempDir Path home;

  private final WalletPki pki = new WalletPki();
  private TestWallet wallet;
  private FakeParties parties;
  private WalletClient client;

  @BeforeEach
  void start() throws Exception {
    wallet = new TestWallet(home, URI_PLACEHOLDER);
  }

  private static final java.net.URI URI_PLACEHOLDER = java.net.URI.create("http://127.0.0.1:9/ca");

  private void open() throws Exception {
    wallet.close();
    parties = new FakeParties(pki, walletClock());
    wallet = new TestWallet(home, parties.caUrl());
    client = wallet.client();
  }

  private java.time.Clock walletClock() {
    return wallet.clock;
  }

  @AfterEach
  void stop() {
    wallet.close();
    if (parties != null) {
      parties.close();
    }
  }

  private void enrolled() throws Exception {
    open();
    client.createWallet();
    Ticket t = wallet.wallet.store().unlock(TestWallet.PASSWORD.toCharArray());
    wallet
        .wallet
        .store()
        .update(
            t, c -> c.withCommunication(pki.walletCredential()).withCard(WalletPki.enrolledCard()));
  }

  private JsonObject createAgent(String mode) throws Exception {
    HttpResponse<String> r =
        client.api(
            "POST",
            "/api/agents",
            """
            {"query":"hiking map","category":"maps","quantity":2,"maxUnitPrice":"15.00",
             "budget":"40.00","merchants":"nordlicht-books","deadline":"%s","mode":"%s"}\
            """
                .formatted(wallet.clock.instant().plus(Duration.ofDays(7)), mode));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Json.read(r.body().getBytes());
  }

  private byte[] paymentStart(FakeParties.Agent agent, long unitCents) throws Exception {
    WalletPki.Party merchant = pki.merchant("Nordlicht Books");
    SetInitiation initiation =
        new SetInitiation(
            "nordlicht-books",
            "http://127.0.0.1:9/merchant/set",
            "NB-7KQ2M9XD4P".getBytes(),
            "2 × Wadden Islands Hiking Map",
            new org.agentset.set.asn1.msg.CurrencyAmount(978, 2 * unitCents, -2),
            "AgentCard",
            wallet.clock.instant().plusSeconds(1800),
            List.of(
                new OrderLine(
                    "NB-MAP-004",
                    "Wadden Islands Hiking Map",
                    "maps",
                    2,
                    new org.agentset.set.asn1.msg.CurrencyAmount(978, unitCents, -2))));
    byte[] signedInitiation =
        new SetInitiations(WalletPki.SUITES.p256()).sign(merchant.signer(), initiation);
    PaymentStart start =
        new PaymentStart(
            agent.mandate().getTerms().getMandateId(),
            1,
            agent.mandate().slot(1).getSealedToken(),
            "http://127.0.0.1:9/merchant/set",
            ContentInfo.getInstance(signedInitiation));
    return new PaymentStarts(
            WalletPki.SUITES.p256(), WalletPki.BC, new SecureRandom(), wallet.clock)
        .seal(agent.party().signer(), start, WalletPki.holder(pki.wallet));
  }

  private JsonObject submit(byte[] envelope) throws Exception {
    HttpResponse<String> r =
        client.api(
            "POST",
            "/api/payment-starts",
            "{\"paymentStart\":\"" + Base64.getEncoder().encodeToString(envelope) + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.read(r.body().getBytes());
  }

  @Test
  void withoutACommunicationCertificateNoAgentIsCreated() throws Exception {
    open();
    client.createWallet();
    HttpResponse<String> r =
        client.api(
            "POST",
            "/api/agents",
            "{\"category\":\"maps\",\"quantity\":1,\"maxUnitPrice\":\"9\",\"budget\":\"9\","
                + "\"deadline\":\""
                + wallet.clock.instant().plus(Duration.ofDays(2))
                + "\",\"mode\":\"autonomous\"}");
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.body()).contains("enrol with the CA first");
    assertThat(parties.agents).isEmpty();
  }

  @Test
  void aBadMandateIsRefusedFieldByField() throws Exception {
    enrolled();
    HttpResponse<String> r =
        client.api(
            "POST",
            "/api/agents",
            "{\"quantity\":0,\"maxUnitPrice\":\"-1\",\"budget\":\"x\",\"deadline\":\"soon\",\"mode\":\"yolo\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    for (String field :
        List.of("query", "quantity", "maxUnitPrice", "budget", "deadline", "mode")) {
      assertThat(r.body()).contains("\"field\":\"" + field + "\"");
    }
    assertThat(parties.agents).isEmpty();
  }

  @Test
  void creatingAnAgentHandsOverTheSignedMandateButNeverK() throws Exception {
    enrolled();
    JsonObject agent = createAgent("autonomous");
    String id = agent.getString("agentId");
    assertThat(agent.getString("state")).isEqualTo("ACTIVE");
    assertThat(agent.getBoolean("certified")).isTrue();
    assertThat(agent.getJsonArray("items").getJsonObject(0).getBoolean("keyHeld")).isTrue();
    FakeParties.Agent held = parties.agents.get(id);
    assertThat(held.mandate().getTerms().getCustomer())
        .isEqualTo(WalletPki.holder(pki.wallet).getSubject());
    Ticket t = wallet.wallet.store().unlock(TestWallet.PASSWORD.toCharArray());
    AgentRecord record = wallet.wallet.store().contents(t).agent(id).orElseThrow();
    for (ItemKey k : record.items()) {
      byte[] key = k.key().map(Bytes::toByteArray).orElseThrow();
      assertThat(indexOf(held.mandateDer(), key))
          .as("K in what the agent server got")
          .isEqualTo(-1);
    }
    JsonObject list = Json.read(client.api("GET", "/api/agents", null).body().getBytes());
    assertThat(list.getJsonArray("agents")).hasSize(1);
  }

  @Test
  void confirmModeWaitsForThePasswordAndCanBeDeclined() throws Exception {
    enrolled();
    String id = createAgent("confirm").getString("agentId");
    JsonObject d = submit(paymentStart(parties.agents.get(id), 1_300));
    assertThat(d.getString("status")).isEqualTo("awaiting-confirmation");
    String paymentId = d.getString("paymentId");
    JsonObject approvals = Json.read(client.api("GET", "/api/approvals", null).body().getBytes());
    assertThat(approvals.getJsonArray("approvals")).hasSize(1);
    assertThat(approvals.getJsonArray("approvals").getJsonObject(0).getString("amount"))
        .isEqualTo("26.00");

    HttpResponse<String> wrong =
        client.api(
            "POST",
            "/api/approvals/" + paymentId + "/approve",
            "{\"password\":\"not the password\"}");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(
            Json.read(client.api("GET", "/api/approvals", null).body().getBytes())
                .getJsonArray("approvals"))
        .hasSize(1);

    JsonObject declined =
        Json.read(
            client.api("POST", "/api/approvals/" + paymentId + "/decline", null).body().getBytes());
    assertThat(declined.getJsonObject("refusal").getString("code"))
        .isEqualTo("declined-by-customer");
    JsonObject agent = Json.read(client.api("GET", "/api/agents/" + id, null).body().getBytes());
    assertThat(agent.getJsonArray("payments").getJsonObject(0).getString("state"))
        .isEqualTo("DECLINED");
    assertThat(agent.getString("spent")).isEqualTo("0.00");
  }

  @Test
  void anUnansweredConfirmationIsDeclinedWhenItsTimeRunsOut() throws Exception {
    enrolled();
    String id = createAgent("confirm").getString("agentId");
    submit(paymentStart(parties.agents.get(id), 1_300));
    wallet.clock.advance(Duration.ofSeconds(121));
    JsonObject approvals = Json.read(client.api("GET", "/api/approvals", null).body().getBytes());
    assertThat(approvals.getJsonArray("approvals")).isEmpty();
    JsonObject agent = Json.read(client.api("GET", "/api/agents/" + id, null).body().getBytes());
    assertThat(agent.getJsonArray("payments").getJsonObject(0).getString("detail"))
        .contains("did not confirm");
  }

  @Test
  void aReplayIsRefusedEvenAfterTheWalletRestarts() throws Exception {
    enrolled();
    String id = createAgent("confirm").getString("agentId");
    byte[] envelope = paymentStart(parties.agents.get(id), 1_300);
    assertThat(submit(envelope).getString("status")).isEqualTo("awaiting-confirmation");
    // restart: a new process on the same wallet file
    Instant now = wallet.clock.instant();
    wallet.close();
    wallet = new TestWallet(home, parties.caUrl());
    wallet.clock.advance(Duration.between(wallet.clock.instant(), now));
    client = wallet.client();
    client.session();
    client.api("POST", "/api/unlock", "{\"password\":\"" + TestWallet.PASSWORD + "\"}");
    JsonObject again = submit(envelope);
    assertThat(again.getString("status")).isEqualTo("refused");
    assertThat(again.getJsonObject("refusal").getString("code")).isEqualTo("replayed");
  }

  @Test
  void revocationDestroysKAndTellsTheAgentServer() throws Exception {
    enrolled();
    String id = createAgent("autonomous").getString("agentId");
    JsonObject r =
        Json.read(client.api("POST", "/api/agents/" + id + "/revoke", null).body().getBytes());
    assertThat(r.getBoolean("agentServerTold")).isTrue();
    assertThat(parties.revoked).containsExactly(id);
    JsonObject agent = r.getJsonObject("agent");
    assertThat(agent.getString("state")).isEqualTo("REVOKED");
    assertThat(agent.getJsonArray("items").getJsonObject(0).getBoolean("keyHeld")).isFalse();
    Ticket t = wallet.wallet.store().unlock(TestWallet.PASSWORD.toCharArray());
    assertThat(wallet.wallet.store().contents(t).agent(id).orElseThrow().items())
        .allMatch(k -> k.key().isEmpty());
    JsonObject d = submit(paymentStart(parties.agents.get(id), 1_300));
    assertThat(d.getJsonObject("refusal").getString("code")).isEqualTo("agent-revoked");
  }

  @Test
  void aPaymentStartOverTheMandateIsRefusedWithItsReason() throws Exception {
    enrolled();
    String id = createAgent("confirm").getString("agentId");
    JsonObject d = submit(paymentStart(parties.agents.get(id), 1_600));
    assertThat(d.getString("status")).isEqualTo("refused");
    assertThat(d.getJsonObject("refusal").getString("code")).isEqualTo("unit-price");
    assertThat(d.getJsonObject("refusal").getString("detail")).contains("16.00 EUR");
    JsonObject agent = Json.read(client.api("GET", "/api/agents/" + id, null).body().getBytes());
    assertThat(agent.getJsonArray("payments")).isEmpty();
    assertThat(client.page("/agents").body()).contains("unit-price").contains("16.00 EUR");
  }

  @Test
  void withoutAnEnrolledCardAPaymentStartIsRefusedAsNotReady() throws Exception {
    enrolled();
    String id = createAgent("autonomous").getString("agentId");
    Ticket t = wallet.wallet.store().unlock(TestWallet.PASSWORD.toCharArray());
    wallet.wallet.store().update(t, c -> c.withoutCard("card-1"));
    JsonObject d = submit(paymentStart(parties.agents.get(id), 1_300));
    assertThat(d.getJsonObject("refusal").getString("code")).isEqualTo("wallet-not-ready");
    JsonObject agent = Json.read(client.api("GET", "/api/agents/" + id, null).body().getBytes());
    assertThat(agent.getJsonArray("payments")).isEmpty();
  }

  @Test
  void malformedPaymentStartsAreRefusedAndChangeNothing() throws Exception {
    enrolled();
    createAgent("autonomous");
    HttpResponse<String> notBase64 =
        client.api("POST", "/api/payment-starts", "{\"paymentStart\":\"%%%\"}");
    assertThat(notBase64.statusCode()).isEqualTo(400);
    JsonObject garbage = submit(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01});
    assertThat(garbage.getJsonObject("refusal").getString("code")).isEqualTo("unreadable");
    HttpResponse<String> unknown =
        client.api("POST", "/api/payment-starts", "{\"paymentStart\":\"AA==\",\"extra\":1}");
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
