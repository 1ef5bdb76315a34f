package org.agentset.ans.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnsSettingsTest {

  private static AnsSettings read(Map<String, String> props, Map<String, String> env) {
    return AnsSettings.from(props::get, env::get);
  }

  @Test
  void defaultsDeriveFromThePublicUrlAndTheDemoMerchants() {
    AnsSettings s =
        read(
            Map.of("agentset.ca.public-url", "http://127.0.0.1:8680/"),
            Map.of("AGENTSET_ANS_KEY_PASSWORD", "0123456789abcdef"));
    assertThat(s.ansUrl()).hasToString("http://127.0.0.1:8680/ans");
    assertThat(s.caUrl()).hasToString("http://127.0.0.1:8680/ca");
    assertThat(s.merchantUrl()).hasToString("http://127.0.0.1:8680/merchant");
    assertThat(s.merchants()).containsExactly("herbarium-tea", "nordlicht-books", "voltaic-parts");
    assertThat(s.merchantToken("herbarium-tea")).startsWith("ht-agent-");
    assertThat(s.rounds()).isEqualTo(8);
    assertThat(s.toString()).doesNotContain("0123456789abcdef").doesNotContain("ht-agent-");
  }

  @Test
  void propertiesWinOverTheEnvironmentAndBadValuesAreNamed() {
    AnsSettings s =
        read(
            Map.of(
                "agentset.ans.key-password",
                "from-the-property-1",
                "agentset.ans.merchants",
                "shop-a=t1",
                "agentset.ans.rounds",
                "3"),
            Map.of("AGENTSET_ANS_KEY_PASSWORD", "from-the-environment"));
    assertThat(new String(s.keyPassword())).isEqualTo("from-the-property-1");
    assertThat(s.merchants()).containsExactly("shop-a");
    assertThat(s.rounds()).isEqualTo(3);
    assertThatThrownBy(() -> read(Map.of(), Map.of()))
        .hasMessageContaining("AGENTSET_ANS_KEY_PASSWORD");
    assertThatThrownBy(() -> read(Map.of("agentset.ans.key-password", "short"), Map.of()))
        .hasMessageContaining("shorter");
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "agentset.ans.key-password",
                        "0123456789abcdef",
                        "agentset.ans.merchants",
                        "Bad Shop"),
                    Map.of()))
        .hasMessageContaining("code=token");
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "agentset.ans.key-password",
                        "0123456789abcdef",
                        "agentset.ans.url",
                        "ftp://x"),
                    Map.of()))
        .hasMessageContaining("agentset.ans.url");
  }
}
