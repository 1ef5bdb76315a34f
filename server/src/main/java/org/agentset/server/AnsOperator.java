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
 * The agent server's first operator (the operator view of all agents): created by the run command
 * when the {@code ans} schema has no {@code ans-operator}, with a random password printed once — as
 * the CA's first administrator.
 */
final class AnsOperator {

  static final String USERNAME = "ans.operator";

  private AnsOperator() {}

  static Optional<String> seedIfNone(DatabaseSettings db, SecureRandom random) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", db.user());
    props.setProperty("password", db.password());
    try (Connection c = new org.postgresql.Driver().connect(db.url(), props)) {
      c.setAutoCommit(false);
      try (PreparedStatement lock =
              c.prepareStatement("lock table ans.operator_role in exclusive mode");
          PreparedStatement any =
              c.prepareStatement(
                  "select 1 from ans.operator_role where role = 'ans-operator' limit 1")) {
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
      String hash =
          OpenBSDBCrypt.generate("2a", password.toCharArray(), salt, CaAdministrator.COST);
      try (PreparedStatement operator =
              c.prepareStatement(
                  "insert into ans.operator (username, password_hash, enabled) values (?, ?, true)"
                      + " on conflict (username) do update set password_hash ="
                      + " excluded.password_hash, enabled = true");
          PreparedStatement role =
              c.prepareStatement(
                  "insert into ans.operator_role (username, role) values (?, 'ans-operator')"
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
