package org.agentset.it.merchant;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.agentset.it.TestDatabase;
import org.agentset.server.DatabaseSettings;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** Back-office operators for the tests, written into {@code merchant.operator} (bcrypt). */
final class MerchantOperators {

  static final String PASSWORD = "back office pass phrase";

  private MerchantOperators() {}

  /** Adds (or resets) {@code username} as merchant-admin of {@code merchantCode}. */
  static void add(String username, String merchantCode) throws SQLException {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    String hash = OpenBSDBCrypt.generate("2a", PASSWORD.toCharArray(), salt, 10);
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement op =
            c.prepareStatement(
                "insert into merchant.operator (username, password_hash, merchant_id) values (?, ?,"
                    + " (select id from merchant.merchant where code = ?)) on conflict (username)"
                    + " do update set password_hash = excluded.password_hash, merchant_id ="
                    + " excluded.merchant_id, enabled = true");
        PreparedStatement role =
            c.prepareStatement(
                "insert into merchant.operator_role (username, role) values (?, 'merchant-admin')"
                    + " on conflict do nothing")) {
      op.setString(1, username);
      op.setString(2, hash);
      op.setString(3, merchantCode);
      op.executeUpdate();
      role.setString(1, username);
      role.executeUpdate();
    }
  }
}
