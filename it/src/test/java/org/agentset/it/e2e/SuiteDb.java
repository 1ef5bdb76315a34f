package org.agentset.it.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.agentset.it.TestDatabase;
import org.agentset.server.DatabaseSettings;

/**
 * The suite's database as the tests read it (every party's schema, from the test side): rows as
 * strings. The only write is {@link #execute}, for what an operator does by hand where the product
 * has no page for it yet.
 */
public final class SuiteDb {

  private SuiteDb() {}

  public static Connection connect() throws SQLException {
    DatabaseSettings s = TestDatabase.settings();
    return DriverManager.getConnection(s.url(), s.user(), s.password());
  }

  /** Every row {@code sql} selects, each as strings. */
  public static List<List<String>> rows(String sql, Object... args) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.add(rs.getString(i));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  /** The one row {@code sql} selects; fails if there is none or more than one. */
  public static List<String> one(String sql, Object... args) throws SQLException {
    List<List<String>> rows = rows(sql, args);
    if (rows.size() != 1) {
      throw new AssertionError(rows.size() + " rows, not one, for " + sql);
    }
    return rows.get(0);
  }

  /** The single value of the one row {@code sql} selects. */
  public static String value(String sql, Object... args) throws SQLException {
    return one(sql, args).get(0);
  }

  /** Runs an update; returns how many rows it changed. */
  public static int execute(String sql, Object... args) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }
}
