package org.agentset.ca.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.agentset.ca.hierarchy.CaSuite;
import org.junit.jupiter.api.Test;

class CaSettingsTest {

  private static final String PASSWORD = "a-long-enough-password";

  private static CaSettings read(Map<String, String> props, Map<String, String> env) {
    return CaSettings.from(props::get, env::get);
  }

  @Test
  void defaultsNeedOnlyThePassword() {
    CaSettings s = read(Map.of(), Map.of("AGENTSET_CA_KEYSTORE_PASSWORD", PASSWORD));
    assertThat(s.keyStorePassword()).isEqualTo(PASSWORD.toCharArray());
    assertThat(s.suite()).isEqualTo(CaSuite.P256);
    assertThat(s.publicBaseUrl()).hasToString("http://localhost:8080");
    assertThat(s.crlValidity()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void systemPropertiesWinOverTheEnvironment() {
    CaSettings s =
        read(
            Map.of(
                "agentset.ca.keystore.password", "property-password-1",
                "agentset.ca.suite", "RSA",
                "agentset.ca.public-url", "https://pki.bank.example/",
                "agentset.ca.crl-validity", "PT6H"),
            Map.of(
                "AGENTSET_CA_KEYSTORE_PASSWORD", PASSWORD,
                "AGENTSET_CA_SUITE", "p256",
                "AGENTSET_CA_PUBLIC_URL", "http://other"));
    assertThat(s.keyStorePassword()).isEqualTo("property-password-1".toCharArray());
    assertThat(s.suite()).isEqualTo(CaSuite.RSA);
    assertThat(s.publicBaseUrl()).hasToString("https://pki.bank.example");
    assertThat(s.crlValidity()).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void thereIsNoDefaultPasswordAndShortOnesAreRefused() {
    assertThatThrownBy(() -> read(Map.of(), Map.of()))
        .hasMessageContaining("AGENTSET_CA_KEYSTORE_PASSWORD");
    assertThatThrownBy(() -> read(Map.of(), Map.of("AGENTSET_CA_KEYSTORE_PASSWORD", "short-secret")))
        .hasMessageContaining("shorter than 16")
        .hasMessageNotContaining("short-secret");
  }

  @Test
  void thePasswordNeverShowsAndCanBeWiped() {
    CaSettings s = read(Map.of(), Map.of("AGENTSET_CA_KEYSTORE_PASSWORD", PASSWORD));
    assertThat(s.toString()).doesNotContain(PASSWORD).contains("(set)");
    s.wipe();
    assertThat(s.keyStorePassword()).containsOnly('\0');
  }

  @Test
  void wrongValuesAreNamed() {
    Map<String, String> env = Map.of("AGENTSET_CA_KEYSTORE_PASSWORD", PASSWORD);
    assertThatThrownBy(() -> read(Map.of("agentset.ca.suite", "pq-hybrid"), env))
        .hasMessageContaining("'pq-hybrid' is not supported")
        .hasMessageContaining("p256, rsa");
    assertThatThrownBy(() -> read(Map.of("agentset.ca.public-url", "ftp://x"), env))
        .hasMessageContaining("http(s) URL");
    assertThatThrownBy(() -> read(Map.of("agentset.ca.public-url", "http://x/?a=b"), env))
        .hasMessageContaining("without query");
    assertThatThrownBy(() -> read(Map.of("agentset.ca.crl-validity", "1 day"), env))
        .hasMessageContaining("ISO-8601");
    assertThatThrownBy(() -> read(Map.of("agentset.ca.crl-validity", "PT5M"), env))
        .hasMessageContaining("between 1 hour and 31 days");
  }
}
