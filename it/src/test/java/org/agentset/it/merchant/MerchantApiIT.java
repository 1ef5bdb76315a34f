package org.agentset.it.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.agentset.it.SuiteArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The merchant-agent API over HTTP, as a merchant agent calls it: bearer tokens per merchant, the
 * catalogue feed with negotiation parameters, orders from agreed terms under an Idempotency-Key,
 * refusals that change nothing, and completion events delivered at least once with retry.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MerchantApiIT {

  private static final String NB = "/merchants/nordlicht-books";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void theMerchantListIsPublicAndNamesTheSetEndpoint() throws Exception {
    MerchantApi.Answer a = MerchantApi.get("/merchants", null);
    assertThat(a.status()).isEqualTo(200);
    JsonArray list = a.any().asJsonArray();
    assertThat(list).hasSize(3);
    assertThat(list.getJsonObject(1).getString("code")).isEqualTo("nordlicht-books");
    assertThat(list.getJsonObject(1).getString("setEndpoint"))
        .isEqualTo(System.getProperty("agentset.it.http") + "/merchant/set");
  }

  @Test
  void theApiIsDescribedInTheServersOpenApiDocument() throws Exception {
    var r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(System.getProperty("agentset.it.http") + "/openapi"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("/merchant/api/merchants/{code}/orders")
        .contains("/merchant/api/merchants/{code}/catalogue");
  }

  @Test
  void theCatalogueNeedsThatMerchantsToken() throws Exception {
    MerchantApi.Answer none = MerchantApi.get(NB + "/catalogue", null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(none.header("Content-Type")).startsWith("application/problem+json");
    assertThat(MerchantApi.get(NB + "/catalogue", "not-a-token").status()).isEqualTo(401);
    MerchantApi.Answer other = MerchantApi.get(NB + "/catalogue", MerchantApi.VOLTAIC_TOKEN);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().getString("detail")).contains("another merchant");
    assertThat(
            MerchantApi.get("/merchants/no-such-shop/catalogue", MerchantApi.NORDLICHT_TOKEN)
                .status())
        .isEqualTo(404);
  }

  @Test
  void theFeedCarriesNegotiationParametersAndFilters() throws Exception {
    MerchantApi.Answer all = MerchantApi.get(NB + "/catalogue", MerchantApi.NORDLICHT_TOKEN);
    assertThat(all.status()).isEqualTo(200);
    JsonObject feed = all.json();
    assertThat(feed.getString("currency")).isEqualTo("EUR");
    assertThat(feed.getJsonArray("categories")).hasSize(5);
    JsonArray items = feed.getJsonArray("items");
    assertThat(items.size()).isGreaterThanOrEqualTo(20);
    for (JsonObject item : items.getValuesAs(JsonObject.class)) {
      BigDecimal list = item.getJsonNumber("listPrice").bigDecimalValue();
      BigDecimal floor = item.getJsonNumber("floorPrice").bigDecimalValue();
      assertThat(floor).isPositive().isLessThan(list);
      assertThat(item.getJsonArray("quantityDiscounts")).isNotEmpty();
      assertThat(item.getInt("deliveryDays")).isBetween(0, 90);
      assertThat(item.getString("imageUrl")).endsWith(".svg");
    }
    JsonArray maps =
        MerchantApi.get(NB + "/catalogue?category=maps", MerchantApi.NORDLICHT_TOKEN)
            .json()
            .getJsonArray("items");
    assertThat(maps.getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.getString("category")).isEqualTo("maps"));
    JsonArray found =
        MerchantApi.get(NB + "/catalogue?query=puffin%20north", MerchantApi.NORDLICHT_TOKEN)
            .json()
            .getJsonArray("items");
    assertThat(found.getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("name"))
        .containsExactly("Pip the Puffin Goes North");
    assertThat(MerchantApi.get(NB + "/catalogue/NB-NOPE-1", MerchantApi.NORDLICHT_TOKEN).status())
        .isEqualTo(404);
  }

  @Test
  void anOrderFromAgreedTermsIsCreatedOnceAndReservesStock() throws Exception {
    JsonObject before = item("NB-MAP-002");
    BigDecimal unit = before.getJsonNumber("floorPrice").bigDecimalValue();
    String body =
        terms("NB-MAP-002", 2, unit, "EUR", "http://127.0.0.1:9/none", "neg-" + UUID.randomUUID());
    String key = "order-" + UUID.randomUUID();
    MerchantApi.Answer first =
        MerchantApi.post(NB + "/orders", MerchantApi.NORDLICHT_TOKEN, key, body);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    JsonObject order = first.json();
    assertThat(order.getString("lidM")).matches("NB-[0-9A-Z]{10}");
    assertThat(order.getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo(unit.multiply(BigDecimal.valueOf(2)));
    assertThat(order.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(order.getString("orderDescription")).contains(order.getString("lidM"), "NB-MAP-002");
    assertThat(order.getString("setEndpoint")).endsWith("/merchant/set");
    assertThat(first.header("Location")).endsWith("/orders/" + order.getString("orderId"));
    assertThat(item("NB-MAP-002").getInt("stock")).isEqualTo(before.getInt("stock") - 2);

    MerchantApi.Answer again =
        MerchantApi.post(NB + "/orders", MerchantApi.NORDLICHT_TOKEN, key, body);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(item("NB-MAP-002").getInt("stock")).isEqualTo(before.getInt("stock") - 2);

    String other = body.replace("\"quantity\":2", "\"quantity\":3");
    MerchantApi.Answer reused =
        MerchantApi.post(NB + "/orders", MerchantApi.NORDLICHT_TOKEN, key, other);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.json().getString("type")).endsWith("/idempotency-key-reused");
    assertThat(item("NB-MAP-002").getInt("stock")).isEqualTo(before.getInt("stock") - 2);

    MerchantApi.Answer read =
        MerchantApi.get(NB + "/orders/" + order.getString("orderId"), MerchantApi.NORDLICHT_TOKEN);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("lidM")).isEqualTo(order.getString("lidM"));
    assertThat(
            MerchantApi.get(
                    "/merchants/voltaic-parts/orders/" + order.getString("orderId"),
                    MerchantApi.VOLTAIC_TOKEN)
                .status())
        .isEqualTo(404);
  }

  @Test
  void badTermsAreRefusedAndChangeNothing() throws Exception {
    JsonObject item = item("NB-FIC-002");
    BigDecimal floor = item.getJsonNumber("floorPrice").bigDecimalValue();
    BigDecimal list = item.getJsonNumber("listPrice").bigDecimalValue();
    int stock = item.getInt("stock");
    String cb = "http://127.0.0.1:9/none";

    assertProblem(post(null, terms("NB-FIC-002", 1, list, "EUR", cb, "x")), 400, "idempotency-key");
    assertProblem(post(key(), "{not json"), 400, "malformed-json");
    MerchantApi.Answer invalid =
        post(key(), "{\"sku\":\"nb fic\",\"quantity\":0,\"currency\":\"EUR\"}");
    assertProblem(invalid, 400, "invalid-terms");
    assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("sku", "quantity", "unitPrice", "callbackUrl", "agreementRef");
    assertProblem(post(key(), terms("NB-NOPE-001", 1, list, "EUR", cb, "x")), 404, "unknown-sku");
    assertProblem(
        post(key(), terms("NB-FIC-002", 1, floor.subtract(new BigDecimal("0.01")), "EUR", cb, "x")),
        422,
        "below-floor");
    assertProblem(
        post(key(), terms("NB-FIC-002", 1, list.add(new BigDecimal("0.01")), "EUR", cb, "x")),
        422,
        "above-list");
    assertProblem(post(key(), terms("NB-FIC-002", 1, list, "USD", cb, "x")), 422, "currency");
    assertProblem(
        post(key(), terms("NB-FIC-002", stock + 1, list, "EUR", cb, "x")), 409, "out-of-stock");
    assertThat(item("NB-FIC-002").getInt("stock")).isEqualTo(stock);
  }

  @Test
  void anUnpaidOrderExpiresAndItsAgentHearsOfItAtLeastOnce() throws Exception {
    int stock = item("NB-KID-004").getInt("stock");
    try (CallbackReceiver agent = new CallbackReceiver(1)) {
      JsonObject item = item("NB-KID-004");
      MerchantApi.Answer created =
          post(
              key(),
              terms(
                  "NB-KID-004",
                  3,
                  item.getJsonNumber("listPrice").bigDecimalValue(),
                  "EUR",
                  agent.url(),
                  "neg-expiry"));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String orderId = created.json().getString("orderId");
      assertThat(item("NB-KID-004").getInt("stock")).isEqualTo(stock - 3);
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (agent.deliveries().size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(250);
      }
      assertThat(agent.deliveries()).as("the refused delivery and its retry").hasSize(2);
      CallbackReceiver.Delivery first = agent.deliveries().get(0);
      CallbackReceiver.Delivery retry = agent.deliveries().get(1);
      assertThat(retry.eventId()).isEqualTo(first.eventId());
      assertThat(retry.merchant()).isEqualTo("nordlicht-books");
      JsonObject event = Json.createReader(new StringReader(retry.body())).readObject();
      assertThat(event.getString("eventId")).isEqualTo(first.eventId());
      assertThat(event.getString("orderId")).isEqualTo(orderId);
      assertThat(event.getString("outcome")).isEqualTo("FAILED");
      assertThat(event.getString("reason")).startsWith("expired");
      assertThat(event.getString("agreementRef")).isEqualTo("neg-expiry");
      assertThat(item("NB-KID-004").getInt("stock")).isEqualTo(stock);
      assertThat(
              MerchantApi.get(NB + "/orders/" + orderId, MerchantApi.NORDLICHT_TOKEN)
                  .json()
                  .getString("status"))
          .isEqualTo("EXPIRED");
      Thread.sleep(3000);
      assertThat(agent.deliveries()).as("delivered: no third attempt").hasSize(2);
    }
  }

  private static JsonObject item(String sku) throws Exception {
    MerchantApi.Answer a = MerchantApi.get(NB + "/catalogue/" + sku, MerchantApi.NORDLICHT_TOKEN);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  private static MerchantApi.Answer post(String key, String body) throws Exception {
    return MerchantApi.post(NB + "/orders", MerchantApi.NORDLICHT_TOKEN, key, body);
  }

  private static String key() {
    return "k-" + UUID.randomUUID();
  }

  private static void assertProblem(MerchantApi.Answer a, int status, String type) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.header("Content-Type")).startsWith("application/problem+json");
    assertThat(a.json().getString("type")).endsWith("/" + type);
    assertThat(a.json().getInt("status")).isEqualTo(status);
  }

  static String terms(
      String sku,
      int quantity,
      BigDecimal unitPrice,
      String currency,
      String callback,
      String ref) {
    return Json.createObjectBuilder()
        .add("sku", sku)
        .add("quantity", quantity)
        .add("unitPrice", unitPrice)
        .add("currency", currency)
        .add("callbackUrl", callback)
        .add("agreementRef", ref)
        .build()
        .toString();
  }
}
