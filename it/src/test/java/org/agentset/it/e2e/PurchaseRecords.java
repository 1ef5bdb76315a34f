package org.agentset.it.e2e;

import static org.agentset.it.e2e.SuiteDb.one;
import static org.agentset.it.e2e.SuiteDb.rows;
import static org.agentset.it.e2e.SuiteDb.value;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.agentset.it.ServerLog;
import org.agentset.it.e2e.DelegatedPurchases.ItemSecret;
import org.agentset.it.wallet.WalletUnderTest;

/**
 * What every party recorded of a delegated purchase, found by the SET transaction id (XID) and the
 * agent's id, read from each party's schema: the agent server's offers and payment starts, the
 * wallet's purchases, the merchant's orders, the gateway's transactions, the bank's message log,
 * holds and postings.
 */
public final class PurchaseRecords {

  private PurchaseRecords() {}

  /** An agent's offer as the agent server recorded it (an order it opened, and its outcome). */
  public record AgentOffer(
      String status, String merchant, String orderId, String lidM, byte[] xid, long totalMinor) {}

  /** The agent's offers that reached an order, oldest first. */
  public static List<AgentOffer> ordered(String agentId) throws Exception {
    List<AgentOffer> out = new ArrayList<>();
    for (List<String> r :
        rows(
            "select status, merchant, order_id, lid_m, xid, unit_price_minor * quantity from"
                + " ans.offer where agent_id = ?::uuid and order_id is not null order by id",
            agentId)) {
      out.add(
          new AgentOffer(
              r.get(0),
              r.get(1),
              r.get(2),
              r.get(3),
              r.get(4) == null ? null : Base64.getDecoder().decode(r.get(4)),
              Long.parseLong(r.get(5))));
    }
    return out;
  }

