package org.agentset.it.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agentset.it.ServerLog;

/**
 * The wallet as the customer runs it — its own process, {@code java -jar agentset-wallet.jar}, on a
 * free loopback port, pointed at the deployed suite's CA and agent server — with an API client that
 * keeps the session cookie and CSRF token, as an automation script would.
 */
public final class WalletUnderTest implements AutoCloseable {

  public static final String PASSWORD = "integration wallet password";

  private static final Pattern READY =
      Pattern.compile("ready in \\d+ ms at (http://127\\.0\\.0\\.1:\\d+/)");

  private final Process process;
  private final String url;
  private Path home;
  private final StringBuffer output = new StringBuffer();
  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private String csrf;

  private WalletUnderTest(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** Starts the jar on an empty wallet directory and creates the wallet through its API. */
  public static WalletUnderTest start() throws Exception {
    return start(0);
  }

  /**
   * As {@link #start()}, on {@code port} (0: any free port) — e.g. the port the storefront's "Pay
   * with my SET wallet" link points at.
   */
  public static WalletUnderTest start(int port) throws Exception {
    return start(port, Map.of());
  }

  /**
   * As {@link #start(int)}, with more of the wallet's settings in its environment (e.g. {@code
   * AGENTSET_WALLET_CONFIRM_SECONDS}).
   */
  public static WalletUnderTest start(int port, Map<String, String> settings) throws Exception {
    Path jar = Path.of("..", "web-wallet", "target", "agentset-wallet.jar");
    assertThat(jar).as("the wallet jar (built by the reactor before this module)").isRegularFile();
    String base = System.getProperty("agentset.it.http");
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString())
            .redirectErrorStream(true);
    pb.environment().put("AGENTSET_WALLET_PORT", Integer.toString(port));
    Path home = Files.createTempDirectory("wallet-it");
    pb.environment().put("AGENTSET_WALLET_HOME", home.toString());
    pb.environment().put("AGENTSET_WALLET_IDLE_MINUTES", "30");
    pb.environment().put("AGENTSET_CA_URL", base + "/ca");
    pb.environment().put("AGENTSET_ANS_URL", base + "/ans");
    pb.environment().putAll(settings);
    Process p = pb.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String url = null;
    for (String line; url == null && (line = out.readLine()) != null; ) {
      Matcher m = READY.matcher(line);
      if (m.find()) {
        url = m.group(1);
      }
    }
    assertThat(url).as("the wallet said where it listens").isNotNull();
    WalletUnderTest w = new WalletUnderTest(p, url);
    w.home = home;
    drainTo(out, w.output);
    w.csrf = json(w.call("GET", "/api/session", null)).getString("csrfToken");
    HttpResponse<String> created =
        w.call(
            "POST",
            "/api/wallet",
            "{\"password\":\"" + PASSWORD + "\",\"confirmation\":\"" + PASSWORD + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    w.csrf = json(created).getString("csrfToken");
    return w;
  }

  private static void drainTo(BufferedReader out, StringBuffer output) {
    Thread drain =
        new Thread(
            () -> {
              try {
                for (String line; (line = out.readLine()) != null; ) {
                  output.append(line).append('\n');
                  System.out.println("[wallet] " + line);
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "wallet-output");
    drain.setDaemon(true);
    drain.start();
  }

  /** Where the wallet listens, e.g. {@code http://127.0.0.1:8865/}. */
  String url() {
    return url;
  }

  /** The wallet's process (for the benchmarks' CPU readings). */
  public ProcessHandle process() {
    return process.toHandle();
  }

  /** The wallet's home directory (its {@code wallet.dat}, encrypted under {@link #PASSWORD}). */
  public Path home() {
    return home;
  }

  /** What the wallet process has printed (its log) so far. */
  public String output() {
    return output.toString();
  }

  /** Adds the demo card that the issuer approves and enrols it; returns the card id. */
  public String enrolDemoCard() throws Exception {
    HttpResponse<String> card =
        call(
            "POST",
            "/api/cards",
            "{\"number\":\"4111 1111 1111 1111\",\"expiry\":\"12/35\",\"holderName\":\"Ada"
                + " Lovelace\"}");
    assertThat(card.statusCode()).as(card.body()).isEqualTo(201);
    String id = json(card).getString("id");
    HttpResponse<String> enrol = call("POST", "/api/cards/" + id + "/enrol", null);
    assertThat(enrol.statusCode()).as(enrol.body()).isEqualTo(200);
    return id;
  }

  /**
   * Delegates {@code quantity} maps from Nordlicht Books through the wallet's API ({@code POST
   * /api/agents}) until {@code deadline}; returns the agent id, once the CA certified the agent.
   */
  public String delegateMaps(
      String mode, int quantity, String maxUnitPrice, String budget, Instant deadline)
      throws Exception {
    HttpResponse<String> created =
        call(
            "POST",
            "/api/agents",
            """
            {"category":"maps","quantity":%d,"maxUnitPrice":"%s","budget":"%s",
             "merchants":"nordlicht-books","deadline":"%s","mode":"%s"}\
            """
                .formatted(quantity, maxUnitPrice, budget, deadline, mode));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject agent = json(created);
    assertThat(agent.getBoolean("certified")).isTrue();
    return agent.getString("agentId");
  }

  /**
   * A merchant-signed order ({@code setInitiation} present) of {@code quantity} × {@code sku}, as a
   * merchant agent places it with the merchant's agent API.
   */
  public JsonObject signedOrder(
      String merchantPath, String token, String sku, int quantity, String unitPrice)
      throws Exception {
    HttpResponse<String> r =
        suitePost(
            merchantPath + "/orders",
            token,
            "wallet-it-" + java.util.UUID.randomUUID(),
            """
            {"sku":"%s","quantity":%d,"unitPrice":%s,"currency":"EUR",
             "callbackUrl":"http://127.0.0.1:9/callback","agreementRef":"wallet-it"}\
            """
                .formatted(sku, quantity, unitPrice));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonObject o = json(r);
    assertThat(o.isNull("setInitiation")).as(r.body()).isFalse();
    return o;
  }

  /**
   * Waits (bounded, 3 minutes; asserting nothing about the time) for what the suite or the wallet
   * does in the background.
   */
  static void await(String what, java.util.concurrent.Callable<Boolean> condition)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!Boolean.TRUE.equals(condition.call())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never happened: " + what);
      }
      Thread.sleep(250);
    }
  }

  /**
   * Waits until the merchant signs the SET initiation of new orders (it enrols with the CA lazily
   * after deployment), placing one probe order of {@code sku} at a time; returns the last order's
   * JSON, whose {@code setInitiation} is then present (or the last unsigned one after 150 s).
   */
  public JsonObject signedOrder(String merchantPath, String token, String sku, String unitPrice)
      throws Exception {
    String body =
        "{\"sku\":\""
            + sku
            + "\",\"quantity\":1,\"unitPrice\":"
            + unitPrice
            + ",\"currency\":\"EUR\",\"callbackUrl\":\"http://127.0.0.1:9/callback\","
            + "\"agreementRef\":\"wallet-it\"}";
    JsonObject o = null;
    long until = System.currentTimeMillis() + 150_000;
    while (System.currentTimeMillis() < until) {
      HttpResponse<String> order =
          suitePost(merchantPath + "/orders", token, "wallet-it-" + System.nanoTime(), body);
      assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
      o = json(order);
      if (o.containsKey("setInitiation") && !o.isNull("setInitiation")) {
        return o;
      }
      Thread.sleep(5_000);
    }
    return o;
  }

  /**
   * Waits (up to 150 s) until merchant {@code code} holds the gateway's key-exchange certificate
   * (SET PCertReq, retried every 30 s after deployment): before that it signs orders but its SET
   * desk refuses them with MISSING_CERTIFICATE. Read from the IT server's log.
   */
  public static void awaitSetPaymentsOpen(String code) throws Exception {
    String open = "Merchant " + code + " holds the gateway's key-exchange certificate";
    long until = System.currentTimeMillis() + 150_000;
    while (System.currentTimeMillis() < until && !ServerLog.text().contains(open)) {
      Thread.sleep(2_000);
    }
    assertThat(ServerLog.text()).as("merchant " + code + " opens SET payments").contains(open);
  }

  /** Locks the wallet ({@code POST /api/lock}): it closes its SAI channel and cannot pay. */
  public void lock() throws Exception {
    HttpResponse<String> r = call("POST", "/api/lock", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  /** Unlocks the wallet with {@link #PASSWORD}; the session's new CSRF token is kept. */
  public void unlock() throws Exception {
    HttpResponse<String> r = call("POST", "/api/unlock", "{\"password\":\"" + PASSWORD + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    csrf = json(r).getString("csrfToken");
  }

  /** A call of the wallet's API (or a page) with the session's CSRF token. */
  public HttpResponse<String> call(String method, String path, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url).resolve(path))
            .timeout(Duration.ofSeconds(120))
            .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json))
            .header("X-CSRF-Token", csrf == null ? "" : csrf);
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A plain GET of the deployed suite (not the wallet). */
  public HttpResponse<String> suite(String path, String bearer) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(System.getProperty("agentset.it.http") + path));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A POST of JSON to the deployed suite. */
  public HttpResponse<String> suitePost(String path, String bearer, String key, String json)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(System.getProperty("agentset.it.http") + path))
            .header("Authorization", "Bearer " + bearer)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  /** Ends the process at once, as a crash or a pulled plug would (no goodbye to anyone). */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() {
    process.destroy();
  }
}
