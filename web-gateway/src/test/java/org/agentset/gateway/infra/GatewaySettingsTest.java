package org.agentset.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewaySettingsTest {

  private static GatewaySettings of(Map<String, String> props, Map<String, String> env) {
    return GatewaySettings.from(props::get, env::get);
  }

  @Test
  void defaults() {
    GatewaySettings s = of(Map.of(), Map.of());

    assertThat(s.caUrl().toString()).isEqualTo("http://localhost:8080/ca");
    assertThat(s.keyStorePassword()).isNull();
    assertThat(s.suite()).isEqualTo("p256");
    assertThat(s.maxAge()).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.testControl()).isFalse();
    assertThat(s.terminalId()).isEqualTo("AGSETGW1");
    assertThat(s.authTokenWindow()).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void unsignedPurchasesAreRefusedUnlessAllowedAndThePropertyWinsOverTheEnvironment() {
    assertThat(
            GatewaySettings.allowUnsigned(
                Map.<String, String>of()::get, Map.<String, String>of()::get))
        .isFalse();
    assertThat(
            GatewaySettings.allowUnsigned(
                Map.<String, String>of()::get,
                Map.of("AGENTSET_GATEWAY_ALLOW_UNSIGNED", "TRUE")::get))
        .isTrue();
    assertThat(
            GatewaySettings.allowUnsigned(
                Map.of("agentset.gateway.allow-unsigned", "false")::get,
                Map.of("AGENTSET_GATEWAY_ALLOW_UNSIGNED", "true")::get))
        .isFalse();
    assertThat(
            GatewaySettings.allowUnsigned(
                Map.of("agentset.gateway.allow-unsigned", "yes")::get,
                Map.<String, String>of()::get))
        .as("only true allows")
        .isFalse();
  }

  @Test
  void propertiesWinOverTheEnvironmentAndTheCaFollowsThePublicUrl() {
    GatewaySettings s =
        of(
            Map.of(
                "agentset.gateway.keystore-password", "from-property-1234",
                "agentset.ca.public-url", "http://127.0.0.1:8380/"),
            Map.of(
                "AGENTSET_GATEWAY_KEYSTORE_PASSWORD", "from-environment-1234",
                "AGENTSET_GATEWAY_MAX_AGE", "PT2M"));

    assertThat(new String(s.keyStorePassword())).isEqualTo("from-property-1234");
    assertThat(s.caUrl().toString()).isEqualTo("http://127.0.0.1:8380/ca");
    assertThat(s.maxAge()).isEqualTo(Duration.ofMinutes(2));
    assertThat(s.toString()).doesNotContain("from-property");
  }

  @Test
  void wrongValuesAreNamed() {
    assertThatThrownBy(() -> of(Map.of("agentset.gateway.keystore-password", "short"), Map.of()))
        .hasMessageContaining("keystore-password");
    assertThatThrownBy(() -> of(Map.of("agentset.gateway.max-age", "15 minutes"), Map.of()))
        .hasMessageContaining("max-age");
    assertThatThrownBy(() -> of(Map.of("agentset.gateway.pan-key", "00"), Map.of()))
        .hasMessageContaining("pan-key");
    assertThatThrownBy(() -> of(Map.of("agentset.gateway.suite", "des"), Map.of()))
        .hasMessageContaining("suite");
    assertThatThrownBy(() -> of(Map.of("agentset.ca.url", "ftp://x"), Map.of()))
        .hasMessageContaining("agentset.ca.url");
  }
}
