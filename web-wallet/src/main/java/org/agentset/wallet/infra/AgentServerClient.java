package org.agentset.wallet.infra;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.agentset.wallet.http.Json;

/**
 * The agent server's customer API as the wallet uses it (contract: the ANS helper's {@code
 * ans-api.md}): reserve an agent key, create the agent from the signed mandate and the wallet's
 * authorisation of the agent's key, revoke. Every POST carries an {@code Idempotency-Key}; a
 * refusal's RFC 9457 {@code detail} becomes the exception's message.
 */
public final class AgentServerClient {

  /** A reserved agent id with the agent's PKCS#10 request. */
  public record Reservation(String agentId, byte[] certificationRequest) {}

  /** The agent as created: its certificate chain (PEM, leaf first) and state. */
  public record Created(String agentId, String certificateChainPem, String state) {}

  private final HttpClient http;
  private final URI base;

  public AgentServerClient(URI ansUrl) {
    this.base = URI.create(ansUrl.toString().replaceAll("/+$", "") + "/");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** {@code POST /ans/api/agents/keys}. */
  public Reservation reserve() throws PeerException {
    JsonObject answer =
        post("api/agents/keys", Json.object().build(), UUID.randomUUID().toString());
    return new Reservation(
        string(answer, "agentId"),
        Base64.getDecoder().decode(string(answer, "certificationRequest")));
  }

  /** {@code POST /ans/api/agents} with the signed mandate and agent certificate request. */
  public Created create(
      String agentId, byte[] signedMandate, byte[] agentCertificateRequest, String idempotencyKey)
      throws PeerException {
    JsonObject body =
        Json.object()
            .add("agentId", agentId)
            .add("mandate", Base64.getEncoder().encodeToString(signedMandate))
            .add(
                "agentCertificateRequest",
                Base64.getEncoder().encodeToString(agentCertificateRequest))
            .build();
    JsonObject answer = post("api/agents", body, idempotencyKey);
    JsonValue chain = answer.get("certificateChain");
    return new Created(
        string(answer, "agentId"),
        chain instanceof JsonString s ? s.getString() : null,
        answer.containsKey("state") ? answer.getString("state", "") : "");
  }

  /** {@code POST /ans/api/agents/{id}/revoke}. A 409 (already finished) counts as done. */
  public void revoke(String agentId, String reason) throws PeerException {
    try {
      post(
          "api/agents/" + agentId + "/revoke",
          Json.object().add("reason", reason).build(),
          "revoke-" + agentId);
    } catch (PeerException e) {
      if (e.status() != 409) {
        throw e;
      }
    }
  }

  /** The base URL, for messages. */
  public URI base() {
    return base;
  }

  JsonObject post(String path, JsonObject body, String idempotencyKey) throws PeerException {
    URI uri = base.resolve(path);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new PeerException(
          0,
          "The agent server at "
              + base
              + " could not be reached ("
              + e.getClass().getSimpleName()
              + "). Is it running?",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerException(0, "Interrupted while waiting for the agent server.", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new PeerException(
          response.statusCode(),
          "The agent server refused (HTTP "
              + response.statusCode()
              + "): "
              + detail(response.body()));
    }
    try {
      return Json.read(response.body());
    } catch (IllegalArgumentException e) {
      throw new PeerException(
          response.statusCode(), "The agent server's answer is not the expected JSON.");
    }
  }

  static String detail(byte[] body) {
    try {
      JsonObject problem = Json.read(body);
      String detail = problem.getString("detail", null);
      String title = problem.getString("title", null);
      return Objects.requireNonNullElse(
          detail, Objects.requireNonNullElse(title, "no reason given"));
    } catch (RuntimeException e) {
      return "no reason given";
    }
  }

  private static String string(JsonObject o, String name) throws PeerException {
    JsonValue v = o.get(name);
    if (!(v instanceof JsonString s) || s.getString().isBlank()) {
      throw new PeerException(200, "The agent server's answer lacks \"" + name + "\".");
    }
    return s.getString();
  }
}
