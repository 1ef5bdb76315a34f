package org.agentset.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void noUrlMeansTheEmbeddedDatabase() {
    assertThat(DatabaseSettings.fromEnvironment(Map.of())).isEmpty();
    assertThat(DatabaseSettings.fromEnvironment(Map.of("AGENTSET_DB_URL", " "))).isEmpty();
  }

  @Test
  void anExternalDatabaseComesFromTheEnvironment() {
    DatabaseSettings s =
        DatabaseSettings.fromEnvironment(
                Map.of(
                    "AGENTSET_DB_URL", "jdbc:postgresql://db.example:5432/agentset",
                    "AGENTSET_DB_USER", "suite",
                    "AGENTSET_DB_PASSWORD", "s3cret"))
            .orElseThrow();
    assertThat(s)
        .isEqualTo(
            new DatabaseSettings("jdbc:postgresql://db.example:5432/agentset", "suite", "s3cret"));
  }

  @Test
  void aUrlThatIsNotPostgresIsRefusedByName() {
    assertThatThrownBy(
            () -> DatabaseSettings.fromEnvironment(Map.of("AGENTSET_DB_URL", "jdbc:mysql://x/y")))
        .hasMessage("AGENTSET_DB_URL must be a jdbc:postgresql: URL, was jdbc:mysql://x/y");
  }

  @Test
  void anUnreachableDatabaseIsOneLineNamingTheUrlAndTheCause() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/agentset";
    String problem = DatabaseCheck.problem(new DatabaseSettings(url, "u", "p")).orElseThrow();
    assertThat(problem).startsWith("Cannot use the database at " + url + ": ").contains("refused");
    assertThat(problem.lines()).hasSize(1);
  }
}
