package org.agentset.ca.present;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The dashboard's "certificates issued per day" bar chart as a Chart.js configuration, which
 * PrimeFaces' {@code p:chart} renders as given. Labels are dates and values counts, so the JSON is
 * written directly (nothing in it comes from user input).
 */
public final class IssuanceChart {

  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private IssuanceChart() {}

  /** The chart for {@code perDay} (oldest first). */
  public static String json(Map<LocalDate, Long> perDay) {
    StringJoiner labels = new StringJoiner(",", "[", "]");
    StringJoiner values = new StringJoiner(",", "[", "]");
    perDay.forEach(
        (day, count) -> {
          labels.add("\"" + LABEL.format(day) + "\"");
          values.add(Long.toString(count));
        });
    return "{\"type\":\"bar\",\"data\":{\"labels\":"
        + labels
        + ",\"datasets\":[{\"label\":\"Certificates issued\",\"data\":"
        + values
        + ",\"backgroundColor\":\"#1f4e79\",\"borderRadius\":3}]},"
        + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
        + "\"plugins\":{\"legend\":{\"display\":false}},"
        + "\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
  }
}
