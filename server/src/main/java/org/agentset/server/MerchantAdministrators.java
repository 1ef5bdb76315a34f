package org.agentset.server;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Each hosted merchant's first back-office administrator. For every merchant that has no {@code
 * merchant-admin} yet, the run command creates {@code <merchant code>.admin} with a random
 * password, stores only its bcrypt hash and prints the password once (as for the CA's first
 * administrator).
 */
final class MerchantAdministrators {

  /** A created administrator and its one-time password. */
  record Created(String merchant, String username, String password) {}

  private MerchantAdministrators() {}

  static List<Created> seedIfNone(DatabaseSettings db, SecureRandom random) throws SQLException {
    List<Created> created = new ArrayList<>();
    try (Connection c = FirstOperator.connect(db)) {
      c.setAutoCommit(false);
      try (PreparedStatement lock =
              c.prepareStatement("lock table merchant.operator_role in exclusive mode");
          PreparedStatement bare =
              c.prepareStatement(
                  "select m.id, m.code from merchant.merchant m where not exists (select 1 from"
                      + " merchant.operator o join merchant.operator_role r on r.username ="
                      + " o.username where o.merchant_id = m.id and r.role = 'merchant-admin')"
                      + " order by m.code");
          PreparedStatement operator =
              c.prepareStatement(
                  "insert into merchant.operator (username, merchant_id, password_hash, enabled)"
                      + " values (?, ?, ?, true) on conflict (username) do update set"
                      + " password_hash = excluded.password_hash, merchant_id ="
                      + " excluded.merchant_id, enabled = true");
          PreparedStatement role =
              c.prepareStatement(
                  "insert into merchant.operator_role (username, role) values (?, 'merchant-admin')"
                      + " on conflict do nothing")) {
        lock.execute();
        try (ResultSet rs = bare.executeQuery()) {
          while (rs.next()) {
            String user = rs.getString(2) + ".admin";
            String password = FirstOperator.newPassword(random);
            operator.setString(1, user);
            operator.setLong(2, rs.getLong(1));
            operator.setString(3, FirstOperator.hash(password, random));
            operator.executeUpdate();
            role.setString(1, user);
            role.executeUpdate();
            created.add(new Created(rs.getString(2), user, password));
          }
        }
      }
      c.commit();
    }
    return created;
  }
}
