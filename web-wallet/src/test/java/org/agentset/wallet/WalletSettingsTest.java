package org.agentset.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalletSettingsTest {

  @Test
  void defaultsApplyWhenTheEnvironmentSaysNothing() {
    WalletSettings s = WalletSettings.fromEnvironment(Map.of());
    assertThat(s.port()).isEqualTo(8765);
    assertThat(s.home()).isEqualTo(Path.of(System.getProperty("user.home"), ".agentset-wallet"));
    assertThat(s.caUrl()).hasToString("http://localhost:8080/ca");
    assertThat(s.idleTimeout()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void theEnvironmentSetsPortHomeCaAndIdleTimeout() {
    WalletSettings s =
        WalletSettings.fromEnvironment(
            Map.of(
                "AGENTSET_WALLET_PORT",
                "0",
                "AGENTSET_WALLET_HOME",
                "/tmp/w",
                "AGENTSET_CA_URL",
                "http://ca.example/ca",
                "AGENTSET_WALLET_IDLE_MINUTES",
                "30"));
    assertThat(s)
        .isEqualTo(
            new WalletSettings(
                0,
                Path.of("/tmp/w"),
                java.net.URI.create("http://ca.example/ca"),
                Duration.ofMinutes(30)));
  }

  @Test
  void impossibleValuesStopTheWalletNamingTheVariable() {
    assertThatThrownBy(
            () -> WalletSettings.fromEnvironment(Map.of("AGENTSET_WALLET_IDLE_MINUTES", "0")))
        .hasMessageContaining("AGENTSET_WALLET_IDLE_MINUTES must be 1-240");
    assertThatThrownBy(
            () -> WalletSettings.fromEnvironment(Map.of("AGENTSET_WALLET_IDLE_MINUTES", "ten")))
        .hasMessageContaining("AGENTSET_WALLET_IDLE_MINUTES must be a whole number");
    assertThatThrownBy(
            () -> WalletSettings.fromEnvironment(Map.of("AGENTSET_WALLET_PORT", "70000")))
        .hasMessageContaining("AGENTSET_WALLET_PORT must be 0-65535");
  }
}