  /**
   * The agent ended PAID and every party agrees: the agent's order (its XID came with the merchant
   * server's completion event), the wallet's purchase (authorised, receipt verified, K destroyed),
   * the merchant's order, the gateway's transaction and the bank's hold (and posting, once
   * captured): one XID, one amount, one approval code and RRN.
   */
  public static void assertPaid(
      WalletUnderTest wallet, String agentId, JsonObject agent, String merchant, String last4)
      throws Exception {
    JsonObject line = agent.getJsonArray("lines").getJsonObject(0);
    JsonObject selection = line.getJsonObject("selection");
    assertThat(selection.getString("merchant")).as(agent.toString()).isEqualTo(merchant);
    assertThat(selection.getString("status")).isEqualTo("PAID");
    JsonObject order = line.getJsonObject("order");
    assertThat(order.isNull("xid")).as("the completion event's XID reached the agent").isFalse();
    byte[] xid = Base64.getDecoder().decode(order.getString("xid"));
    long total = new BigDecimal(selection.getString("total")).movePointRight(2).longValueExact();

    List<JsonObject> purchases = DelegatedPurchases.walletPurchases(wallet, agentId);
    JsonObject purchase =
        purchases.stream()
            .filter(p -> p.getString("outcome").equals("AUTHORISED"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no authorised purchase: " + purchases));
    assertThat(purchases.stream().filter(p -> p.getString("outcome").equals("AUTHORISED")))
        .as("the wallet paid once")
        .hasSize(1);
    assertThat(purchase.getBoolean("receipt")).isTrue();
    assertThat(purchase.getString("xid")).isEqualTo(HexFormat.of().formatHex(xid));
    assertThat(purchase.getString("lidM")).isEqualTo(order.getString("lidM"));
    assertThat(
            WalletUnderTest.json(wallet.call("GET", "/api/agents/" + agentId, null))
                .getJsonArray("items")
                .getJsonObject(0)
                .getBoolean("keyHeld"))
        .as("the wallet destroys K once its item is paid")
        .isFalse();

    List<String> merchantOrder =
        one(
            "select o.amount * 100, o.status, m.code, o.lid_m, o.id::text from"
                + " merchant.purchase_order o join merchant.merchant m on m.id = o.merchant_id"
                + " where o.xid = ?",
            xid);
    assertThat(merchantOrder.get(0)).isEqualTo(total + ".00");
    assertThat(merchantOrder.get(1)).isIn("AUTHORISED", "CAPTURED");
    assertThat(merchantOrder.subList(2, 5))
        .containsExactly(merchant, order.getString("lidM"), order.getString("orderId"));
    assertThat(
            value(
                "select count(*) from merchant.purchase_order where agreement_ref like ? and"
                    + " status in ('AUTHORISED', 'CAPTURED')",
                "ans." + agentId + ".%"))
        .as("one order of the agent paid")
        .isEqualTo("1");

    List<String> gateway =
        one(
            "select amount_minor, state, pan_last4, approval_code, rrn from"
                + " gateway.payment_transaction where xid = ?",
            xid);
    assertThat(gateway.subList(0, 3)).containsExactly(String.valueOf(total), gateway.get(1), last4);
    assertThat(gateway.get(1)).isIn("AUTHORISED", "CAPTURED");
    List<String> hold =
        one("select amount, state, approval_code, rrn from bank.hold where xid = ?", xid);
    assertThat(hold.get(0)).isEqualTo(String.valueOf(total));
    assertThat(hold.get(1)).isIn("ACTIVE", "CAPTURED");
    assertThat(hold.subList(2, 4)).containsExactly(gateway.get(3), gateway.get(4));
    assertThat(
            value(
                "select response_code from bank.message_log where xid = ? and message_class ="
                    + " 'AUTHORISATION'",
                xid))
        .isEqualTo("00");
    if (hold.get(1).equals("CAPTURED")) {
      assertThat(
              value(
                  "select sum(p.amount) from bank.posting p join bank.hold h on h.id = p.hold_id"
                      + " where h.xid = ?",
                  xid))
          .isEqualTo(String.valueOf(total));
    }
  }

  /**
   * A declined order: the agent's offer, the wallet's purchase, the merchant's order and the
   * gateway's transaction all say DECLINED under one XID; the bank answered {@code responseCode}
   * and holds and posts nothing for it.
   */
  public static void assertDeclined(
      WalletUnderTest wallet, String agentId, AgentOffer offer, String responseCode)
      throws Exception {
    assertThat(offer.status()).isEqualTo("DECLINED");
    assertThat(offer.xid()).as("the decline event carried the XID").isNotNull();
    byte[] xid = offer.xid();
    JsonObject purchase =
        DelegatedPurchases.walletPurchases(wallet, agentId).stream()
            .filter(p -> HexFormat.of().formatHex(xid).equals(p.getString("xid", null)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no wallet purchase with the XID"));
    assertThat(purchase.getString("outcome")).as(purchase.toString()).isEqualTo("DECLINED");
    assertThat(purchase.getString("lidM")).isEqualTo(offer.lidM());
    assertThat(
            one(
                "select status, lid_m, amount * 100 from merchant.purchase_order where xid = ?",
                xid))
        .containsExactly("DECLINED", offer.lidM(), offer.totalMinor() + ".00");
    assertThat(
            one(
                "select state, amount_minor, approval_code from gateway.payment_transaction"
                    + " where xid = ?",
                xid))
        .containsExactly("DECLINED", String.valueOf(offer.totalMinor()), null);
    assertThat(
            one(
                "select response_code, amount, hold_id, posting_id from bank.message_log where"
                    + " xid = ? and message_class = 'AUTHORISATION'",
                xid))
        .containsExactly(responseCode, String.valueOf(offer.totalMinor()), null, null);
    assertThat(value("select count(*) from bank.hold where xid = ?", xid)).isEqualTo("0");
  }

  /**
   * Nothing of the agent was paid anywhere: no offer paid, none of its orders at the merchant
   * authorised or captured, no gateway transaction or bank hold for any XID of its orders, no
   * payment start the wallet acknowledged as paid; and its key is destroyed.
   */
  public static void assertNothingPaid(String agentId) throws Exception {
    assertThat(
            value(
                "select count(*) from ans.offer where agent_id = ?::uuid and (status = 'PAID' or"
                    + " xid is not null)",
                agentId))
        .as("offers paid or with an XID")
        .isEqualTo("0");
    assertThat(
            rows(
                "select lid_m, status from merchant.purchase_order where agreement_ref like ? and"
                    + " (status in ('AUTHORISED', 'CAPTURED') or xid is not null)",
                "ans." + agentId + ".%"))
        .as("orders of the agent paid at the merchant")
        .isEmpty();
    assertThat(
            value(
                "select count(*) from ans.payment_start where agent_id = ?::uuid and ack_outcome"
                    + " = 'PAID'",
                agentId))
        .isEqualTo("0");
    assertThat(
            value("select sealed_key is null from ans.agent_key where agent_id = ?::uuid", agentId))
        .as("the agent's key is destroyed when it ends")
        .isEqualTo("t");
  }

  /** The agent's state changes, oldest first (from its durable events). */
  public static List<String> states(String agentId) throws Exception {
    return rows(
            "select state from ans.agent_event where agent_id = ?::uuid and kind = 'state' order"
                + " by seq",
            agentId)
        .stream()
        .map(r -> r.get(0))
        .toList();
  }

  /**
   * No card number, no K and no open authorisation code (the sealed token's plaintext) in any text
   * or bytea column of the {@code ans} schema, nor in the server log; the sealed tokens themselves
   * are there (the agents carry them). Nor a card number in the wallets' own logs.
   */
  public static void assertNoSecretsAtTheAgentServer(
      List<ItemSecret> secrets, List<String> pans, List<WalletUnderTest> wallets) throws Exception {
    List<List<String>> columns =
        rows(
            "select table_name, column_name, data_type from information_schema.columns where"
                + " table_schema = 'ans' and data_type in ('text', 'character varying',"
                + " 'character', 'bytea')");
    assertThat(columns.size()).as("text and bytea columns of the ans schema").isGreaterThan(10);
    List<String> texts = new ArrayList<>();
    for (String pan : pans) {
      texts.add(pan);
      texts.add(pan.replaceAll("(\\d{4})(?=\\d)", "$1 "));
    }
    int panTexts = texts.size();
    List<byte[]> binaries = new ArrayList<>();
    for (ItemSecret s : secrets) {
      for (byte[] b : List.of(s.k(), s.authorisationCode())) {
        binaries.add(b);
        texts.add(HexFormat.of().formatHex(b));
        texts.add(HexFormat.of().withUpperCase().formatHex(b));
        texts.add(Base64.getEncoder().encodeToString(b));
        texts.add(Base64.getUrlEncoder().withoutPadding().encodeToString(b));
      }
    }
    for (List<String> col : columns) {
      boolean bytea = col.get(2).equals("bytea");
      String select = "select count(*) from ans." + col.get(0) + " where ";
      String where =
          bytea
              ? "position(convert_to(?, 'UTF8') in " + col.get(1) + ") > 0"
              : col.get(1) + " like '%' || ? || '%'";
      for (String text : texts) {
        assertThat(value(select + where, text))
            .as("ans." + col.get(0) + "." + col.get(1))
            .isEqualTo("0");
      }
      if (bytea) {
        for (byte[] b : binaries) {
          assertThat(value(select + "position(? in " + col.get(1) + ") > 0", b))
              .as("ans." + col.get(0) + "." + col.get(1))
              .isEqualTo("0");
        }
      }
    }
    for (ItemSecret s : secrets) {
      long copies = 0;
      for (List<String> col : columns) {
        if (col.get(2).equals("bytea")) {
          copies +=
              Long.parseLong(
                  value(
                      "select count(*) from ans."
                          + col.get(0)
                          + " where position(? in "
                          + col.get(1)
                          + ") > 0",
                      s.sealedToken()));
        }
      }
      assertThat(copies).as("the agent server keeps the sealed token").isPositive();
    }
    String log = ServerLog.text();
    for (int i = 0; i < texts.size(); i++) {
      assertThat(log)
          .as(i < panTexts ? "a card number in server.log" : "K or a token's code in server.log")
          .doesNotContain(texts.get(i));
    }
    for (WalletUnderTest w : wallets) {
      for (String pan : texts.subList(0, panTexts)) {
        assertThat(w.output()).as("a card number in the wallet's log").doesNotContain(pan);
      }
    }
  }
}
