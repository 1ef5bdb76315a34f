package org.agentset.merchant.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PricingTest {

  private final Pricing pricing =
      new Pricing(
          new BigDecimal("14.50"),
          new BigDecimal("12.30"),
          List.of(
              new Pricing.Tier(10, new BigDecimal("10")),
              new Pricing.Tier(5, new BigDecimal("5"))));

  @Test
  void theHighestTierReachedApplies() {
    assertThat(pricing.unitPriceFor(1)).isEqualByComparingTo("14.50");
    assertThat(pricing.unitPriceFor(4)).isEqualByComparingTo("14.50");
    assertThat(pricing.unitPriceFor(5)).isEqualByComparingTo("13.78"); // 13.775 rounds half up
    assertThat(pricing.unitPriceFor(12)).isEqualByComparingTo("13.05");
  }

  @Test
  void agreedPricesMustLieBetweenFloorAndList() {
    assertThat(pricing.check(new BigDecimal("12.30"))).isNull();
    assertThat(pricing.check(new BigDecimal("14.50"))).isNull();
    assertThat(pricing.check(new BigDecimal("12.29"))).isEqualTo(Pricing.Refusal.BELOW_FLOOR);
    assertThat(pricing.check(new BigDecimal("14.51"))).isEqualTo(Pricing.Refusal.ABOVE_LIST);
  }
}
