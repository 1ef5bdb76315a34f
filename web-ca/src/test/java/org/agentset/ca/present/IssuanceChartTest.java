package org.agentset.ca.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssuanceChartTest {

  @Test
  void oneBarPerDayInOrder() {
    Map<LocalDate, Long> days = new LinkedHashMap<>();
    days.put(LocalDate.of(2026, 11, 29), 0L);
    days.put(LocalDate.of(2026, 11, 30), 12L);
    days.put(LocalDate.of(2026, 12, 1), 3L);
    String json = IssuanceChart.json(days);
    assertThat(json)
        .startsWith("{\"type\":\"bar\"")
        .contains("\"labels\":[\"29 Nov\",\"30 Nov\",\"1 Dec\"]")
        .contains("\"data\":[0,12,3]")
        .contains("\"beginAtZero\":true");
    assertThat(json.chars().filter(c -> c == '{').count())
        .isEqualTo(json.chars().filter(c -> c == '}').count());
  }

  @Test
  void noDaysIsAnEmptyChart() {
    assertThat(IssuanceChart.json(Map.of())).contains("\"labels\":[]", "\"data\":[]");
  }
}
