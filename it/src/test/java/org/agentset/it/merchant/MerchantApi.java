package org.agentset.it.merchant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A merchant agent's HTTP client of {@code /merchant/api}, as the ANS will use it. */
final class MerchantApi {

  /** Demo tokens seeded by the merchant schema's migration (documented demo values). */
  static final String NORDLICHT_TOKEN = "nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5";

  static final String VOLTAIC_TOKEN = "vp-agent-2a6e8c0f4b1d4e97a3c5e7f9b0d2a4c6";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** An answer: status, headers, body text and its JSON. */
  record Answer(HttpResponse<String> response) {
    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    JsonObject json() {
      return Json.createReader(new StringReader(response.body())).readObject();
    }

    JsonStructure any() {
      return Json.createReader(new StringReader(response.body())).read();
    }
  }

  private MerchantApi() {}

  static String url(String path) {
    return System.getProperty("agentset.it.http") + "/merchant/api" + path;
  }

  static Answer get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return new Answer(CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString()));
  }

  static Answer post(String path, String token, String idempotencyKey, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return new Answer(CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString()));
  }
}
