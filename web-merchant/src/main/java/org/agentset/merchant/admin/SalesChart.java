package org.agentset.merchant.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The back office's "sales per day" bar chart as a Chart.js configuration for PrimeFaces' {@code
 * p:chart}: dates and amounts only (nothing from user input), so the JSON is written directly.
 */
public final class SalesChart {

  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private SalesChart() {}

  /** The chart of {@code perDay} (oldest first) in {@code currency}. */
  public static String json(Map<LocalDate, BigDecimal> perDay, String currency) {
    StringJoiner labels = new StringJoiner(",", "[", "]");
    StringJoiner values = new StringJoiner(",", "[", "]");
    perDay.forEach(
        (day, amount) -> {
          labels.add("\"" + LABEL.format(day) + "\"");
          values.add(amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        });
    return "{\"type\":\"bar\",\"data\":{\"labels\":"
        + labels
        + ",\"datasets\":[{\"label\":\"Sales ("
        + currency.replaceAll("[^A-Z]", "")
        + ")\",\"data\":"
        + values
        + ",\"backgroundColor\":\"#0b6e4f\",\"borderRadius\":3}]},"
        + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
        + "\"plugins\":{\"legend\":{\"display\":false}},"
        + "\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
  }
}
