package org.agentset.it.e2e;

import static org.agentset.it.wallet.WalletUnderTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agentset.it.Await;
import org.agentset.it.wallet.WalletUnderTest;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.SealedToken;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.SealedTokens;
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.model.ItemKey;
import org.agentset.wallet.store.KdfParameters;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletStore;
import org.bouncycastle.cms.CMSSignedData;

/**
 * A delegated purchase as a customer makes it, step by step, against the deployed suite and a real
 * wallet process: write the mandate in the wallet, let the agent server's agent negotiate and
 * order, approve in the wallet when the mandate asks for it, and follow the agent until it ends.
 * Every step goes through the wallet's API or the agent server's public API, so a load driver can
 * run the same purchases.
 */
public final class DelegatedPurchases {

  /** The agent states in which an agent has ended. */
  public static final Set<String> ENDED =
      Set.of("PAID", "DECLINED", "EXPIRED", "REVOKED", "FAILED");

  private DelegatedPurchases() {}

  /**
   * What the customer writes in the wallet's mandate form (amounts in euros, e.g. {@code "14.50"};
   * merchants comma-separated, empty for any).
   */
  public record Shopping(
      String query,
      String category,
      int quantity,
      String maxUnitPrice,
      String budget,
      String merchants,
      Instant deadline,
      String mode) {

    /** {@code quantity} of anything in {@code category}, autonomous, deadline in two hours. */
    public static Shopping ofCategory(String category, int quantity, String maxUnitPrice) {
      return new Shopping(
          "",
          category,
          quantity,
          maxUnitPrice,
          new java.math.BigDecimal(maxUnitPrice)
              .multiply(java.math.BigDecimal.valueOf(quantity))
              .toPlainString(),
          "",
          Instant.now().plus(Duration.ofHours(2)),
          "autonomous");
    }

    /** As {@link #ofCategory}, for what matches {@code query} (every word must match). */
    public static Shopping ofQuery(String query, int quantity, String maxUnitPrice) {
      Shopping o = ofCategory("x", quantity, maxUnitPrice);
      return new Shopping(query, "", quantity, maxUnitPrice, o.budget, "", o.deadline, o.mode);
    }

    public Shopping merchants(String codes) {
      return new Shopping(query, category, quantity, maxUnitPrice, budget, codes, deadline, mode);
    }

    public Shopping mode(String m) {
      return new Shopping(query, category, quantity, maxUnitPrice, budget, merchants, deadline, m);
    }

    public Shopping deadline(Instant d) {
      return new Shopping(query, category, quantity, maxUnitPrice, budget, merchants, d, mode);
    }

    String json() {
      return jakarta.json.Json.createObjectBuilder()
          .add("query", query)
          .add("category", category)
          .add("quantity", quantity)
          .add("maxUnitPrice", maxUnitPrice)
          .add("budget", budget)
          .add("merchants", merchants)
          .add("deadline", deadline.toString())
          .add("mode", mode)
          .build()
          .toString();
    }
  }

  /** Adds a card to the wallet and enrols it with the CA (SET cardholder registration). */
  public static String enrolCard(
      WalletUnderTest wallet, String number, String expiry, String holder) throws Exception {
    HttpResponse<String> card =
        wallet.call(
            "POST",
            "/api/cards",
            jakarta.json.Json.createObjectBuilder()
                .add("number", number)
                .add("expiry", expiry)
                .add("holderName", holder)
                .build()
                .toString());
    assertThat(card.statusCode()).as(card.body()).isEqualTo(201);
    String id = json(card).getString("id");
    HttpResponse<String> enrol = wallet.call("POST", "/api/cards/" + id + "/enrol", null);
    assertThat(enrol.statusCode()).as(enrol.body()).isEqualTo(200);
    return id;
  }

  /** Delegates {@code order} through the wallet's API; returns the agent's id. */
  public static String delegate(WalletUnderTest wallet, Shopping order) throws Exception {
    HttpResponse<String> created = wallet.call("POST", "/api/agents", order.json());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject agent = json(created);
    assertThat(agent.getBoolean("certified")).as(created.body()).isTrue();
    return agent.getString("agentId");
  }

