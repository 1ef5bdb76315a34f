package org.agentset.server;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * The certificate authority's first administrator. When the CA has no {@code ca-admin} yet (a
 * fresh database, or every administrator removed), the run command creates {@value #USERNAME}
 * with a random password, stores only its bcrypt hash (cost {@value #COST}) and prints the
 * password once; it is never stored or shown again. (The CA's own audit trail, hash-chained by the
 * CA, starts with that administrator's first sign-in; the row's {@code created_at} dates the seed.)
 */
final class CaAdministrator {

  /** The seeded administrator's user name. */
  static final String USERNAME = "ca.admin";

  static final int COST = 12;

  private CaAdministrator() {}

  /**
   * Creates the administrator if there is none.
   *
   * @return the new password, or empty when the CA already has an administrator
   */
  static Optional<String> seedIfNone(DatabaseSettings db, SecureRandom random) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", db.user());
    props.setProperty("password", db.password());
    try (Connection c = new org.postgresql.Driver().connect(db.url(), props)) {
      c.setAutoCommit(false);
      try (PreparedStatement lock = c.prepareStatement("lock table ca.operator_role in exclusive mode");
          PreparedStatement any =
              c.prepareStatement("select 1 from ca.operator_role where role = 'ca-admin' limit 1")) {
        lock.execute();
        try (ResultSet rs = any.executeQuery()) {
          if (rs.next()) {
            c.rollback();
            return Optional.empty();
          }
        }
      }
      byte[] secret = new byte[15];
      random.nextBytes(secret);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
      byte[] salt = new byte[16];
      random.nextBytes(salt);
      String hash = OpenBSDBCrypt.generate("2a", password.toCharArray(), salt, COST);
      try (PreparedStatement operator =
              c.prepareStatement(
                  "insert into ca.operator (username, password_hash, enabled) values (?, ?, true)"
                      + " on conflict (username) do update set password_hash = excluded.password_hash,"
                      + " enabled = true");
          PreparedStatement role =
              c.prepareStatement(
                  "insert into ca.operator_role (username, role) values (?, 'ca-admin')"
                      + " on conflict do nothing")) {
        operator.setString(1, USERNAME);
        operator.setString(2, hash);
        operator.executeUpdate();
        role.setString(1, USERNAME);
        role.executeUpdate();
      }
      c.commit();
      return Optional.of(password);
    }
  }
}
