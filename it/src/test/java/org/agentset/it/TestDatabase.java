package org.agentset.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.agentset.server.DatabaseCheck;
import org.agentset.server.DatabaseSettings;
import org.agentset.server.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests their PostgreSQL before Arquillian starts WildFly: the one named by
 * {@code AGENTSET_DB_URL}, or else a real embedded server on a free port with a fresh data
 * directory (so every run also proves that the migrations build an empty database). Publishes the
 * settings as the system properties {@code arquillian.xml} passes on to WildFly.
 */
public class TestDatabase implements LauncherSessionListener {

  private static EmbeddedDatabase embedded;
  private static DatabaseSettings settings;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    Optional<DatabaseSettings> external = DatabaseSettings.fromEnvironment(System.getenv());
    if (external.isPresent()) {
      settings = external.get();
    } else {
      Path dataDir = Path.of(System.getProperty("agentset.it.postgres", "target/postgres"));
      try {
        deleteRecursively(dataDir);
        embedded = EmbeddedDatabase.start(dataDir, 0);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL for the tests", e);
      }
      settings = embedded.settings();
    }
    DatabaseCheck.problem(settings)
        .ifPresent(
            problem -> {
              throw new IllegalStateException(problem);
            });
    System.setProperty("agentset.db.url", settings.url());
    System.setProperty("agentset.db.user", settings.user());
    System.setProperty("agentset.db.password", settings.password());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      embedded = null;
    }
  }

  /** The database the suite under test uses. */
  public static DatabaseSettings settings() {
    return settings;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!java.nio.file.Files.exists(dir)) {
      return;
    }
    try (var paths = java.nio.file.Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    }
  }
}
