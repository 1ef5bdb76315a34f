package org.agentset.merchant.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderReferencesTest {

  @Test
  void lidMsCarryThePrefixAndTenReadableCharacters() {
    OrderReferences refs = new OrderReferences(new SecureRandom());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String lid = refs.newLidM("NB");
      assertThat(lid).matches("NB-[0-9A-HJKMNP-TV-Z]{10}");
      seen.add(lid);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void theDescriptionNamesEveryLineAndTheTotal() {
    String od =
        OrderReferences.describe(
            "Nordlicht Books",
            "NB-0123456789",
            List.of(
                new OrderReferences.Line("NB-MAP-001", "Wadden Map", 2, new BigDecimal("13.00")),
                new OrderReferences.Line("NB-KID-004", "Sticker Book", 1, new BigDecimal("8.90"))),
            new BigDecimal("34.90"),
            "EUR");
    assertThat(od)
        .isEqualTo(
            "Nordlicht Books order NB-0123456789: 2 × Wadden Map (NB-MAP-001) at 13.00 EUR;"
                + " 1 × Sticker Book (NB-KID-004) at 8.90 EUR. Total 34.90 EUR.");
  }
}
