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
 * A staffed party's first operator. When the party's schema has no operator with the seat's role
 * yet (a fresh database, or every such operator removed), the run command creates the seat's user
 * with a random password, stores only its bcrypt hash (cost {@value #COST}) and prints the password
 * once; it is never stored or shown again. (The CA's own audit trail, hash-chained by the CA,
 * starts with that administrator's first sign-in; the row's {@code created_at} dates the seed.)
 */
final class FirstOperator {

  /** Which operator a party starts with: its schema, the role and the user name. */
  record Seat(String schema, String role, String username) {}

  /** The certificate authority's first administrator. */
  static final Seat CA_ADMIN = new Seat("ca", "ca-admin", "ca.admin");

  /** The agent server's first operator (the operator view of all agents). */
  static final Seat ANS_OPERATOR = new Seat("ans", "ans-operator", "ans.operator");

  static final int COST = 12;

  private FirstOperator() {}

  /**
   * Creates the seat's operator if the party has nobody in that role.
   *
   * @return the new password, or empty when the party already has such an operator
   */
  static Optional<String> seedIfNone(DatabaseSettings db, Seat seat, SecureRandom random)
      throws SQLException {
    try (Connection c = connect(db)) {
      c.setAutoCommit(false);
      try (PreparedStatement lock =
              c.prepareStatement(
                  "lock table " + seat.schema() + ".operator_role in exclusive mode");
          PreparedStatement any =
              c.prepareStatement(
                  "select 1 from " + seat.schema() + ".operator_role where role = ? limit 1")) {
        lock.execute();
        any.setString(1, seat.role());
        try (ResultSet rs = any.executeQuery()) {
          if (rs.next()) {
            c.rollback();
            return Optional.empty();
          }
        }
      }
      String password = newPassword(random);
      try (PreparedStatement operator =
              c.prepareStatement(
                  "insert into "
                      + seat.schema()
                      + ".operator (username, password_hash, enabled) values (?, ?, true) on"
                      + " conflict (username) do update set password_hash = excluded.password_hash,"
                      + " enabled = true");
          PreparedStatement role =
              c.prepareStatement(
                  "insert into "
                      + seat.schema()
                      + ".operator_role (username, role) values (?, ?) on conflict do nothing")) {
        operator.setString(1, seat.username());
        operator.setString(2, hash(password, random));
        operator.executeUpdate();
        role.setString(1, seat.username());
        role.setString(2, seat.role());
        role.executeUpdate();
      }
      c.commit();
      return Optional.of(password);
    }
  }

  static Connection connect(DatabaseSettings db) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", db.user());
    props.setProperty("password", db.password());
    return new org.postgresql.Driver().connect(db.url(), props);
  }

  /** A fresh one-time password: 120 random bits, URL-safe. */
  static String newPassword(SecureRandom random) {
    byte[] secret = new byte[15];
    random.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** The bcrypt ({@code $2a$}, cost {@value #COST}) hash the parties' Elytron realms verify. */
  static String hash(String password, SecureRandom random) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return OpenBSDBCrypt.generate("2a", password.toCharArray(), salt, COST);
  }
}
