package org.agentset.wallet.http;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.agentset.wallet.app.InvalidInputException;
import org.agentset.wallet.store.WalletException;

/** Turns the wallet's exceptions into RFC 9457 problems, and problems into JSON. */
public final class Problems {

  private Problems() {}

  /** The problem for a store failure. */
  public static HttpProblem of(WalletException e) {
    return switch (e.reason()) {
      case LOCKED -> new HttpProblem(423, "wallet-locked", "Wallet locked", e.getMessage());
      case WRONG_PASSWORD ->
          new HttpProblem(403, "wrong-password", "Wrong password", e.getMessage());
      case NO_WALLET -> new HttpProblem(409, "no-wallet", "No wallet yet", e.getMessage());
      case EXISTS -> new HttpProblem(409, "wallet-exists", "Wallet exists", e.getMessage());
      case DAMAGED ->
          new HttpProblem(
              500,
              "wallet-damaged",
              "Wallet file damaged",
              e.getMessage()
                  + ". The wallet has not changed the file: restore wallet.dat from a backup.");
      case UNSUPPORTED ->
          new HttpProblem(
              500,
              "wallet-unsupported",
              "Wallet file too new",
              e.getMessage() + ". Use the newer wallet that wrote it.");
      case IN_USE, IO_ERROR ->
          new HttpProblem(500, "wallet-io", "Wallet file unavailable", e.getMessage());
    };
  }

  /** The problem for refused input: 400, each field with what is wrong. */
  public static HttpProblem of(InvalidInputException e) {
    return new HttpProblem(
        400, "invalid-input", "The input is not valid", e.getMessage(), e.errors());
  }

  /**
   * The problem as {@code application/problem+json}. No {@code instance} member: the only
   * candidate, the request path, may be whatever a client typed, card numbers included.
   */
  static Response json(HttpProblem p) {
    JsonObjectBuilder b =
        Json.object()
            .add("type", p.type())
            .add("title", p.title())
            .add("status", p.status())
            .add("detail", p.detail());
    if (!p.errors().isEmpty()) {
      JsonArrayBuilder errors = Json.array();
      p.errors()
          .forEach(
              f -> errors.add(Json.object().add("field", f.field()).add("detail", f.message())));
      b.add("errors", errors);
    }
    return Response.of(
        p.status(),
        "application/problem+json",
        b.build().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
