package org.agentset.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayKeyStoreTest {

  @TempDir Path dir;

  @Test
  void aGeneratedPasswordIsKeptApartFromTheCasAndReused() throws Exception {
    Map<String, String> first = GatewayKeyStore.withGateway(Map.of("A", "b"), dir, Map.of());
    Map<String, String> second = GatewayKeyStore.withGateway(Map.of(), dir, Map.of());

    String password = first.get("AGENTSET_GATEWAY_KEYSTORE_PASSWORD");
    assertThat(password).hasSizeGreaterThanOrEqualTo(40);
    assertThat(second.get("AGENTSET_GATEWAY_KEYSTORE_PASSWORD")).isEqualTo(password);
    assertThat(first).containsEntry("A", "b");
    assertThat(Files.readString(dir.resolve("gateway-keystore.password")).strip())
        .isEqualTo(password);
    assertThat(CaSettings.storedPassword(dir)).isNotEqualTo(password);
  }

  @Test
  void anOperatorsPasswordWins() throws Exception {
    Map<String, String> env =
        Map.of("AGENTSET_GATEWAY_KEYSTORE_PASSWORD", "operator-chosen-gw-password");
    assertThat(GatewayKeyStore.withGateway(Map.of(), dir, env))
        .containsEntry("AGENTSET_GATEWAY_KEYSTORE_PASSWORD", "operator-chosen-gw-password");
    assertThat(dir.resolve("gateway-keystore.password")).doesNotExist();
  }
}
