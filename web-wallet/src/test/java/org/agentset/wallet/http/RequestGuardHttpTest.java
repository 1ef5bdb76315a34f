package org.agentset.wallet.http;

import static org.agentset.wallet.http.HttpProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.agentset.wallet.TestWallet;
import org.agentset.wallet.WalletClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What other pages in the customer's browser (and other host names) can do to the real wallet
 * server: nothing that changes state, and nothing they can read.
 */
class RequestGuardHttpTest {

  @TempDir Path home;
  private TestWallet wallet;
  private WalletClient client;

  @BeforeEach
  void walletWithOneUnlockedSession() throws Exception {
    wallet = new TestWallet(home);
    client = wallet.client();
    assertThat(client.createWallet().statusCode()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    wallet.close();
  }

  @Test
  void aForeignHostNameIsRefusedBeforeAnythingElse() throws IOException {
    assertThat(raw("evil.example:" + wallet.port(), "/api/status")).startsWith("HTTP/1.1 421");
    assertThat(raw("127.0.0.1:1", "/api/status")).startsWith("HTTP/1.1 421");
    assertThat(raw("127.0.0.1:" + wallet.port(), "/api/status")).startsWith("HTTP/1.1 200");
    assertThat(raw("localhost:" + wallet.port(), "/api/status")).startsWith("HTTP/1.1 200");
  }

  @Test
  void aStateChangeWithoutTheSessionsTokenIsRefused() throws Exception {
    HttpResponse<String> none =
        client.send(post("/api/lock").header("Content-Type", "application/json"));
    assertProblem(none, 403, "csrf");
    HttpResponse<String> wrong =
        client.send(
            post("/api/lock")
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", "forged"));
    assertProblem(wrong, 403, "csrf");
    // the token in a form field does not count on the API (only a custom header does)
    HttpResponse<String> asField =
        client.send(
            post("/api/lock", "csrf=" + client.token())
                .header("Content-Type", "application/x-www-form-urlencoded"));
    assertProblem(asField, 403, "csrf");
    assertThat(client.api("GET", "/api/cards", null).statusCode())
        .as("still unlocked")
        .isEqualTo(200);
  }

  @Test
  void anotherOriginIsRefusedEvenWithTheRightToken() throws Exception {
    String[][] foreign = {
      {"Origin", "http://127.0.0.1:9999"}, // another local server: same site, other origin
      {"Origin", "http://localhost:" + (wallet.port() + 1)},
      {"Origin", "null"}, // sandboxed frames, file: pages
      {"Origin", "https://shop.example"},
      {"Referer", "http://127.0.0.1:9999/attack.html"},
      {"Sec-Fetch-Site", "same-site"},
      {"Sec-Fetch-Site", "cross-site"},
    };
    for (String[] header : foreign) {
      HttpResponse<String> r =
          client.send(
              post("/api/lock", "{}")
                  .header("Content-Type", "application/json")
                  .header("X-CSRF-Token", client.token())
                  .header(header[0], header[1]));
      assertProblem(r, 403, "cross-origin");
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
    assertThat(client.api("GET", "/api/cards", null).statusCode())
        .as("still unlocked")
        .isEqualTo(200);
  }

  @Test
  void theWalletsOwnOriginPasses() throws Exception {
    for (String origin :
        new String[] {"http://127.0.0.1:" + wallet.port(), "http://localhost:" + wallet.port()}) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(client.uri("/api/settings"))
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"idleMinutes\":7}"))
                  .header("Content-Type", "application/json")
                  .header("X-CSRF-Token", client.token())
                  .header("Origin", origin)
                  .header("Sec-Fetch-Site", "same-origin"));
      assertThat(r.statusCode()).as(origin).isEqualTo(200);
    }
  }

  @Test
  void apiReadsFromOtherOriginsAreRefusedAndNothingGrantsCors() throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(client.uri("/api/cards"))
                .header("Sec-Fetch-Site", "same-site")
                .GET());
    assertProblem(r, 403, "cross-origin");
    HttpResponse<String> preflight =
        client.send(
            HttpRequest.newBuilder(client.uri("/api/cards"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://127.0.0.1:9999")
                .header("Access-Control-Request-Method", "POST"));
    assertThat(preflight.statusCode()).isEqualTo(405);
    assertThat(preflight.headers().map().keySet())
        .noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
  }

  @Test
  void aRequestWithoutASessionCannotChangeAnything() throws Exception {
    WalletClient stranger = wallet.client();
    HttpResponse<String> r =
        stranger.send(
            post("/api/lock", "{}")
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", client.token()));
    assertProblem(r, 403, "csrf");
    assertThat(r.body()).contains("no live wallet session");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteStrictAndResponsesForbidFramingAndCaching()
      throws Exception {
    HttpResponse<String> r = wallet.client().get("/api/session");
    assertThat(r.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(
            c ->
                assertThat(c)
                    .startsWith("agentset_wallet_" + wallet.port() + "=")
                    .contains("; HttpOnly", "; SameSite=Strict", "; Path=/"));
    assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            v ->
                assertThat(v)
                    .contains("frame-ancestors 'none'", "default-src 'none'")
                    .doesNotContain("script-src"));
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(r.headers().firstValue("Cross-Origin-Resource-Policy")).contains("same-origin");
  }

  @Test
  void unlockingGivesTheSessionANewIdSoAPlantedCookieIsWorthless() throws Exception {
    WalletClient victim = wallet.client();
    HttpResponse<String> before = victim.get("/api/session");
    String planted = before.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    victim.session();
    HttpResponse<String> unlocked =
        victim.api("POST", "/api/unlock", "{\"password\":\"" + TestWallet.PASSWORD + "\"}");
    assertThat(unlocked.statusCode()).isEqualTo(200);
    String fresh = unlocked.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    assertThat(fresh).isNotEqualTo(planted);

    // whoever kept the old cookie is not unlocked
    HttpResponse<String> withPlanted =
        java.net.http.HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(client.uri("/api/cards"))
                    .header("Cookie", planted)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(withPlanted.statusCode()).isEqualTo(423);
  }

  @Test
  void aLockedSessionFollowingAStorefrontLinkIsTakenBackToItAfterUnlocking() throws Exception {
    WalletClient customer = wallet.client();
    String link = "/pay?initiation=AbC-_9";
    HttpResponse<String> locked = customer.get(link);
    assertThat(locked.statusCode()).isEqualTo(303);
    assertThat(locked.headers().firstValue("Location")).hasValue("/unlock");
    customer.page("/unlock");
    HttpResponse<String> unlocked =
        customer.form("/unlock", java.util.Map.of("password", TestWallet.PASSWORD));
    assertThat(unlocked.headers().firstValue("Location")).hasValue(link);

    // once only, and never anywhere but a page of this wallet
    WalletClient other = wallet.client();
    other.page("/unlock");
    assertThat(
            other
                .form("/unlock", java.util.Map.of("password", TestWallet.PASSWORD))
                .headers()
                .firstValue("Location"))
        .hasValue("/cards");
    Session s = new Session("id", "token", java.time.Instant.now());
    s.returnTo("//evil.example/pay");
    s.returnTo("https://evil.example/");
    assertThat(s.takeReturnTo()).isEmpty();
  }

  private HttpRequest.Builder post(String path) {
    return post(path, "");
  }

  private HttpRequest.Builder post(String path, String body) {
    return HttpRequest.newBuilder(client.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** A raw HTTP/1.1 GET, so the test controls the Host header. */
  private String raw(String host, String path) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), wallet.port())) {
      s.getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
