package org.agentset.set.asn1.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictDerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "30",
        "300302010100",
        "308103020101",
        "3080020101 0000",
        "0101ff00",
        "02020001",
        "3084ffffffff"
      })
  void refusesTruncatedNonMinimalIndefiniteTrailingAndHugeLengths(String hex) {
    byte[] der = HexFormat.of().parseHex(hex.replace(" ", ""));
    assertThatThrownBy(() -> StrictDer.parse(der, "x"))
        .isInstanceOfSatisfying(
            MalformedCertExtensionException.class, e -> assertThat(e.field()).isEqualTo("x"));
  }

  @Test
  void refusesOversizedInputBeforeParsing() {
    assertThatThrownBy(() -> StrictDer.parse(new byte[StrictDer.MAX_EXTENSION_BYTES + 1], "x"))
        .hasMessageContaining("longer than");
  }

  @Test
  void acceptsDer() {
    assertThat(StrictDer.parse(HexFormat.of().parseHex("3003020101"), "x")).isNotNull();
  }
}
