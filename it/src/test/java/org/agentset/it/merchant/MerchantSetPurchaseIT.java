package org.agentset.it.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.agentset.it.Await;
import org.agentset.it.ServerLog;
import org.agentset.it.SuiteArchive;
import org.agentset.it.TestDatabase;
import org.agentset.server.DatabaseSettings;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.msg.CardholderPurchase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whole SET purchases over HTTP, as the wallet makes them: cardholders enrolled by SET cardholder
 * registration with the CA pay merchant agents' orders at {@code /merchant/set}; the merchant
 * authorises through the real gateway and bank. Approved: the repeated PReq gets the same PRes and
 * the gateway holds one authorisation; an inquiry reports it; the shop captures at once (its
 * policy) by CapReq, so the gateway's record is captured too, and the agent hears of it. Declined
 * by the issuer (a blocked card): the cardholder, the order and the gateway say so. No card number
 * is in the merchant schema or the server log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MerchantSetPurchaseIT {

  static final String PAN = "4111111111111111";
  private static final String BLOCKED_PAN = "4000000000000010";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void aCardholderPaysAnAgentOrderThroughMerchantGatewayAndBank() throws Exception {
    CardholderPurchase cardholder = SetShopper.cardholder(PAN, "Ada Lovelace");
    try (CallbackReceiver agent = new CallbackReceiver(0)) {
      SetShopper.Paid paid =
          SetShopper.pay(
              cardholder,
              "nordlicht-books",
              MerchantApi.NORDLICHT_TOKEN,
              "NB-FIC-004",
              new BigDecimal("16.90"),
              agent.url());
      assertThat(paid.outcome().authCode()).isEqualTo(AuthCode.APPROVED);
      assertThat(paid.outcome().receipt())
          .as("the gateway's receipt, verified by the cardholder")
          .isNotNull();

      assertThat(SetShopper.set(paid.preq().message().getDerEncoded()))
          .as("the same PReq, the same PRes")
          .isEqualTo(paid.pres());

      var inquiry = cardholder.inquire(paid.preq());
      assertThat(
              cardholder
                  .verifyInquiryResponse(inquiry, SetShopper.set(inquiry.message().getDerEncoded()))
                  .authCode())
          .isEqualTo(AuthCode.APPROVED);

      String id = paid.orderId();
      Await.until(
          "the shop captures at once (its policy)",
          () ->
              "CAPTURED"
                  .equals(
                      SetShopper.order("nordlicht-books", MerchantApi.NORDLICHT_TOKEN, id)
                          .getString("status")));
      JsonObject after = SetShopper.order("nordlicht-books", MerchantApi.NORDLICHT_TOKEN, id);
      assertThat(after.getString("xid")).isNotBlank();
      SetShopper.GatewayRecord atGateway = SetShopper.gateway(after.getString("xid"));
      assertThat(atGateway.rows())
          .as("one authorisation at the gateway for the repeated PReq")
          .isEqualTo(1);
      assertThat(atGateway.state())
          .as("captured at the gateway, not only at the shop")
          .isEqualTo("CAPTURED");
      assertThat(atGateway.captured()).isEqualTo(1690);

      Await.until(
          "the agent hears of the captured order", () -> events(agent, id).contains("CAPTURED"));
      assertThat(events(agent, id)).startsWith("AUTHORISED");
      assertThat(
              agent.deliveries().stream()
                  .map(d -> Json.createReader(new StringReader(d.body())).readObject())
                  .filter(e -> id.equals(e.getString("orderId")))
                  .map(e -> e.getString("xid"))
                  .distinct())
          .containsExactly(after.getString("xid"));
    }
    assertNoCardNumberInTheMerchantSchemaOrLog(PAN);
  }

  @Test
  void theIssuerDeclinesABlockedCardAndEveryPartySaysSo() throws Exception {
    CardholderPurchase cardholder = SetShopper.cardholder(BLOCKED_PAN, "Blocked Account");
    SetShopper.Paid paid =
        SetShopper.pay(
            cardholder,
            "nordlicht-books",
            MerchantApi.NORDLICHT_TOKEN,
            "NB-FIC-004",
            new BigDecimal("16.90"),
            "http://127.0.0.1:9/none");
    assertThat(paid.outcome().authCode()).isNotEqualTo(AuthCode.APPROVED);
    JsonObject order =
        SetShopper.order("nordlicht-books", MerchantApi.NORDLICHT_TOKEN, paid.orderId());
    assertThat(order.getString("status")).isEqualTo("DECLINED");
    SetShopper.GatewayRecord atGateway = SetShopper.gateway(order.getString("xid"));
    assertThat(atGateway.rows()).isEqualTo(1);
    assertThat(atGateway.state()).isEqualTo("DECLINED");
    assertThat(atGateway.captured()).isZero();

    var inquiry = cardholder.inquire(paid.preq());
    assertThat(
            cardholder
                .verifyInquiryResponse(inquiry, SetShopper.set(inquiry.message().getDerEncoded()))
                .authCode())
        .isEqualTo(paid.outcome().authCode());
    assertNoCardNumberInTheMerchantSchemaOrLog(BLOCKED_PAN);
  }

  private static List<String> events(CallbackReceiver agent, String orderId) {
    return agent.deliveries().stream()
        .map(d -> Json.createReader(new StringReader(d.body())).readObject())
        .filter(e -> orderId.equals(e.getString("orderId")))
        .map(e -> e.getString("outcome"))
        .toList();
  }

  static void assertNoCardNumberInTheMerchantSchemaOrLog(String pan) throws Exception {
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        ResultSet tables =
            c.createStatement()
                .executeQuery(
                    "select table_name from information_schema.tables where table_schema ="
                        + " 'merchant' and table_type = 'BASE TABLE'")) {
      List<String> names = new ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString(1));
      }
      for (String t : names) {
        try (ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "select count(*) from merchant."
                        + t
                        + " x where position('"
                        + pan
                        + "' in x::text) > 0 or position('"
                        + java.util.HexFormat.of()
                            .formatHex(pan.getBytes(StandardCharsets.US_ASCII))
                        + "' in x::text) > 0")) {
          rows.next();
          assertThat(rows.getLong(1))
              .as("rows of merchant." + t + " with the card number")
              .isZero();
        }
      }
    }
    assertThat(ServerLog.text()).doesNotContain(pan);
  }
}
