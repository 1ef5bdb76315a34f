package org.agentset.it.ca;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operator signed in through the console's sign-in page, as a script would: the session cookie
 * then authenticates admin API calls without re-checking the bcrypt password on every request.
 */
public final class ConsoleSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http;

  private ConsoleSession(HttpClient http) {
    this.http = http;
  }

  /** Signs in and returns a client that carries the session. */
  public static ConsoleSession signIn(String user, String password) throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String page =
        http.send(HttpRequest.newBuilder(URI.create(CaClient.url("/ca/login.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("the sign-in page has no view state");
    }
    String form =
        "login=login&login%3Ausername=" + enc(user) + "&login%3Apassword=" + enc(password)
            + "&login%3AsignIn=&jakarta.faces.ViewState=" + enc(m.group(1));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(CaClient.url("/ca/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").contains("/admin/")) {
      throw new IllegalStateException("sign-in failed: HTTP " + r.statusCode());
    }
    return new ConsoleSession(http);
  }

  /** A JSON POST in this session. */
  public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(CaClient.url(path)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
