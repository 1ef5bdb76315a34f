package org.agentset.wallet.api;

import static org.agentset.wallet.http.HttpProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agentset.wallet.TestWallet;
import org.agentset.wallet.WalletClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cards through the JSON API of the real server: only the last four digits ever come back. */
class CardsApiTest {

  private static final String PAN = "4111111111111111";

  @TempDir Path home;
  private TestWallet wallet;
  private WalletClient client;

  @BeforeEach
  void unlockedWallet() throws Exception {
    wallet = new TestWallet(home);
    client = wallet.client();
    client.createWallet();
  }

  @AfterEach
  void stop() {
    wallet.close();
  }

  @Test
  void aCardIsAddedListedFetchedAndRemovedShowingOnlyItsLastFour() throws Exception {
    HttpResponse<String> added = add("4111 1111 1111 1111", "07/30", "Ada Lovelace");
    assertThat(added.statusCode()).isEqualTo(201);
    JsonObject card = WalletClient.json(added);
    assertThat(card.getString("lastFour")).isEqualTo("1111");
    assertThat(card.getString("expiry")).isEqualTo("07/30");
    assertThat(card.getBoolean("enrolled")).isFalse();
    assertThat(added.headers().firstValue("Location"))
        .contains("/api/cards/" + card.getString("id"));
    assertThat(added.body()).doesNotContain(PAN).doesNotContain("4111 1111");

    HttpResponse<String> list = client.api("GET", "/api/cards", null);
    assertThat(WalletClient.json(list).getJsonArray("cards")).hasSize(1);
    assertThat(list.body()).doesNotContain(PAN).contains("\"lastFour\":\"1111\"");
    assertThat(client.api("GET", "/api/cards/" + card.getString("id"), null).body())
        .isEqualTo(added.body());

    assertThat(client.api("DELETE", "/api/cards/" + card.getString("id"), null).statusCode())
        .isEqualTo(204);
    assertProblem(
        client.api("DELETE", "/api/cards/" + card.getString("id"), null), 404, "no-such-card");
    assertProblem(client.api("GET", "/api/cards/" + PAN, null), 404, "no-such-card");
    assertThat(client.api("GET", "/api/cards", null).body()).isEqualTo("{\"cards\":[]}");
  }

  @Test
  void eachWrongFieldIsNamedWithoutEchoingTheNumber() throws Exception {
    HttpResponse<String> r = add("4111 1111 1111 1112", "13/30", "X");
    assertProblem(r, 400, "invalid-input");
    assertThat(WalletClient.json(r).getJsonArray("errors"))
        .extracting(e -> e.asJsonObject().getString("field"))
        .containsExactly("number", "expiry", "holderName");
    assertThat(r.body())
        .contains("check digit")
        .doesNotContain("4111111111111112")
        .doesNotContain("1111 1112");

    assertThat(detail(add("4111-1111-111", "07/30", "Ada"), "number"))
        .contains("12 to 19 digits; this one has 11")
        .doesNotContain("4111");
    assertThat(detail(add("4111x1111", "07/30", "Ada"), "number")).contains("only digits");
    assertThat(detail(add(PAN, "10/26", "Ada"), "expiry")).isEqualTo("This card has expired.");
    assertThat(detail(add(PAN, "01/99", "Ada"), "expiry")).contains("20 years");
    assertThat(client.api("GET", "/api/cards", null).body()).isEqualTo("{\"cards\":[]}");
  }

  @Test
  void theCurrentMonthIsStillValidAndTheSameCardIsNotAddedTwice() throws Exception {
    // the test clock stands in November 2026
    assertThat(add(PAN, "11/26", "Ada Lovelace").statusCode()).isEqualTo(201);
    HttpResponse<String> again = add("4111-1111-1111-1111", "2030-01", "Ada Lovelace");
    assertProblem(again, 400, "invalid-input");
    assertThat(detail(again, "number")).isEqualTo("This card is already in the wallet.");
    assertThat(add("5555 5555 5555 4444", "2030-01", "Ada Lovelace").statusCode()).isEqualTo(201);
    assertThat(WalletClient.json(client.api("GET", "/api/cards", null)).getJsonArray("cards"))
        .hasSize(2);
  }

  @Test
  void addedCardsAreInTheEncryptedFileAndNowhereInClear() throws Exception {
    add(PAN, "07/30", "Ada Lovelace");
    client.api("POST", "/api/lock", null);
    byte[] file = Files.readAllBytes(home.resolve("wallet.dat"));
    assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(PAN)
        .doesNotContain("Ada Lovelace");
    client.api("POST", "/api/unlock", "{\"password\":\"" + TestWallet.PASSWORD + "\"}");
    assertThat(client.api("GET", "/api/cards", null).body()).contains("\"lastFour\":\"1111\"");
  }

  private HttpResponse<String> add(String number, String expiry, String name) throws Exception {
    return client.api(
        "POST",
        "/api/cards",
        "{\"number\":\""
            + number
            + "\",\"expiry\":\""
            + expiry
            + "\",\"holderName\":\""
            + name
            + "\"}");
  }

  private static String detail(HttpResponse<String> r, String field) {
    return WalletClient.json(r).getJsonArray("errors").stream()
        .map(v -> v.asJsonObject())
        .filter(o -> o.getString("field").equals(field))
        .map(o -> o.getString("detail"))
        .findFirst()
        .orElse("(no error for " + field + ")");
  }
}
