package org.agentset.merchant.set;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.junit.jupiter.api.Test;

/** Order amounts as SET carries them: ISO 4217 numeric code, minor units, exponent. */
class InitiationAmountsTest {

  @Test
  void euroAmountsBecomeCentsWithExponentMinusTwo() {
    CurrencyAmount a = InitiationSigner.amount(new BigDecimal("26.00"), "EUR");
    assertThat(a).isEqualTo(new CurrencyAmount(978, 2600, -2));
    assertThat(InitiationSigner.amount(new BigDecimal("0.05"), "EUR"))
        .isEqualTo(new CurrencyAmount(978, 5, -2));
    assertThat(InitiationSigner.amount(new BigDecimal("1200"), "JPY"))
        .isEqualTo(new CurrencyAmount(392, 1200, 0));
  }
}
