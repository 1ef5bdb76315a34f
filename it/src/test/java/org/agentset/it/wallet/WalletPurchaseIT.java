package org.agentset.it.wallet;

import static org.agentset.it.wallet.WalletUnderTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.agentset.it.SuiteArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A purchase paid from a real wallet process with SET: an order placed at the merchant's agent API
 * (the merchant signs its SET initiation once it has enrolled with the CA), shown by the wallet
 * from that signed initiation and paid — PInitReq/PInitRes and the dual-signed PReq against {@code
 * /merchant/set}, the merchant's authorisation at the gateway, PRes with the gateway's receipt,
 * which the wallet verifies — and the merchant's order authorised.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WalletPurchaseIT {

  private static final String TOKEN = "nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5"; // demo token
  private static final String MERCHANT = "/merchant/api/merchants/nordlicht-books";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void anOrderSignedByTheMerchantIsPaidFromTheWalletWithSet() throws Exception {
    try (WalletUnderTest wallet = WalletUnderTest.start()) {
      wallet.enrolDemoCard();
      JsonObject item =
          json(wallet.suite(MERCHANT + "/catalogue", TOKEN))
              .getJsonArray("items")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(i -> i.getInt("stock") > 0)
              .findFirst()
              .orElseThrow();
      JsonObject order =
          wallet.signedOrder(
              MERCHANT, TOKEN, item.getString("sku"), item.getJsonNumber("listPrice").toString());
      String orderId = order.getString("orderId");
      String initiation = order.isNull("setInitiation") ? null : order.getString("setInitiation");
      assertThat(initiation).as("the merchant's signed SET initiation").isNotNull();
      WalletUnderTest.awaitSetPaymentsOpen("nordlicht-books");

      HttpResponse<String> shown =
          wallet.call("POST", "/api/checkout", "{\"initiation\":\"" + initiation + "\"}");
      assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
      JsonObject view = json(shown);
      assertThat(view.getString("merchant")).isEqualTo("nordlicht-books");
      HttpResponse<String> paid =
          wallet.call("POST", "/api/checkout/" + view.getString("orderId") + "/pay", "{}");
      assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
      JsonObject purchase = json(paid);
      assertThat(purchase.getString("outcome"))
          .as(purchase.getString("detail"))
          .isEqualTo("AUTHORISED");
      assertThat(purchase.getBoolean("receipt")).isTrue();
      assertThat(purchase.getString("xid")).isNotBlank();
      assertThat(json(wallet.suite(MERCHANT + "/orders/" + orderId, TOKEN)).getString("status"))
          .isIn("AUTHORISED", "CAPTURED");
    }
  }
}
