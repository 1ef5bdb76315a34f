package org.agentset.it.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.agentset.it.SuiteArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real wallet process ({@code java -jar agentset-wallet.jar}) against the deployed suite, through
 * the wallet's JSON API: a card is enrolled by SET cardholder registration with the CA ({@code
 * /ca/set}) and the wallet gets its communication certificate ({@code /ca/comm/wallet}); an agent
 * is created on the agent server from a mandate the wallet signs (the CA certifies the agent on the
 * wallet's word); the wallet opens its SAI channel; revoking destroys the item keys and the agent
 * server learns it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalletSuiteIT {

  private static final String PASSWORD = "integration wallet password";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static Process wallet;
  private static String walletUrl;
  private static HttpClient http;
  private static String csrf;
  private static String agentId;

  @BeforeAll
  static void start() throws Exception {
    Path home = Files.createTempDirectory("wallet-it");
    String base = System.getProperty("agentset.it.http");
    // the wallet as the customer runs it: its own process, java -jar, on a free loopback port
    Path jar = Path.of("..", "web-wallet", "target", "agentset-wallet.jar");
    assertThat(jar).as("the wallet jar (built by the reactor before this module)").isRegularFile();
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString())
            .redirectErrorStream(true);
    pb.environment().put("AGENTSET_WALLET_PORT", "0");
    pb.environment().put("AGENTSET_WALLET_HOME", home.toString());
    pb.environment().put("AGENTSET_WALLET_IDLE_MINUTES", "30");
    pb.environment().put("AGENTSET_CA_URL", base + "/ca");
    pb.environment().put("AGENTSET_ANS_URL", base + "/ans");
    wallet = pb.start();
    java.io.BufferedReader out =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(
                wallet.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
    java.util.regex.Pattern ready =
        java.util.regex.Pattern.compile("ready in \\d+ ms at (http://127\\.0\\.0\\.1:\\d+/)");
    for (String line; walletUrl == null && (line = out.readLine()) != null; ) {
      java.util.regex.Matcher m = ready.matcher(line);
      if (m.find()) {
        walletUrl = m.group(1);
      }
    }
    assertThat(walletUrl).as("the wallet said where it listens").isNotNull();
    Thread drain =
        new Thread(
            () -> {
              try {
                for (String line; (line = out.readLine()) != null; ) {
                  System.out.println("[wallet] " + line);
                }
              } catch (java.io.IOException e) {
                // the process ended
              }
            },
            "wallet-output");
    drain.setDaemon(true);
    drain.start();
    http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    csrf = json(call("GET", "/api/session", null)).getString("csrfToken");
    HttpResponse<String> created =
        call(
            "POST",
            "/api/wallet",
            "{\"password\":\"" + PASSWORD + "\",\"confirmation\":\"" + PASSWORD + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    csrf = json(created).getString("csrfToken");
  }

  @AfterAll
  static void stop() {
    if (wallet != null) {
      wallet.destroy();
    }
  }

  @Test
  @Order(1)
  void aCardIsEnrolledWithTheCaAndTheWalletGetsItsCommunicationCertificate() throws Exception {
    HttpResponse<String> card =
        call(
            "POST",
            "/api/cards",
            "{\"number\":\"4111 1111 1111 1111\",\"expiry\":\"12/30\",\"holderName\":\"Ada"
                + " Lovelace\"}");
    assertThat(card.statusCode()).as(card.body()).isEqualTo(201);
    String cardId = json(card).getString("id");
    HttpResponse<String> enrol = call("POST", "/api/cards/" + cardId + "/enrol", null);
    assertThat(enrol.statusCode()).as(enrol.body()).isEqualTo(200);
    JsonObject report = json(enrol);
    assertThat(report.getBoolean("enrolled")).isTrue();
    assertThat(report.getJsonArray("steps")).hasSizeGreaterThanOrEqualTo(4);
    JsonObject cards = json(call("GET", "/api/cards/" + cardId, null));
    assertThat(cards.getBoolean("enrolled")).isTrue();
  }

  @Test
  @Order(2)
  void anOrderSignedByTheMerchantIsPaidFromTheWalletWithSet() throws Exception {
    String token = "nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5"; // documented demo token
    String merchant =
        System.getProperty("agentset.it.http") + "/merchant/api/merchants/nordlicht-books";
    JsonObject catalogue = json(merchantGet(merchant + "/catalogue", token));
    JsonObject item =
        catalogue.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getInt("stock") > 0)
            .findFirst()
            .orElseThrow();
    String body =
        "{\"sku\":\""
            + item.getString("sku")
            + "\",\"quantity\":1,\"unitPrice\":"
            + item.getJsonNumber("listPrice")
            + ",\"currency\":\"EUR\",\"callbackUrl\":\"http://127.0.0.1:9/callback\","
            + "\"agreementRef\":\"wallet-it\"}";
    // the merchant enrols with the CA lazily after deployment, and signs the initiation of orders
    // placed once it has its keys: place orders until one comes signed
    String orderId = null;
    String initiation = null;
    long until = System.currentTimeMillis() + 150_000;
    while (initiation == null && System.currentTimeMillis() < until) {
      HttpResponse<String> order =
          http.send(
              HttpRequest.newBuilder(URI.create(merchant + "/orders"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", "wallet-it-" + System.nanoTime())
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
      JsonObject o = json(order);
      orderId = o.getString("orderId");
      if (o.containsKey("setInitiation") && !o.isNull("setInitiation")) {
        initiation = o.getString("setInitiation");
      } else {
        Thread.sleep(5_000);
      }
    }
    assertThat(initiation).as("the merchant's signed SET initiation").isNotNull();
    HttpResponse<String> shown =
        call("POST", "/api/checkout", "{\"initiation\":\"" + initiation + "\"}");
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    JsonObject view = json(shown);
    assertThat(view.getString("merchant")).isEqualTo("nordlicht-books");
    HttpResponse<String> paid =
        call("POST", "/api/checkout/" + view.getString("orderId") + "/pay", "{}");
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    JsonObject purchase = json(paid);
    assertThat(purchase.getString("outcome"))
        .as(purchase.getString("detail"))
        .isEqualTo("AUTHORISED");
    assertThat(purchase.getBoolean("receipt")).isTrue();
    assertThat(purchase.getString("xid")).isNotBlank();
    JsonObject after = json(merchantGet(merchant + "/orders/" + orderId, token));
    assertThat(after.getString("status")).isIn("AUTHORISED", "CAPTURED");
  }

  private static HttpResponse<String> merchantGet(String url, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(3)
  void anAgentIsCreatedFromTheWalletsSignedMandate() throws Exception {
    HttpResponse<String> created =
        call(
            "POST",
            "/api/agents",
            """
            {"category":"tea","quantity":1,"maxUnitPrice":"30.00","budget":"30.00",
             "deadline":"%s","mode":"confirm"}\
            """
                .formatted(Instant.now().plus(Duration.ofHours(2))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject agent = json(created);
    agentId = agent.getString("agentId");
    assertThat(agent.getBoolean("certified")).isTrue();
    assertThat(agent.getString("state")).isEqualTo("ACTIVE");
    HttpResponse<String> atAns =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        System.getProperty("agentset.it.http") + "/ans/api/agents/" + agentId))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(atAns.statusCode()).as(atAns.body()).isEqualTo(200);
  }

  @Test
  @Order(4)
  void theWalletOpensItsSaiChannel() throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    String page = "";
    while (System.currentTimeMillis() < deadline) {
      page = call("GET", "/agents", null).body();
      if (page.contains("SAI channel: connected")) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(page).contains("SAI channel: connected");
  }

  @Test
  @Order(5)
  void revokingDestroysTheKeysAndTellsTheAgentServer() throws Exception {
    JsonObject revoked = json(call("POST", "/api/agents/" + agentId + "/revoke", null));
    assertThat(revoked.getBoolean("agentServerTold")).isTrue();
    assertThat(
            revoked
                .getJsonObject("agent")
                .getJsonArray("items")
                .getJsonObject(0)
                .getBoolean("keyHeld"))
        .isFalse();
    String atAns =
        http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            System.getProperty("agentset.it.http") + "/ans/api/agents/" + agentId))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(atAns).contains("REVOKED");
  }

  private static HttpResponse<String> call(String method, String path, String json)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(walletUrl).resolve(path))
            .timeout(Duration.ofSeconds(120))
            .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json))
            .header("X-CSRF-Token", csrf == null ? "" : csrf);
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
