package org.agentset.merchant.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MerchantSettingsTest {

  @Test
  void urlsDeriveFromTheCaPublicUrl() {
    MerchantSettings s =
        MerchantSettings.from(
            Map.of("agentset.ca.public-url", "http://127.0.0.1:8480/")::get, k -> null);
    assertThat(s.merchantUrl()).hasToString("http://127.0.0.1:8480/merchant");
    assertThat(s.gatewayUrl()).hasToString("http://127.0.0.1:8480/gateway");
    assertThat(s.setEndpoint()).hasToString("http://127.0.0.1:8480/merchant/set");
    assertThat(s.orderTtl()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void propertiesWinOverTheEnvironment() {
    MerchantSettings s =
        MerchantSettings.from(
            Map.of("agentset.gateway.url", "https://gw.example/gateway")::get,
            Map.of(
                    "AGENTSET_GATEWAY_URL", "http://other/gateway",
                    "AGENTSET_MERCHANT_ORDER_TTL", "PT45S")
                ::get);
    assertThat(s.gatewayUrl()).hasToString("https://gw.example/gateway");
    assertThat(s.orderTtl()).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void theKeyStorePasswordIsOptionalButNeverShortOrShown() {
    assertThat(MerchantSettings.from(k -> null, k -> null).keyStorePassword()).isNull();
    MerchantSettings s =
        MerchantSettings.from(
            k -> null, Map.of("AGENTSET_MERCHANT_KEYSTORE_PASSWORD", "sixteen chars ok!")::get);
    assertThat(s.keyStorePassword()).isEqualTo("sixteen chars ok!");
    assertThat(s.toString()).doesNotContain("sixteen");
    assertThatThrownBy(
            () ->
                MerchantSettings.from(
                    Map.of("agentset.merchant.keystore-password", "short")::get, k -> null))
        .hasMessageContaining("shorter than 16")
        .hasMessageNotContaining("short\"");
    assertThat(MerchantSettings.enrolmentCode("nordlicht-books")).isEqualTo("nordlicht-7Q4M-K2XD");
  }

  @Test
  void badSettingsAreNamed() {
    assertThatThrownBy(
            () -> MerchantSettings.from(Map.of("agentset.merchant.url", "ftp://x")::get, k -> null))
        .hasMessageContaining("agentset.merchant.url");
    assertThatThrownBy(
            () ->
                MerchantSettings.from(
                    Map.of("agentset.merchant.order-ttl", "soon")::get, k -> null))
        .hasMessageContaining("agentset.merchant.order-ttl");
  }
}
