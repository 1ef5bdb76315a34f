package org.agentset.it.wallet;

import static org.agentset.it.wallet.AgentServerIntruder.count;
import static org.agentset.it.wallet.WalletUnderTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agentset.it.SuiteArchive;
import org.agentset.it.wallet.AgentServerIntruder.Agent;
import org.agentset.it.wallet.AgentServerIntruder.Answer;
import org.bouncycastle.cert.X509CertificateHolder;
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
 * The SET Agent Interface against the deployed suite (agent server, CA, merchant, gateway, bank)
 * and a real wallet process, through the wallet's JSON API and the SAI channel.
 *
 * <p>Confirm mode: an agent's real payment start, approved in the wallet with the password, is paid
 * with SET (merchant, gateway and bank agree on the XID); another, left unanswered, is declined
 * when the wallet's confirmation time ({@code AGENTSET_WALLET_CONFIRM_SECONDS}, 20 s here) runs
 * out, the agent server is told why, and nothing is paid.
 *
 * <p>Refusals: the test then plays an intruder who has taken the agent server over ({@link
 * AgentServerIntruder}: its database and agent-key password, so it holds the agents' keys, mandates
 * and sealed tokens — but no K). It puts crafted payment starts into the real SAI outbox, and the
 * real agent server sends them to the wallet over the SAI channel: tampered, stale, from another
 * wallet's agent, from an agent the customer revoked, for an item whose K the wallet destroyed when
 * it paid, over the budget, from a merchant the mandate does not allow, and a replay of a genuine
 * one. The wallet refuses each with its reason (its answer over the SAI channel lands in the agent
 * server's outbox row), records no payment, and the merchant, gateway and bank show nothing paid.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalletAgentInterfaceIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static final String NB_TOKEN = "nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5"; // demo
  private static final String VP_TOKEN = "vp-agent-2a6e8c0f4b1d4e97a3c5e7f9b0d2a4c6"; // demo
  private static final String NORDLICHT = "/merchant/api/merchants/nordlicht-books";
  private static final String VOLTAIC = "/merchant/api/merchants/voltaic-parts";
  private static final java.util.function.Supplier<Instant> IN_TWO_HOURS =
      () -> Instant.now().plus(Duration.ofHours(2));

  private static WalletUnderTest wallet;
  private static JsonObject map;
  private static String price;

  /** Agent B of the approved payment, as the agent server held it before it ended. */
  private static Agent paidAgent;

  @BeforeAll
  static void start() throws Exception {
    wallet = WalletUnderTest.start(0, Map.of("AGENTSET_WALLET_CONFIRM_SECONDS", "20"));
    wallet.enrolDemoCard();
    map =
        json(wallet.suite(NORDLICHT + "/catalogue?category=maps", NB_TOKEN))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(i -> i.getInt("stock") > 6)
            .findFirst()
            .orElseThrow();
    price = map.getJsonNumber("listPrice").toString();
    JsonObject probe = wallet.signedOrder(NORDLICHT, NB_TOKEN, map.getString("sku"), price);
    assertThat(probe.isNull("setInitiation")).as("the merchant signs its orders").isFalse();
    WalletUnderTest.awaitSetPaymentsOpen("nordlicht-books");
  }

  @AfterAll
  static void stop() {
    if (wallet != null) {
      wallet.close();
    }
  }

  @Test
  @Order(1)
  void aPaymentStartInConfirmModeIsPaidOnceTheCustomerApprovesWithThePassword() throws Exception {
    String agentId = wallet.delegateMaps("confirm", 1, price, price, IN_TWO_HOURS.get());
    paidAgent = AgentServerIntruder.steal(agentId); // for a later payment start, once K is gone
    JsonObject approval = approvalOf(agentId);
    assertThat(approval.getString("merchant")).isEqualTo("nordlicht-books");

    HttpResponse<String> wrong =
        wallet.call(
            "POST",
            "/api/approvals/" + approval.getString("paymentId") + "/approve",
            "{\"password\":\"not the password\"}");
    assertThat(wrong.statusCode()).as(wrong.body()).isNotEqualTo(200);
    HttpResponse<String> approved =
        wallet.call(
            "POST",
            "/api/approvals/" + approval.getString("paymentId") + "/approve",
            "{\"password\":\"" + WalletUnderTest.PASSWORD + "\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(json(approved).getString("status")).as(approved.body()).isEqualTo("paid");

    JsonObject purchase = purchaseOf(agentId);
    assertThat(purchase.getString("outcome")).as(purchase.toString()).isEqualTo("AUTHORISED");
    assertThat(purchase.getBoolean("receipt")).isTrue();
    byte[] xid = HexFormat.of().parseHex(purchase.getString("xid"));
    JsonObject agent = json(wallet.call("GET", "/api/agents/" + agentId, null));
    assertThat(agent.getJsonArray("payments").getJsonObject(0).getString("state"))
        .isEqualTo("PAID");
    assertThat(agent.getJsonArray("items").getJsonObject(0).getBoolean("keyHeld"))
        .as("K is destroyed once its item is paid")
        .isFalse();
    long amount = new BigDecimal(approval.getString("amount")).movePointRight(2).longValueExact();
    assertThat(
            count(
                "select count(*) from merchant.purchase_order where xid = ? and status in"
                    + " ('AUTHORISED', 'CAPTURED') and amount * 100 = ?",
                xid,
                amount))
        .as("the merchant's order is paid")
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from gateway.payment_transaction where xid = ? and state in"
                    + " ('AUTHORISED', 'CAPTURED') and amount_minor = ? and pan_last4 = '1111'",
                xid,
                amount))
        .as("the gateway authorised it")
        .isPositive();
    assertThat(
            count(
                "select count(*) from bank.hold where xid = ? and amount = ? and state in"
                    + " ('ACTIVE', 'CAPTURED')",
                xid,
                amount))
        .as("the bank holds the amount")
        .isEqualTo(1);
  }

  @Test
  @Order(2)
  void aPaymentLeftUnconfirmedIsDeclinedWhenTheConfirmationTimeRunsOut() throws Exception {
    String agentId = wallet.delegateMaps("confirm", 1, price, price, IN_TWO_HOURS.get());
    JsonObject approval = approvalOf(agentId);
    Instant expires = Instant.parse(approval.getString("expiresAt"));
    assertThat(Duration.between(Instant.now(), expires))
        .isLessThanOrEqualTo(Duration.ofSeconds(20));
    Ledger before = Ledger.now();
    int purchases = purchases().size();

    // nobody answers; the wallet declines on its own and tells the agent server why
    WalletUnderTest.await(
        "the agent server hears of the timeout",
        () ->
            count(
                    "select count(*) from ans.agent_event where agent_id = ? and text like"
                        + " '%confirmation-timeout%'",
                    UUID.fromString(agentId))
                > 0);
    assertThat(Instant.now()).isAfterOrEqualTo(expires);
    JsonObject atAns = json(wallet.suite("/ans/api/agents/" + agentId, null));
    assertThat(atAns.getString("state")).isEqualTo("FAILED");
    assertThat(atAns.getString("stateReason")).contains("confirmation-timeout");

    JsonObject agent = json(wallet.call("GET", "/api/agents/" + agentId, null));
    JsonObject payment = agent.getJsonArray("payments").getJsonObject(0);
    assertThat(payment.getString("state")).isEqualTo("DECLINED");
    assertThat(payment.getString("detail")).contains("did not confirm");
    assertThat(agent.getString("spent")).isEqualTo("0.00");
    assertThat(json(wallet.call("GET", "/api/approvals", null)).getJsonArray("approvals"))
        .noneMatch(a -> a.asJsonObject().getString("agentId").equals(agentId));
    HttpResponse<String> late =
        wallet.call(
            "POST",
            "/api/approvals/" + approval.getString("paymentId") + "/approve",
            "{\"password\":\"" + WalletUnderTest.PASSWORD + "\"}");
    assertThat(late.statusCode()).as("too late to approve: " + late.body()).isNotEqualTo(200);

    assertThat(purchases()).hasSize(purchases);
    String lidM =
        AgentServerIntruder.string(
            "select lid_m from ans.offer where agent_id = ? and lid_m is not null",
            UUID.fromString(agentId));
    assertThat(
            count(
                "select count(*) from merchant.purchase_order where lid_m = ? and xid is null"
                    + " and status in ('AWAITING_PAYMENT', 'EXPIRED')",
                lidM))
        .as("the merchant's order " + lidM + " is unpaid")
        .isEqualTo(1);
    before.assertNothingPaidSince();
  }

  @Test
  @Order(3)
  void craftedPaymentStartsOverTheSaiChannelAreEachRefusedWithTheirReasonAndNothingIsPaid()
      throws Exception {
    // another customer's wallet and its agent
    Agent foreign;
    try (WalletUnderTest other = WalletUnderTest.start()) {
      other.enrolDemoCard();
      foreign =
          AgentServerIntruder.steal(
              other.delegateMaps("confirm", 1, price, price, IN_TWO_HOURS.get()));
    }
    // an agent of this wallet that the customer revokes
    String revokedId = wallet.delegateMaps("confirm", 1, price, price, IN_TWO_HOURS.get());
    Agent revoked = AgentServerIntruder.steal(revokedId);
    JsonObject revocation = json(wallet.call("POST", "/api/agents/" + revokedId + "/revoke", null));
    assertThat(revocation.getJsonObject("agent").getString("state")).isEqualTo("REVOKED");

    // merchant-signed orders for the crafted payment starts
    JsonObject oneMap = wallet.signedOrder(NORDLICHT, NB_TOKEN, map.getString("sku"), 1, price);
    JsonObject twoMaps = wallet.signedOrder(NORDLICHT, NB_TOKEN, map.getString("sku"), 2, price);
    JsonObject part =
        json(wallet.suite(VOLTAIC + "/catalogue", VP_TOKEN))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(i -> i.getInt("stock") > 1)
            .findFirst()
            .orElseThrow();
    JsonObject otherShop =
        wallet.signedOrder(
            VOLTAIC, VP_TOKEN, part.getString("sku"), part.getJsonNumber("listPrice").toString());
    assertThat(otherShop.isNull("setInitiation")).isFalse();

    // the carrier: two maps for just under twice the price, so that two maps at the list price
    // are over the budget; the wallet is locked at once, so the agent's own payment start waits
    // in the agent server's outbox
    String budget =
        new BigDecimal(price)
            .multiply(BigDecimal.valueOf(2))
            .subtract(new BigDecimal("0.01"))
            .toPlainString();
    int purchases = purchases().size();
    String carrierId = wallet.delegateMaps("confirm", 2, price, budget, IN_TWO_HOURS.get());
    wallet.lock();
    Agent carrier = AgentServerIntruder.steal(carrierId);
    WalletUnderTest.await(
        "the agent's own payment start is queued",
        () -> AgentServerIntruder.queuedMessage(carrierId) != null);
    byte[] genuine = AgentServerIntruder.queuedMessage(carrierId);

    Clock now = Clock.systemUTC();
    X509CertificateHolder ours = carrier.wallet(); // the wallet's communication certificate
    assertThat(
            new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                .getCertificate(ours)
                .getKeyUsage())
        .as("the CA's wallet certificate: digitalSignature and keyAgreement")
        .startsWith(true, false, false, false, true, false, false);
    byte[] tampered = AgentServerIntruder.paymentStart(carrier, ours, now, oneMap);
    tampered[tampered.length - 40] ^= 0x01;
    Map<String, byte[]> crafted = new LinkedHashMap<>();
    crafted.put("unreadable", tampered);
    crafted.put(
        "stale",
        AgentServerIntruder.paymentStart(
            carrier, ours, Clock.offset(now, Duration.ofMinutes(-10)), oneMap));
    crafted.put("unknown-agent", AgentServerIntruder.paymentStart(foreign, ours, now, oneMap));
    crafted.put("agent-revoked", AgentServerIntruder.paymentStart(revoked, ours, now, oneMap));
    crafted.put("key-destroyed", AgentServerIntruder.paymentStart(paidAgent, ours, now, oneMap));
    crafted.put("over-budget", AgentServerIntruder.paymentStart(carrier, ours, now, twoMaps));
    crafted.put(
        "merchant-not-allowed", AgentServerIntruder.paymentStart(carrier, ours, now, otherShop));
    // the crafted ones first; then the genuine one, accepted; then a replay of it
    List<UUID> rows =
        AgentServerIntruder.queueAround(
            carrierId, new ArrayList<>(crafted.values()), List.of(genuine));

    Ledger before = Ledger.now();
    wallet.unlock(); // the wallet reconnects; the agent server sends it the lot over SAI
    List<String> reasons = new ArrayList<>(crafted.keySet());
    reasons.add("replayed");
    for (int i = 0; i < rows.size(); i++) {
      UUID row = rows.get(i);
      WalletUnderTest.await(
          "the wallet's answer to " + reasons.get(i),
          () -> AgentServerIntruder.answer(row) != null);
      Answer a = AgentServerIntruder.answer(row);
      assertThat(a.outcome()).as(reasons.get(i) + ": " + a).isEqualTo("REFUSED");
      assertThat(a.reason()).as(reasons.get(i)).startsWith(reasons.get(i) + ": ");
    }

    // the genuine payment start passed every check and waits for the customer
    JsonObject approval = approvalOf(carrierId);
    JsonObject agent = json(wallet.call("GET", "/api/agents/" + carrierId, null));
    assertThat(agent.getJsonArray("payments")).as("the refused ones left no payment").hasSize(1);
    assertThat(agent.getJsonArray("payments").getJsonObject(0).getString("paymentId"))
        .isEqualTo(approval.getString("paymentId"));
    assertThat(agent.getJsonArray("items").getJsonObject(0).getBoolean("keyHeld")).isTrue();
    HttpResponse<String> declined =
        wallet.call("POST", "/api/approvals/" + approval.getString("paymentId") + "/decline", null);
    assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);

    assertThat(purchases()).as("the wallet paid nothing").hasSize(purchases);
    for (JsonObject o : List.of(oneMap, twoMaps, otherShop)) {
      assertThat(
              count(
                  "select count(*) from merchant.purchase_order where lid_m = ? and xid is null"
                      + " and status = 'AWAITING_PAYMENT'",
                  o.getString("lidM")))
          .as("the merchant's order " + o.getString("lidM") + " is unpaid")
          .isEqualTo(1);
    }
    before.assertNothingPaidSince();
    assertThat(wallet.output()).doesNotContain("4111111111111111");
  }

  /** The wallet's approval waiting for agent {@code agentId}'s payment start. */
  private static JsonObject approvalOf(String agentId) throws Exception {
    JsonObject[] found = new JsonObject[1];
    WalletUnderTest.await(
        "a payment start of agent " + agentId + " waits for the customer",
        () -> {
          for (JsonObject a :
              json(wallet.call("GET", "/api/approvals", null))
                  .getJsonArray("approvals")
                  .getValuesAs(JsonObject.class)) {
            if (a.getString("agentId").equals(agentId)) {
              found[0] = a;
            }
          }
          return found[0] != null;
        });
    return found[0];
  }

  private static List<JsonObject> purchases() throws Exception {
    return json(wallet.call("GET", "/api/purchases", null))
        .getJsonArray("purchases")
        .getValuesAs(JsonObject.class);
  }

  private static JsonObject purchaseOf(String agentId) throws Exception {
    return purchases().stream()
        .filter(p -> agentId.equals(p.getString("agentId", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no purchase of agent " + agentId));
  }

  /** How many purchases the gateway and the bank have seen (by XID and by hold). */
  private record Ledger(long gatewayXids, long bankHolds, long merchantSetPurchases) {

    static Ledger now() throws Exception {
      return new Ledger(
          count("select count(distinct xid) from gateway.payment_transaction"),
          count("select count(*) from bank.hold"),
          count("select count(*) from merchant.set_purchase"));
    }

    void assertNothingPaidSince() throws Exception {
      assertThat(now()).as("no new purchase at merchant, gateway or bank").isEqualTo(this);
    }
  }
}
