package org.agentset.ca.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private final Formats fmt = new Formats();

  @Test
  void profilesReadAsWords() {
    assertThat(fmt.type("MERCHANT_CA_KEY_EXCHANGE")).isEqualTo("Merchant CA key exchange");
    assertThat(fmt.type("GEO_POLITICAL")).isEqualTo("Geo political");
    assertThat(fmt.type("ROOT")).isEqualTo("Root");
    assertThat(fmt.type(null)).isEmpty();
  }

  @Test
  void timesAreUtcAndReasonsHaveLabels() {
    assertThat(fmt.time(Instant.parse("2026-06-01T10:00:05Z"))).isEqualTo("2026-06-01 10:00:05 UTC");
    assertThat(fmt.day(Instant.parse("2026-06-01T23:59:59Z"))).isEqualTo("2026-06-01");
    assertThat(fmt.reason("KEY_COMPROMISE")).isEqualTo("Key compromise");
    assertThat(fmt.reason("somethingElse")).isEqualTo("somethingElse");
    assertThat(fmt.time(null)).isEmpty();
  }
}
