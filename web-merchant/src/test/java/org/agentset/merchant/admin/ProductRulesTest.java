package org.agentset.merchant.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

  private static BackOffice.ProductChange change(String list, String floor, int stock) {
    return new BackOffice.ProductChange(
        "Tea", "Good tea", new BigDecimal(list), new BigDecimal(floor), stock, 2, true, List.of());
  }

  @Test
  void aConsistentEditPasses() {
    assertThat(ProductRules.check(change("12.00", "10.20", 5))).isNull();
    assertThat(ProductRules.check(change("12.00", "12.00", 0))).isNull();
  }

  @Test
  void inconsistentEditsAreExplained() {
    assertThat(ProductRules.check(change("12.00", "12.01", 5)))
        .isEqualTo("The floor price cannot be above the list price.");
    assertThat(ProductRules.check(change("12.001", "10", 5))).contains("at most 2 decimals");
    assertThat(ProductRules.check(change("12.00", "10", -1))).contains("Stock");
  }

  @Test
  void tiersReadAndWriteAsText() {
    List<int[]> tiers = ProductRules.tiers(" 5:5, 10 : 10% ");
    assertThat(tiers).hasSize(2);
    assertThat(ProductRules.text(tiers)).isEqualTo("5:5, 10:10");
    assertThat(ProductRules.tiers("")).isEmpty();
    assertThatThrownBy(() -> ProductRules.tiers("5-5")).hasMessageContaining("quantity:percent");
    assertThatThrownBy(() -> ProductRules.tiers("10:5, 5:10")).hasMessageContaining("rising");
    assertThatThrownBy(() -> ProductRules.tiers("5:100")).hasMessageContaining("1 to 99");
  }

  @Test
  void theSalesChartIsChartJsBarConfiguration() {
    Map<LocalDate, BigDecimal> days = new LinkedHashMap<>();
    days.put(LocalDate.of(2026, 11, 24), new BigDecimal("12.5"));
    days.put(LocalDate.of(2026, 11, 25), BigDecimal.ZERO);
    String json = SalesChart.json(days, "EUR");
    assertThat(json)
        .startsWith("{\"type\":\"bar\"")
        .contains("\"labels\":[\"24 Nov\",\"25 Nov\"]")
        .contains("\"data\":[12.50,0.00]")
        .contains("Sales (EUR)");
  }
}
