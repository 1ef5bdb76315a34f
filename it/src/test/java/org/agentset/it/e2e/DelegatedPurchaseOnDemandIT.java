package org.agentset.it.e2e;

import static org.agentset.it.wallet.WalletUnderTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.agentset.it.SuiteArchive;
import org.agentset.it.TestDatabase;
import org.agentset.it.wallet.WalletUnderTest;
import org.agentset.server.DatabaseSettings;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.SealedToken;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.SealedTokens;
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.model.ItemKey;
import org.agentset.wallet.store.KdfParameters;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletStore;
import org.bouncycastle.cms.CMSSignedData;
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
 * The whole delegated purchase with every party real: a wallet process ({@code java -jar}) enrols
 * its card with the CA (SET cardholder registration) and gets its communication certificate,
 * delegates a mandate to the agent server, whose agent negotiates with the demo merchants' agents
 * and has the chosen merchant open the order; the payment start reaches the wallet over the SAI
 * channel, the wallet pays with SET (merchant → gateway → bank), the merchant server's completion
 * event reaches the agent server at the callback URL its merchant agent gave, and the agent ends
 * PAID. The wallet's purchase, the agent's order, the merchant's order, the gateway's transaction
 * and the bank's hold agree, linked by the XID; the agent server's schema and the server log hold
 * no card number. Once autonomous, once confirmed in the wallet with the password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DelegatedPurchaseOnDemandIT {

  private static final String TOKEN = "nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5"; // demo token
  private static final String MERCHANT = "/merchant/api/merchants/nordlicht-books";
  private static final String DEMO_MERCHANTS = "nordlicht-books,voltaic-parts,herbarium-tea";
  private static final String PAN = "4111111111111111";

  private static WalletUnderTest wallet;
  private static JsonObject map;

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @BeforeAll
  static void start() throws Exception {
    wallet = WalletUnderTest.start();
    wallet.enrolDemoCard();
    // only Nordlicht Books sells maps; the agent asks all three demo merchants
    map =
        json(wallet.suite(MERCHANT + "/catalogue?category=maps", TOKEN))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(i -> i.getInt("stock") > 2)
            .findFirst()
            .orElseThrow();
    JsonObject probe =
        wallet.signedOrder(
            MERCHANT, TOKEN, map.getString("sku"), map.getJsonNumber("listPrice").toString());
    assertThat(probe.isNull("setInitiation")).as("the merchant signs its orders").isFalse();
  }

  @AfterAll
  static void stop() {
    if (wallet != null) {
      wallet.close();
    }
  }

  @Test
  @Order(1)
  void anAutonomousAgentBuysAndPaysAndEveryPartyAgrees() throws Exception {
    String agentId = delegate("autonomous");
    ItemSecret secret = itemSecret(agentId);
    JsonObject agent = agentWhen(agentId, "PAID", Duration.ofMinutes(5));
    assertRecordsAgree(agentId, agent);
    assertNoSecretsAtTheAgentServer(secret);
  }

  @Test
  @Order(2)
  void aConfirmModeAgentPaysOnceTheCustomerApprovesInTheWallet() throws Exception {
    String agentId = delegate("confirm");
    ItemSecret secret = itemSecret(agentId);
    JsonObject approval = null;
    long deadline = System.currentTimeMillis() + 300_000;
    while (approval == null && System.currentTimeMillis() < deadline) {
      for (JsonObject a :
          json(wallet.call("GET", "/api/approvals", null))
              .getJsonArray("approvals")
              .getValuesAs(JsonObject.class)) {
        if (a.getString("agentId").equals(agentId)) {
          approval = a;
        }
      }
      if (approval == null) {
        Thread.sleep(1_000);
      }
    }
    assertThat(approval).as("the payment start waits for the customer in the wallet").isNotNull();
    assertThat(state(agentId)).isEqualTo("AWAITING_PAYMENT");
    HttpResponse<String> approved =
        wallet.call(
            "POST",
            "/api/approvals/" + approval.getString("paymentId") + "/approve",
            "{\"password\":\"" + WalletUnderTest.PASSWORD + "\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(json(approved).getString("status")).as(approved.body()).isEqualTo("paid");
    JsonObject agent = agentWhen(agentId, "PAID", Duration.ofMinutes(2));
    assertRecordsAgree(agentId, agent);
    assertNoSecretsAtTheAgentServer(secret);
  }

  /** Delegates one map from any demo merchant through the wallet's API; returns the agent id. */
  private static String delegate(String mode) throws Exception {
    String price = map.getJsonNumber("listPrice").toString();
    HttpResponse<String> created =
        wallet.call(
            "POST",
            "/api/agents",
            """
            {"category":"maps","quantity":1,"maxUnitPrice":"%s","budget":"%s",
             "merchants":"%s","deadline":"%s","mode":"%s"}\
            """
                .formatted(
                    price, price, DEMO_MERCHANTS, Instant.now().plus(Duration.ofHours(2)), mode));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject agent = json(created);
    assertThat(agent.getBoolean("certified")).isTrue();
    return agent.getString("agentId");
  }

  private static String state(String agentId) throws Exception {
    return json(wallet.suite("/ans/api/agents/" + agentId, null)).getString("state");
  }

  private static JsonObject agentWhen(String agentId, String state, Duration within)
      throws Exception {
    long deadline = System.currentTimeMillis() + within.toMillis();
    JsonObject agent = json(wallet.suite("/ans/api/agents/" + agentId, null));
    while (!agent.getString("state").equals(state) && System.currentTimeMillis() < deadline) {
      assertThat(agent.getString("state"))
          .as(agent.toString())
          .isNotIn("DECLINED", "FAILED", "EXPIRED", "REVOKED");
      Thread.sleep(1_000);
      agent = json(wallet.suite("/ans/api/agents/" + agentId, null));
    }
    assertThat(agent.getString("state")).as(agent.toString()).isEqualTo(state);
    return agent;
  }

  /**
   * The wallet's purchase, the agent's order (its XID came with the merchant server's completion
   * event), the merchant's order, the gateway's transaction and the bank's hold: one XID, one
   * amount.
   */
  private static void assertRecordsAgree(String agentId, JsonObject agent) throws Exception {
    JsonObject line = agent.getJsonArray("lines").getJsonObject(0);
    JsonObject selection = line.getJsonObject("selection");
    assertThat(selection.getString("merchant")).isEqualTo("nordlicht-books");
    JsonObject order = line.getJsonObject("order");
    assertThat(order.isNull("xid")).as("the completion event's XID reached the agent").isFalse();
    byte[] xid = Base64.getDecoder().decode(order.getString("xid"));
    long total = new BigDecimal(selection.getString("total")).movePointRight(2).longValueExact();

    JsonObject purchase =
        json(wallet.call("GET", "/api/purchases", null))
            .getJsonArray("purchases")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> agentId.equals(p.getString("agentId", null)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no purchase of agent " + agentId));
    assertThat(purchase.getString("outcome")).as(purchase.toString()).isEqualTo("AUTHORISED");
    assertThat(purchase.getBoolean("receipt")).isTrue();
    assertThat(purchase.getString("xid")).isEqualTo(HexFormat.of().formatHex(xid));
    assertThat(purchase.getString("lidM")).isEqualTo(order.getString("lidM"));
    assertThat(
            json(wallet.call("GET", "/api/agents/" + agentId, null))
                .getJsonArray("items")
                .getJsonObject(0)
                .getBoolean("keyHeld"))
        .as("the wallet destroys K once its item is paid")
        .isFalse();

    JsonObject merchantOrder =
        json(wallet.suite(MERCHANT + "/orders/" + order.getString("orderId"), TOKEN));
    assertThat(merchantOrder.getString("status")).isIn("AUTHORISED", "CAPTURED");
    assertThat(one("select amount * 100, status from merchant.purchase_order where xid = ?", xid))
        .containsExactly(String.valueOf(total) + ".00", merchantOrder.getString("status"));

    List<String> gateway =
        one(
            "select amount_minor, state, pan_last4, approval_code, rrn from"
                + " gateway.payment_transaction where xid = ?",
            xid);
    assertThat(gateway.subList(0, 3))
        .containsExactly(String.valueOf(total), gateway.get(1), "1111");
    assertThat(gateway.get(1)).isIn("AUTHORISED", "CAPTURED");
    List<String> hold =
        one("select amount, state, approval_code, rrn from bank.hold where xid = ?", xid);
    assertThat(hold.get(0)).isEqualTo(String.valueOf(total));
    assertThat(hold.get(1)).isIn("ACTIVE", "CAPTURED");
    assertThat(hold.subList(2, 4)).containsExactly(gateway.get(3), gateway.get(4));
    if (hold.get(1).equals("CAPTURED")) {
      assertThat(
              one(
                  "select sum(p.amount) from bank.posting p join bank.hold h on h.id = p.hold_id"
                      + " where h.xid = ?",
                  xid))
          .containsExactly(String.valueOf(total));
    }
  }

  /**
   * No card number, no K and no open authorisation code (the sealed token's plaintext) in any text
   * or bytea column of the {@code ans} schema, nor in the server log; the sealed token itself is
   * there (the agent carries it). K and the code come from the customer's side: a copy of the
   * wallet file taken right after delegation (the wallet destroys K once the item is paid), opened
   * with the wallet's own store and password.
   */
  private static void assertNoSecretsAtTheAgentServer(ItemSecret secret) throws Exception {
    List<String[]> columns = new ArrayList<>();
    try (Connection c = db();
        PreparedStatement s =
            c.prepareStatement(
                "select table_name, column_name, data_type from information_schema.columns"
                    + " where table_schema = 'ans' and data_type in"
                    + " ('text', 'character varying', 'character', 'bytea')");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
      }
    }
    assertThat(columns.size()).as("text and bytea columns of the ans schema").isGreaterThan(10);
    List<String> texts = new ArrayList<>(List.of(PAN, "4111 1111 1111 1111"));
    List<byte[]> binaries = new ArrayList<>();
    for (byte[] b : List.of(secret.k(), secret.authorisationCode())) {
      binaries.add(b);
      texts.add(HexFormat.of().formatHex(b));
      texts.add(HexFormat.of().withUpperCase().formatHex(b));
      texts.add(Base64.getEncoder().encodeToString(b));
      texts.add(Base64.getUrlEncoder().withoutPadding().encodeToString(b));
    }
    for (String[] col : columns) {
      boolean bytea = col[2].equals("bytea");
      String select = "select count(*) from ans." + col[0] + " where ";
      for (String text : texts) {
        String where =
            bytea
                ? "position(convert_to(?, 'UTF8') in " + col[1] + ") > 0"
                : col[1] + " like '%' || ? || '%'";
        assertThat(one(select + where, text))
            .as("ans." + col[0] + "." + col[1])
            .containsExactly("0");
      }
      if (bytea) {
        for (byte[] b : binaries) {
          assertThat(one(select + "position(? in " + col[1] + ") > 0", b))
              .as("ans." + col[0] + "." + col[1])
              .containsExactly("0");
        }
      }
    }
    long sealedTokenCopies = 0;
    for (String[] col : columns) {
      if (col[2].equals("bytea")) {
        sealedTokenCopies +=
            Long.parseLong(
                one(
                        "select count(*) from ans."
                            + col[0]
                            + " where position(? in "
                            + col[1]
                            + ") > 0",
                        secret.sealedToken())
                    .get(0));
      }
    }
    assertThat(sealedTokenCopies).as("the agent server keeps the sealed token").isPositive();
    String log =
        Files.readString(
            Path.of(System.getProperty("agentset.it.serverlog")), StandardCharsets.UTF_8);
    assertThat(log).doesNotContain(PAN).doesNotContain("4111 1111 1111 1111");
    for (String text : texts.subList(2, texts.size())) {
      assertThat(log).as("K or the authorisation code in server.log").doesNotContain(text);
    }
    assertThat(wallet.output()).doesNotContain(PAN).doesNotContain("4111 1111 1111 1111");
  }

  /** An agent's item key K, its sealed token (DER) and the token's plaintext code. */
  private record ItemSecret(byte[] k, byte[] sealedToken, byte[] authorisationCode) {}

  private static ItemSecret itemSecret(String agentId) throws Exception {
    Path copy = Files.createTempDirectory("wallet-copy");
    Files.copy(wallet.home().resolve("wallet.dat"), copy.resolve("wallet.dat"));
    try (WalletStore store =
        WalletStore.open(
            copy,
            KdfParameters.DEFAULT,
            Duration.ofMinutes(5),
            Clock.systemUTC(),
            new SecureRandom())) {
      Ticket ticket = store.unlock(WalletUnderTest.PASSWORD.toCharArray());
      AgentRecord agent =
          store.contents(ticket).agents().stream()
              .filter(a -> a.agentId().equals(agentId))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the wallet has no agent " + agentId));
      ItemKey item = agent.items().get(0);
      byte[] k = item.key().orElseThrow().toByteArray();
      byte[] sealed = item.sealedToken().toByteArray();
      Mandate mandate =
          Mandate.getInstance(
              (byte[])
                  new CMSSignedData(agent.signedMandate().toByteArray())
                      .getSignedContent()
                      .getContent());
      TokenPlaintext plain =
          SealedTokens.open(
              k, Mandates.termsHash(mandate.getTerms()), SealedToken.getInstance(sealed));
      return new ItemSecret(k, sealed, plain.getAuthorisationCode());
    }
  }

  private static Connection db() throws Exception {
    DatabaseSettings s = TestDatabase.settings();
    return DriverManager.getConnection(s.url(), s.user(), s.password());
  }

  /** The one row {@code sql} selects, as strings (read-only, from the test side). */
  private static List<String> one(String sql, Object arg) throws Exception {
    try (Connection c = db();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, arg);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as("a row for " + sql).isTrue();
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.add(rs.getString(i));
        }
        assertThat(rs.next()).as("one row for " + sql).isFalse();
        return row;
      }
    }
  }
}
