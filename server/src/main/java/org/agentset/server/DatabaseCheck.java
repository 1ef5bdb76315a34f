package org.agentset.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Tries the database before the server starts, so a wrong URL or password is told in one line that
 * names the URL and the cause, instead of a stack trace from the application server.
 */
public final class DatabaseCheck {

  private DatabaseCheck() {}

  /** Empty when a connection succeeds; otherwise one line saying what is wrong. */
  public static Optional<String> problem(DatabaseSettings settings) {
    Properties props = new Properties();
    props.setProperty("user", settings.user());
    props.setProperty("password", settings.password());
    props.setProperty("connectTimeout", "5");
    props.setProperty("loginTimeout", "10");
    try (Connection c = new org.postgresql.Driver().connect(settings.url(), props)) {
      if (c == null) {
        return Optional.of(
            "Cannot use the database at " + settings.url() + ": not a PostgreSQL URL");
      }
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of("Cannot use the database at " + settings.url() + ": " + firstLine(e));
    }
  }

  private static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
