package org.agentset.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's database fallback: a real PostgreSQL whose data survives a restart. */
class EmbeddedDatabaseTest {

  @TempDir Path dataDir;

  @Test
  void startsAndKeepsItsDataAcrossARestart() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
      assertThat(DatabaseCheck.problem(db.settings())).isEmpty();
      assertThat(setting(db.settings(), "fsync")).isEqualTo("on");
      assertThat(setting(db.settings(), "synchronous_commit")).isEqualTo("on");
      execute(db.settings(), "create table survivor (name text)");
      execute(db.settings(), "insert into survivor values ('kept')");
    }
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
      assertThat(db.settings().url()).endsWith("/" + EmbeddedDatabase.DATABASE);
      try (Connection c = connect(db.settings());
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select name from survivor")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("kept");
      }
    }
  }

  private static String setting(DatabaseSettings settings, String name) throws SQLException {
    try (Connection c = connect(settings);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void execute(DatabaseSettings settings, String sql) throws SQLException {
    try (Connection c = connect(settings);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static Connection connect(DatabaseSettings settings) throws SQLException {
    return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
  }
}
