package org.agentset.server;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the suite's PostgreSQL is and how to log in. Either given by the environment ({@code
 * AGENTSET_DB_URL}, {@code AGENTSET_DB_USER}, {@code AGENTSET_DB_PASSWORD}) or, when no URL is
 * given, the embedded server the run command starts itself.
 */
public record DatabaseSettings(String url, String user, String password) {

  /** Environment variable naming an external database's JDBC URL. */
  public static final String URL_VARIABLE = "AGENTSET_DB_URL";

  public DatabaseSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          URL_VARIABLE + " must be a jdbc:postgresql: URL, was " + url);
    }
  }

  /** The external database named by {@code env}, or empty when the embedded one should run. */
  public static Optional<DatabaseSettings> fromEnvironment(Map<String, String> env) {
    String url = env.get(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new DatabaseSettings(
            url.strip(),
            env.getOrDefault("AGENTSET_DB_USER", "agentset"),
            env.getOrDefault("AGENTSET_DB_PASSWORD", "agentset")));
  }

  /** The JVM options that point WildFly's datasource here. */
  public String[] systemProperties() {
    return new String[] {
      "-Dagentset.db.url=" + url, "-Dagentset.db.user=" + user, "-Dagentset.db.password=" + password
    };
  }
}
