package org.agentset.it.ca;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.agentset.it.TestDatabase;
import org.agentset.server.DatabaseSettings;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** Operators of the CA for the tests, written straight into {@code ca.operator} (bcrypt). */
public final class CaOperators {

  /** An administrator the CA tests sign in as. */
  public static final String ADMIN = "cara.admin";

  /** An auditor the CA tests sign in as. */
  public static final String AUDITOR = "ivo.auditor";

  /** Both operators' password. */
  public static final String PASSWORD = "ca operator pass phrase";

  private CaOperators() {}

  /** Creates (or resets) the test administrator and auditor. */
  public static void seed() throws SQLException {
    add(ADMIN, "ca-admin");
    add(AUDITOR, "ca-auditor");
  }

  private static void add(String username, String role) throws SQLException {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    String hash = OpenBSDBCrypt.generate("2a", PASSWORD.toCharArray(), salt, 10);
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement operator =
            c.prepareStatement(
                "insert into ca.operator (username, password_hash) values (?, ?)"
                    + " on conflict (username) do update set password_hash = excluded.password_hash");
        PreparedStatement grant =
            c.prepareStatement(
                "insert into ca.operator_role (username, role) values (?, ?) on conflict do nothing")) {
      operator.setString(1, username);
      operator.setString(2, hash);
      operator.executeUpdate();
      grant.setString(1, username);
      grant.setString(2, role);
      grant.executeUpdate();
    }
  }
}