  /** The customer revokes the agent in the wallet (K destroyed there, the agent server told). */
  public static JsonObject revoke(WalletUnderTest wallet, String agentId) throws Exception {
    HttpResponse<String> r = wallet.call("POST", "/api/agents/" + agentId + "/revoke", "{}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json(r);
  }

  /** The agent as the agent server's API shows it. */
  public static JsonObject agent(WalletUnderTest wallet, String agentId) throws Exception {
    HttpResponse<String> r = wallet.suite("/ans/api/agents/" + agentId, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json(r);
  }

  /**
   * Waits until the agent has ended and returns it; fails if it ended in another state than {@code
   * expected}, or has not ended {@code within}.
   */
  public static JsonObject ended(
      WalletUnderTest wallet, String agentId, String expected, Duration within) throws Exception {
    JsonObject agent =
        Await.value(
            "agent " + agentId + " ends " + expected,
            within,
            () -> {
              JsonObject a = agent(wallet, agentId);
              return ENDED.contains(a.getString("state")) ? Optional.of(a) : Optional.empty();
            });
    assertThat(agent.getString("state")).as(agent.toString()).isEqualTo(expected);
    return agent;
  }

  /**
   * Confirm mode: waits until the wallet asks the customer about the agent's payment, and approves
   * it with the wallet password; returns the wallet's answer.
   */
  public static JsonObject approveInWallet(WalletUnderTest wallet, String agentId, Duration within)
      throws Exception {
    JsonObject approval =
        Await.value(
            "the wallet asks the customer to confirm agent " + agentId + "'s payment",
            within,
            () ->
                json(wallet.call("GET", "/api/approvals", null))
                    .getJsonArray("approvals")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(a -> a.getString("agentId").equals(agentId))
                    .findFirst());
    HttpResponse<String> approved =
        wallet.call(
            "POST",
            "/api/approvals/" + approval.getString("paymentId") + "/approve",
            "{\"password\":\"" + WalletUnderTest.PASSWORD + "\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    return json(approved);
  }

  /** The wallet's purchases made for {@code agentId}, oldest first. */
  public static List<JsonObject> walletPurchases(WalletUnderTest wallet, String agentId)
      throws Exception {
    return json(wallet.call("GET", "/api/purchases", null))
        .getJsonArray("purchases")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> agentId.equals(p.getString("agentId", null)))
        .toList();
  }

  /** An agent's item key K, its sealed token (DER) and the token's plaintext code. */
  public record ItemSecret(byte[] k, byte[] sealedToken, byte[] authorisationCode) {}

  /**
   * K, the sealed token and its open authorisation code of the agent's first item, from a copy of
   * the wallet file opened with the wallet's own store and password (take it right after
   * delegation: the wallet destroys K once the item is paid or the agent revoked).
   */
  public static ItemSecret itemSecret(WalletUnderTest wallet, String agentId) throws Exception {
    Path copy = Files.createTempDirectory("wallet-copy");
    Files.copy(wallet.home().resolve("wallet.dat"), copy.resolve("wallet.dat"));
    try (WalletStore store =
        WalletStore.open(
            copy,
            KdfParameters.DEFAULT,
            Duration.ofMinutes(5),
            Clock.systemUTC(),
            new SecureRandom())) {
      Ticket ticket = store.unlock(WalletUnderTest.PASSWORD.toCharArray());
      AgentRecord agent =
          store.contents(ticket).agents().stream()
              .filter(a -> a.agentId().equals(agentId))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the wallet has no agent " + agentId));
      ItemKey item = agent.items().get(0);
      byte[] k = item.key().orElseThrow().toByteArray();
      byte[] sealed = item.sealedToken().toByteArray();
      Mandate mandate =
          Mandate.getInstance(
              (byte[])
                  new CMSSignedData(agent.signedMandate().toByteArray())
                      .getSignedContent()
                      .getContent());
      TokenPlaintext plain =
          SealedTokens.open(
              k, Mandates.termsHash(mandate.getTerms()), SealedToken.getInstance(sealed));
      return new ItemSecret(k, sealed, plain.getAuthorisationCode());
    } finally {
      try (var files = Files.walk(copy)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
