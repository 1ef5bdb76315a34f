package org.agentset.it.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.agentset.it.Await;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.msg.CardholderPurchase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Capture batches and refunds over HTTP, through merchant, gateway and bank: a shop that captures
 * in batches (Voltaic Parts) keeps its SET authorisations open; its administrator captures two of
 * them in one batch through the back office's JSON API (the gateway records and the issuer posts
 * both; another shop's order and a second capture are refused and change nothing); then refunds one
 * in parts — never above the capture: the merchant refuses more and the gateway's record stays as
 * it was — until the order is refunded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MerchantSettlementIT {

  private static final String API = System.getProperty("agentset.it.http") + "/merchant/api";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CARD = "5200000000000007";
  private static final String SHOP = "voltaic-parts";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void aBatchShopCapturesInOneBatchAndRefundsInPartsNeverAboveTheCapture() throws Exception {
    MerchantOperators.add("vera.parts", SHOP);
    MerchantOperators.add("nils.books", "nordlicht-books");
    CardholderPurchase cardholder = SetShopper.cardholder(CARD, "Edsger Dijkstra");
    try (CallbackReceiver agent = new CallbackReceiver(0)) {
      SetShopper.Paid one =
          SetShopper.pay(
              cardholder,
              SHOP,
              MerchantApi.VOLTAIC_TOKEN,
              "VP-BOA-002",
              new BigDecimal("8.40"),
              agent.url());
      SetShopper.Paid two =
          SetShopper.pay(
              cardholder,
              SHOP,
              MerchantApi.VOLTAIC_TOKEN,
              "VP-BOA-001",
              new BigDecimal("5.90"),
              agent.url());
      assertThat(one.outcome().authCode()).isEqualTo(AuthCode.APPROVED);
      assertThat(two.outcome().authCode()).isEqualTo(AuthCode.APPROVED);
      String xidOne = order(one).getString("xid");
      String xidTwo = order(two).getString("xid");
      assertThat(order(one).getString("status")).as("a batch shop waits").isEqualTo("AUTHORISED");
      assertThat(SetShopper.gateway(xidOne).state()).isEqualTo("AUTHORISED");

      JsonObject other =
          MerchantApi.post(
                  "/merchants/nordlicht-books/orders",
                  MerchantApi.NORDLICHT_TOKEN,
                  "settle-" + System.nanoTime(),
                  MerchantApiIT.terms(
                      "NB-FIC-004", 1, new BigDecimal("16.90"), "EUR", agent.url(), "x"))
              .json();

      assertThat(call("POST", "/backoffice/captures", "{\"orderIds\":[]}", null).statusCode())
          .as("no operator, no capture")
          .isEqualTo(401);
      HttpResponse<String> batch =
          call(
              "POST",
              "/backoffice/captures",
              "{\"orderIds\":[\""
                  + one.orderId()
                  + "\",\""
                  + two.orderId()
                  + "\",\""
                  + other.getString("orderId")
                  + "\"]}",
              "vera.parts");
      assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
      List<JsonObject> results = results(batch);
      assertThat(results).as(batch.body()).hasSize(3);
      assertThat(results.stream().map(r -> r.getString("orderId")))
          .as("one outcome per order, in the order asked")
          .containsExactly(one.orderId(), two.orderId(), other.getString("orderId"));
      assertThat(results.get(0).getString("result")).as(batch.body()).isEqualTo("CAPTURED");
      assertThat(results.get(1).getString("result")).as(batch.body()).isEqualTo("CAPTURED");
      assertThat(results.get(2).getString("result")).isEqualTo("SKIPPED");
      assertThat(results.get(2).getString("detail")).isEqualTo("No such order in this shop.");

      assertThat(order(one).getString("status")).isEqualTo("CAPTURED");
      assertThat(order(two).getString("status")).isEqualTo("CAPTURED");
      assertThat(SetShopper.gateway(xidOne))
          .isEqualTo(new SetShopper.GatewayRecord(1, "CAPTURED", 840, 840, 0));
      assertThat(SetShopper.gateway(xidTwo))
          .isEqualTo(new SetShopper.GatewayRecord(1, "CAPTURED", 590, 590, 0));
      Await.until(
          "the agent hears of both captures",
          () ->
              agent.deliveries().stream()
                      .map(d -> Json.createReader(new StringReader(d.body())).readObject())
                      .filter(e -> "CAPTURED".equals(e.getString("outcome")))
                      .count()
                  == 2);

      HttpResponse<String> again =
          call(
              "POST",
              "/backoffice/captures",
              "{\"orderIds\":[\"" + one.orderId() + "\"]}",
              "vera.parts");
      assertThat(results(again).get(0).getString("result")).isEqualTo("SKIPPED");
      assertThat(results(again).get(0).getString("detail")).isEqualTo("Already captured.");
      assertThat(SetShopper.gateway(xidOne).captured()).isEqualTo(840);

      String refunds = "/backoffice/orders/" + one.orderId() + "/refunds";
      assertThat(call("POST", refunds, "{\"amount\": 3.00}", "nils.books").statusCode())
          .as("another shop's operator")
          .isEqualTo(404);
      HttpResponse<String> part = call("POST", refunds, "{\"amount\": 3.00}", "vera.parts");
      assertThat(part.statusCode()).as(part.body()).isEqualTo(201);
      assertThat(json(part).getString("result")).isEqualTo("REFUNDED");
      assertThat(json(part).getJsonNumber("refundable").bigDecimalValue())
          .isEqualByComparingTo("5.40");
      assertThat(SetShopper.gateway(xidOne).refunded()).isEqualTo(300);

      HttpResponse<String> tooMuch = call("POST", refunds, "{\"amount\": 5.41}", "vera.parts");
      assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(422);
      assertThat(json(tooMuch).getString("detail"))
          .isEqualTo(
              "A refund cannot exceed what is left of the capture: 5.40 EUR can still be"
                  + " refunded.");
      assertThat(call("POST", refunds, "{\"amount\": -1}", "vera.parts").statusCode())
          .isEqualTo(422);
      assertThat(call("POST", refunds, "{\"amount\": 1.001}", "vera.parts").statusCode())
          .isEqualTo(422);
      assertThat(call("POST", refunds, "not json", "vera.parts").statusCode()).isEqualTo(400);
      assertThat(SetShopper.gateway(xidOne).refunded())
          .as("refused refunds change nothing at the gateway")
          .isEqualTo(300);

      HttpResponse<String> rest = call("POST", refunds, "{\"amount\": 5.40}", "vera.parts");
      assertThat(rest.statusCode()).as(rest.body()).isEqualTo(201);
      assertThat(SetShopper.gateway(xidOne))
          .isEqualTo(new SetShopper.GatewayRecord(1, "REFUNDED", 840, 840, 840));
      JsonObject view =
          json(call("GET", "/backoffice/orders/" + one.orderId(), null, "vera.parts"));
      assertThat(view.getString("status")).isEqualTo("REFUNDED");
      assertThat(view.getJsonNumber("refundable").bigDecimalValue()).isEqualByComparingTo("0");
      assertThat(view.getJsonArray("refunds")).hasSize(2);
      assertThat(call("POST", refunds, "{\"amount\": 0.01}", "vera.parts").statusCode())
          .isEqualTo(422);
      assertThat(SetShopper.gateway(xidTwo).refunded()).isZero();
    }
    MerchantSetPurchaseIT.assertNoCardNumberInTheMerchantSchemaOrLog(CARD);
  }

  private static JsonObject order(SetShopper.Paid paid) throws Exception {
    return SetShopper.order(SHOP, MerchantApi.VOLTAIC_TOKEN, paid.orderId());
  }

  private static List<JsonObject> results(HttpResponse<String> r) {
    return json(r).getJsonArray("results").getValuesAs(JsonObject.class);
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static HttpResponse<String> call(String method, String path, String body, String user)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(API + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (user != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (user + ":" + MerchantOperators.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
