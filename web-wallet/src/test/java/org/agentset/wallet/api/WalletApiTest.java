package org.agentset.wallet.api;

import static org.agentset.wallet.http.HttpProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.agentset.wallet.TestWallet;
import org.agentset.wallet.WalletClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wallet's lifecycle through the JSON API of the real server: create, lock, unlock, password.
 */
class WalletApiTest {

  private static final String RIGHT = "{\"password\":\"" + TestWallet.PASSWORD + "\"}";

  @TempDir Path home;
  private TestWallet wallet;
  private WalletClient client;

  @BeforeEach
  void start() throws Exception {
    wallet = new TestWallet(home);
    client = wallet.client();
  }

  @AfterEach
  void stop() {
    wallet.close();
  }

  @Test
  void aNewWalletIsCreatedOnceWithAGoodPasswordAndIsUnlockedForItsCreator() throws Exception {
    assertThat(client.session().getString("wallet")).isEqualTo("absent");
    assertProblem(client.api("GET", "/api/cards", null), 423, "wallet-locked");
    HttpResponse<String> weak =
        client.api("POST", "/api/wallet", "{\"password\":\"short\",\"confirmation\":\"short\"}");
    assertProblem(weak, 400, "invalid-input");
    assertThat(WalletClient.json(weak).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("password");
    HttpResponse<String> differ =
        client.api(
            "POST",
            "/api/wallet",
            "{\"password\":\"long enough 1\",\"confirmation\":\"long enough 2\"}");
    assertThat(WalletClient.json(differ).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("confirmation");

    assertThat(client.createWallet().statusCode()).isEqualTo(201);
    assertThat(client.session().getString("wallet")).isEqualTo("unlocked");
    assertProblem(client.createWallet(), 409, "wallet-exists");
    assertThat(client.api("GET", "/api/cards", null).body()).isEqualTo("{\"cards\":[]}");
  }

  @Test
  void lockingLocksTheWalletForEverySessionAndTheRightPasswordUnlocksIt() throws Exception {
    client.createWallet();
    WalletClient other = wallet.client();
    other.session();
    assertThat(other.api("POST", "/api/unlock", RIGHT).statusCode()).isEqualTo(200);

    assertThat(client.api("POST", "/api/lock", null).statusCode()).isEqualTo(200);
    assertProblem(client.api("GET", "/api/cards", null), 423, "wallet-locked");
    assertProblem(other.api("GET", "/api/cards", null), 423, "wallet-locked");
    assertThat(other.session().getString("wallet")).isEqualTo("locked");

    assertThat(client.api("POST", "/api/unlock", RIGHT).statusCode()).isEqualTo(200);
    assertThat(client.api("GET", "/api/cards", null).statusCode()).isEqualTo(200);
    // another session's unlock does not unlock this one
    assertProblem(other.api("GET", "/api/cards", null), 423, "wallet-locked");
  }

  @Test
  void aWrongPasswordGetsOneAndTheSameAnswer() throws Exception {
    client.createWallet();
    client.api("POST", "/api/lock", null);
    String first = null;
    for (String wrong :
        new String[] {"x", "correct horse batter", "correct horse battery!", "Ω".repeat(300)}) {
      HttpResponse<String> r =
          client.api("POST", "/api/unlock", "{\"password\":\"" + wrong + "\"}");
      assertProblem(r, 403, "wrong-password");
      first = first == null ? r.body() : first;
      assertThat(r.body()).isEqualTo(first);
    }
    assertProblem(client.api("POST", "/api/unlock", "{\"password\":\"\"}"), 400, "invalid-input");
    assertThat(client.session().getString("wallet")).isEqualTo("locked");
  }

  @Test
  void theWalletLocksItselfAfterTheIdleTimeoutAndTheSettingChangesIt() throws Exception {
    client.createWallet();
    JsonObject settings = WalletClient.json(client.api("GET", "/api/settings", null));
    assertThat(settings.getInt("idleMinutes")).isEqualTo(5);
    assertThat(settings.getBoolean("customised")).isFalse();

    assertProblem(client.api("PUT", "/api/settings", "{\"idleMinutes\":0}"), 400, "invalid-input");
    assertProblem(
        client.api("PUT", "/api/settings", "{\"idleMinutes\":241}"), 400, "invalid-input");
    assertProblem(
        client.api("PUT", "/api/settings", "{\"idleMinutes\":\"7\"}"), 400, "invalid-input");
    assertProblem(client.api("PUT", "/api/settings", "{}"), 400, "invalid-input");
    JsonObject two = WalletClient.json(client.api("PUT", "/api/settings", "{\"idleMinutes\":2}"));
    assertThat(two.getInt("idleMinutes")).isEqualTo(2);
    assertThat(two.getBoolean("customised")).isTrue();

    wallet.clock.advance(Duration.ofSeconds(119));
    assertThat(client.session().getString("wallet"))
        .as("asking is not use, but not idle yet")
        .isEqualTo("unlocked");
    assertThat(client.api("GET", "/api/cards", null).statusCode()).isEqualTo(200);
    wallet.clock.advance(Duration.ofMinutes(2));
    assertProblem(client.api("GET", "/api/cards", null), 423, "wallet-locked");
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndTheOldOneStopsWorking() throws Exception {
    client.createWallet();
    String next = "another fine password";
    assertProblem(
        client.api(
            "POST",
            "/api/password",
            "{\"current\":\"wrong one!\",\"next\":\""
                + next
                + "\",\"confirmation\":\""
                + next
                + "\"}"),
        403,
        "wrong-password");
    assertProblem(
        client.api(
            "POST",
            "/api/password",
            "{\"current\":\""
                + TestWallet.PASSWORD
                + "\",\"next\":\"short\",\"confirmation\":\"short\"}"),
        400,
        "invalid-input");
    HttpResponse<String> changed =
        client.api(
            "POST",
            "/api/password",
            "{\"current\":\""
                + TestWallet.PASSWORD
                + "\",\"next\":\""
                + next
                + "\",\"confirmation\":\""
                + next
                + "\"}");
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(client.api("GET", "/api/cards", null).statusCode())
        .as("still unlocked")
        .isEqualTo(200);

    client.api("POST", "/api/lock", null);
    assertProblem(client.api("POST", "/api/unlock", RIGHT), 403, "wrong-password");
    assertThat(client.api("POST", "/api/unlock", "{\"password\":\"" + next + "\"}").statusCode())
        .isEqualTo(200);
  }

  @Test
  void malformedBodiesAreRefusedSayingWhatIsWrong() throws Exception {
    client.createWallet();
    assertProblem(client.api("POST", "/api/cards", "{\"number\":"), 400, "malformed-json");
    assertProblem(client.api("POST", "/api/cards", "[1,2]"), 400, "malformed-json");
    HttpResponse<String> twice =
        client.api("POST", "/api/cards", "{\"holderName\":\"A\",\"holderName\":\"B\"}");
    assertProblem(twice, 400, "malformed-json");
    assertThat(WalletClient.json(twice).getString("detail")).contains("each member once");
    HttpResponse<String> unknown =
        client.api("POST", "/api/cards", "{\"pan\":\"4111111111111111\"}");
    assertProblem(unknown, 400, "invalid-input");
    assertThat(
            WalletClient.json(unknown).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("pan");
    assertThat(unknown.body()).doesNotContain("4111111111111111");
    assertProblem(
        client.send(
            java.net.http.HttpRequest.newBuilder(client.uri("/api/cards"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("number=1"))
                .header("Content-Type", "text/plain")
                .header("X-CSRF-Token", client.token())),
        415,
        "unsupported-media-type");
    assertProblem(
        client.api("POST", "/api/cards", "{\"holderName\":\"" + "A".repeat(70_000) + "\"}"),
        413,
        "body-too-large");
    assertProblem(client.api("GET", "/api/nothing", null), 404, "not-found");
    assertProblem(client.api("PATCH", "/api/cards", "{}"), 405, "method-not-allowed");
    assertThat(client.api("GET", "/api/cards", null).body()).isEqualTo("{\"cards\":[]}");
  }
}
