package org.agentset.it.ans;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.agentset.it.TestDatabase;
import org.agentset.server.DatabaseSettings;

/** The deployed agent server over HTTP, as the wallet calls it, and its schema read directly. */
final class AnsClient {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private AnsClient() {}

  static String url(String path) {
    return System.getProperty("agentset.it.http") + path;
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String key, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Waits (bounded, 120 s; asserting nothing about the time) until the agent leaves the given
   * states, and returns its state then.
   */
  static String stateAfter(String agentId, String... passing) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    java.util.Set<String> wait = java.util.Set.of(passing);
    while (true) {
      String state;
      try (var r =
          jakarta.json.Json.createReader(
              new java.io.StringReader(get("/ans/api/agents/" + agentId).body()))) {
        state = r.readObject().getString("state");
      }
      if (!wait.contains(state)) {
        return state;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("agent " + agentId + " stayed " + state);
      }
      Thread.sleep(250);
    }
  }

  static final String OPERATOR = "olga.operator";
  static final String OPERATOR_PASSWORD = "ans operator pass phrase";

  /**
   * Creates (or resets) a test operator of the agent server, straight into {@code ans.operator}.
   */
  static void seedOperator() throws Exception {
    byte[] salt = new byte[16];
    new java.security.SecureRandom().nextBytes(salt);
    String hash =
        org.bouncycastle.crypto.generators.OpenBSDBCrypt.generate(
            "2a", OPERATOR_PASSWORD.toCharArray(), salt, 10);
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement op =
            c.prepareStatement(
                "insert into ans.operator (username, password_hash) values (?, ?) on conflict"
                    + " (username) do update set password_hash = excluded.password_hash");
        PreparedStatement role =
            c.prepareStatement(
                "insert into ans.operator_role (username, role) values (?, 'ans-operator') on"
                    + " conflict do nothing")) {
      op.setString(1, OPERATOR);
      op.setString(2, hash);
      op.executeUpdate();
      role.setString(1, OPERATOR);
      role.executeUpdate();
    }
  }

  static HttpResponse<String> getAs(String path, String user, String password)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + password)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String stringOrNull(String sql) throws Exception {
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  static String string(String sql) throws Exception {
    String v = stringOrNull(sql);
    if (v == null) {
      throw new AssertionError("no row for " + sql);
    }
    return v;
  }

  static long count(String sql) throws Exception {
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
