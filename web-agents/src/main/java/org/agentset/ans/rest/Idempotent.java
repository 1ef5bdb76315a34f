package org.agentset.ans.rest;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.agentset.ans.customer.IdempotencyStore;
import org.agentset.ans.trust.AgentProblem;
import org.agentset.db.ans.IdempotentAnswer;

/**
 * Runs a state-changing call under its {@code Idempotency-Key}: a repeat with the same body gets
 * the first answer (header {@code Idempotent-Replayed: true}); a different body with the same key
 * is a problem; a missing or malformed key is a problem before anything happens.
 */
final class Idempotent {

  /** What a successful call answers: status, JSON body, optional Location. */
  record Answer(int status, String json, URI location) {}

  private Idempotent() {}

  static Response run(
      IdempotencyStore store, String scope, String key, String body, Supplier<Answer> call) {
    if (key == null || !key.matches("[A-Za-z0-9._:-]{1,64}")) {
      throw new AgentProblem(
          "idempotency-key",
          400,
          "Send an Idempotency-Key header of 1 to 64 letters, digits or . _ : - with every"
              + " state-changing call.");
    }
    String hash = sha256(body == null ? "" : body);
    Optional<IdempotentAnswer> earlier = store.replay(scope, key, hash);
    if (earlier.isPresent()) {
      IdempotentAnswer a = earlier.get();
      Response.ResponseBuilder r =
          Response.status(a.getStatus())
              .type(a.getMediaType())
              .entity(a.getBody())
              .header("Idempotent-Replayed", "true");
      if (a.getLocation() != null) {
        r.location(URI.create(a.getLocation()));
      }
      return r.build();
    }
    Answer answer = call.get();
    store.store(
        scope,
        key,
        hash,
        answer.status(),
        "application/json",
        answer.json(),
        answer.location() == null ? null : answer.location().toString());
    Response.ResponseBuilder r =
        Response.status(answer.status()).type("application/json").entity(answer.json());
    if (answer.location() != null) {
      r.location(answer.location());
    }
    return r.build();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
