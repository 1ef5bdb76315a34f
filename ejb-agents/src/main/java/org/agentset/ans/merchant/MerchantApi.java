package org.agentset.ans.merchant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.agentset.ans.negotiation.Listing;
import org.agentset.ans.negotiation.Offer;

/**
 * The merchant server's agent API as a merchant agent calls it, over HTTP with the merchant's
 * bearer token: the catalogue feed and "create order from agreed terms". Failures are {@link
 * MerchantApiException}s whose message says what the merchant server answered (never the token).
 */
public final class MerchantApi {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** What the merchant server answered to create-order. */
  public record CreatedOrder(
      String orderId,
      String lidM,
      long amountMinor,
      String currency,
      String orderDescription,
      String setEndpoint,
      String setInitiation,
      String expiresAt) {}

  private final URI base;
  private final String merchant;
  private final String token;

  public MerchantApi(URI merchantUrl, String merchant, String token) {
    this.base = Objects.requireNonNull(merchantUrl);
    this.merchant = Objects.requireNonNull(merchant);
    this.token = token;
  }

  /** Listings matching the query and category (either may be empty). */
  public List<Listing> catalogue(String query, String category) {
    StringBuilder url = new StringBuilder(base + "/api/merchants/" + merchant + "/catalogue");
    String sep = "?";
    if (!query.isBlank()) {
      url.append(sep).append("query=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
      sep = "&";
    }
    if (!category.isBlank()) {
      url.append(sep)
          .append("category=")
          .append(URLEncoder.encode(category, StandardCharsets.UTF_8));
    }
    HttpResponse<String> r = send(authorised(URI.create(url.toString())).GET().build());
    if (r.statusCode() != 200) {
      throw new MerchantApiException(
          merchant + "'s catalogue answered HTTP " + r.statusCode() + detail(r));
    }
    return Catalogues.listings(merchant, json(r.body()));
  }

  /** Creates the order for agreed terms; {@code idempotencyKey} makes a retry safe. */
  public CreatedOrder createOrder(
      Offer agreed, String callbackUrl, String agreementRef, String idempotencyKey) {
    String body =
        Json.createObjectBuilder()
            .add("sku", agreed.sku())
            .add("quantity", agreed.quantity())
            .add("unitPrice", BigDecimal.valueOf(agreed.unitPriceMinor(), 2))
            .add("currency", agreed.currency())
            .add("callbackUrl", callbackUrl)
            .add("agreementRef", agreementRef)
            .build()
            .toString();
    HttpResponse<String> r =
        send(
            authorised(URI.create(base + "/api/merchants/" + merchant + "/orders"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (r.statusCode() != 201 && r.statusCode() != 200) {
      throw new MerchantApiException(
          merchant + " refused the order: HTTP " + r.statusCode() + detail(r));
    }
    return created(json(r.body()));
  }

  /** The order as the merchant server has it now (its SET initiation may have become ready). */
  public CreatedOrder order(String orderId) {
    HttpResponse<String> r =
        send(
            authorised(URI.create(base + "/api/merchants/" + merchant + "/orders/" + orderId))
                .GET()
                .build());
    if (r.statusCode() != 200) {
      throw new MerchantApiException(
          merchant + "'s order " + orderId + " answered HTTP " + r.statusCode() + detail(r));
    }
    return created(json(r.body()));
  }

  private static CreatedOrder created(JsonObject o) {
    return new CreatedOrder(
        o.getString("orderId"),
        o.getString("lidM"),
        Catalogues.minor(o.getJsonNumber("amount")),
        o.getString("currency"),
        o.getString("orderDescription", ""),
        o.getString("setEndpoint", ""),
        o.containsKey("setInitiation") && !o.isNull("setInitiation")
            ? o.getString("setInitiation")
            : null,
        o.getString("expiresAt", ""));
  }

  private HttpRequest.Builder authorised(URI uri) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new MerchantApiException(
          merchant + "'s server cannot be reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MerchantApiException("interrupted while calling " + merchant);
    }
  }

  private static JsonObject json(String body) {
    try (JsonReader r = Json.createReader(new StringReader(body))) {
      return r.readObject();
    } catch (RuntimeException e) {
      throw new MerchantApiException(
          "the merchant server answered something that is not a JSON object");
    }
  }

  private static String detail(HttpResponse<String> r) {
    String ct = r.headers().firstValue("Content-Type").orElse("");
    if (ct.contains("json")) {
      try {
        JsonObject p = json(r.body());
        return ": " + p.getString("detail", p.getString("title", ""));
      } catch (RuntimeException e) {
        return "";
      }
    }
    return "";
  }
}
