package org.agentset.wallet;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client of the wallet, as an automation script or a browser tab would be: JDK HttpClient
 * with its own cookie jar, no redirects followed (tests look at them), helpers for the API's CSRF
 * header and the pages' CSRF field.
 */
public final class WalletClient {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final TestWallet wallet;
  private final HttpClient http;
  private String token;

  WalletClient(TestWallet wallet) {
    this.wallet = wallet;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  /** {@code GET /api/session}: starts the session and keeps its CSRF token. */
  public JsonObject session() throws IOException, InterruptedException {
    JsonObject s = json(get("/api/session"));
    token = s.getString("csrfToken");
    return s;
  }

  /** The CSRF token this client last saw. */
  public String token() {
    return token;
  }

  /** An API call with a JSON body and the CSRF header; keeps a token the answer carries. */
  public HttpResponse<String> api(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(wallet.uri(path))
            .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json))
            .header("X-CSRF-Token", token == null ? "" : token);
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r = send(b);
    if (r.statusCode() < 300 && r.body().contains("\"csrfToken\"")) {
      token = json(r).getString("csrfToken");
    }
    return r;
  }

  /** Creates the wallet through the API and returns the answer. */
  public HttpResponse<String> createWallet() throws IOException, InterruptedException {
    if (token == null) {
      session();
    }
    return api(
        "POST",
        "/api/wallet",
        "{\"password\":\""
            + TestWallet.PASSWORD
            + "\",\"confirmation\":\""
            + TestWallet.PASSWORD
            + "\"}");
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(wallet.uri(path)).GET());
  }

  /** A page, keeping the CSRF token written into its forms. */
  public HttpResponse<String> page(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    Matcher m = CSRF_FIELD.matcher(r.body());
    if (m.find()) {
      token = m.group(1);
    }
    return r;
  }

  /** A form post as the wallet's own page makes it: urlencoded, with its origin and token. */
  public HttpResponse<String> form(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&", "csrf=" + enc(token == null ? "" : token) + "&", ""));
    return send(
        HttpRequest.newBuilder(wallet.uri(path))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", "http://127.0.0.1:" + wallet.port())
            .header("Sec-Fetch-Site", "same-origin"));
  }

  public HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public URI uri(String path) {
    return wallet.uri(path);
  }

  public static JsonObject json(HttpResponse<String> r) {
    return new org.eclipse.parsson.JsonProviderImpl()
        .createReader(new StringReader(r.body()))
        .readObject();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
