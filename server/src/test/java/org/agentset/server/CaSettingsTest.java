package org.agentset.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CaSettingsTest {

  @Test
  void thePublicUrlFollowsTheHttpPortUnlessConfigured() {
    assertThat(CaSettings.jvmProperties(8180, Map.of()))
        .containsExactly("-Dagentset.ca.public-url=http://localhost:8180");
    assertThat(CaSettings.jvmProperties(8180, Map.of("AGENTSET_CA_PUBLIC_URL", "https://pki.bank")))
        .isEmpty();
  }
}
