package org.agentset.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import org.agentset.server.DatabaseSettings;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each staffed party authenticates its operators through its own Elytron domain over its own
 * schema: the right password and role get in, anything else gets a 401, and an operator of one
 * party is a stranger to the others.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorLoginIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @BeforeAll
  static void seedOperators() throws SQLException {
    addOperator("ca", "ada.admin", "correct horse battery", "ca-admin", true);
    addOperator("ca", "otto.auditor", "auditor pass phrase", "ca-auditor", true);
    addOperator("ca", "eve.former", "former employee", "ca-admin", false);
    addOperator("gateway", "gus.ops", "gateway pass phrase", "gateway-operator", true);
    addOperator("merchant", "mia.books", "merchant pass phrase", "merchant-admin", true);
  }

  @Test
  void anOperatorWithTheRightPasswordSeesTheirRoles() throws Exception {
    assertThat(get("/ca/api/operator", "ada.admin", "correct horse battery").body())
        .contains("\"username\":\"ada.admin\"", "\"roles\":[\"ca-admin\"]");
    assertThat(get("/ca/api/operator", "otto.auditor", "auditor pass phrase").body())
        .contains("\"username\":\"otto.auditor\"", "\"roles\":[\"ca-auditor\"]");
    assertThat(get("/gateway/api/operator", "gus.ops", "gateway pass phrase").body())
        .contains("\"roles\":[\"gateway-operator\"]");
    assertThat(get("/merchant/api/operator", "mia.books", "merchant pass phrase").body())
        .contains("\"roles\":[\"merchant-admin\"]");
  }

  @Test
  void wrongPasswordsMissingCredentialsAndDisabledAccountsAreRefused() throws Exception {
    assertThat(get("/ca/api/operator", "ada.admin", "Correct horse battery").statusCode())
        .isEqualTo(401);
    assertThat(get("/ca/api/operator", "eve.former", "former employee").statusCode())
        .isEqualTo(401);
    assertThat(get("/ca/api/operator", "nobody", "anything").statusCode()).isEqualTo(401);
    HttpResponse<String> anonymous = get("/ca/api/operator", null, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void anOperatorOfOnePartyIsAStrangerToTheOthers() throws Exception {
    assertThat(get("/gateway/api/operator", "ada.admin", "correct horse battery").statusCode())
        .isEqualTo(401);
    assertThat(get("/ca/api/operator", "gus.ops", "gateway pass phrase").statusCode())
        .isEqualTo(401);
    assertThat(get("/merchant/api/operator", "gus.ops", "gateway pass phrase").statusCode())
        .isEqualTo(401);
  }

  private static HttpResponse<String> get(String path, String user, String password)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Http.app(path))).timeout(Duration.ofSeconds(30));
    if (user != null) {
      String token = user + ":" + password;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void addOperator(
      String schema, String username, String password, String role, boolean enabled)
      throws SQLException {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    String hash = OpenBSDBCrypt.generate("2a", password.toCharArray(), salt, 10);
    DatabaseSettings db = TestDatabase.settings();
    String merchantColumn = schema.equals("merchant") ? ", merchant_id" : "";
    String merchantValue =
        schema.equals("merchant")
            ? ", (select id from merchant.merchant where code = 'nordlicht-books')"
            : "";
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement operator =
            c.prepareStatement(
                "insert into "
                    + schema
                    + ".operator (username, password_hash, enabled"
                    + merchantColumn
                    + ") values (?, ?, ?"
                    + merchantValue
                    + ")"
                    + " on conflict (username) do update"
                    + " set password_hash = excluded.password_hash, enabled = excluded.enabled");
        PreparedStatement grant =
            c.prepareStatement(
                "insert into "
                    + schema
                    + ".operator_role (username, role) values (?, ?)"
                    + " on conflict do nothing")) {
      operator.setString(1, username);
      operator.setString(2, hash);
      operator.setBoolean(3, enabled);
      operator.executeUpdate();
      grant.setString(1, username);
      grant.setString(2, role);
      grant.executeUpdate();
    }
  }
}
