package org.agentset.merchant.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void centsAreShownWithTheirCurrency() {
    assertThat(Money.format(540)).isEqualTo("5.40 EUR");
    assertThat(Money.format(0)).isEqualTo("0.00 EUR");
  }

  @Test
  void anOperatorsAmountBecomesCentsOrIsRefusedWithAReason() {
    assertThat(Money.minor(new BigDecimal("3"))).isEqualTo(300);
    assertThat(Money.minor(new BigDecimal("3.10"))).isEqualTo(310);
    assertThatThrownBy(() -> Money.minor(new BigDecimal("1.001")))
        .isInstanceOf(RefundRefused.class)
        .hasMessage("An amount has at most two decimals (cents).");
    assertThatThrownBy(() -> Money.minor(BigDecimal.ZERO))
        .isInstanceOf(RefundRefused.class)
        .hasMessage("Enter an amount above zero.");
    assertThatThrownBy(() -> Money.minor(null)).isInstanceOf(RefundRefused.class);
  }
}
