package org.agentset.gateway.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The "authorisations per hour" chart as a Chart.js configuration, which PrimeFaces' {@code
 * p:chart} renders as given: approved and declined, stacked. Labels are hours and values counts, so
 * the JSON is written directly (nothing in it comes from user input).
 */
public final class OperationsChart {

  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("d MMM HH:00", Locale.ENGLISH);

  private OperationsChart() {}

  public static String json(Map<LocalDateTime, long[]> perHour) {
    StringJoiner labels = new StringJoiner(",", "[", "]");
    StringJoiner approved = new StringJoiner(",", "[", "]");
    StringJoiner declined = new StringJoiner(",", "[", "]");
    perHour.forEach(
        (hour, v) -> {
          labels.add("\"" + LABEL.format(hour) + "\"");
          approved.add(Long.toString(v[0]));
          declined.add(Long.toString(v[1]));
        });
    return "{\"type\":\"bar\",\"data\":{\"labels\":"
        + labels
        + ",\"datasets\":[{\"label\":\"Approved\",\"data\":"
        + approved
        + ",\"backgroundColor\":\"#1f4e79\",\"borderRadius\":3},"
        + "{\"label\":\"Declined\",\"data\":"
        + declined
        + ",\"backgroundColor\":\"#c0504d\",\"borderRadius\":3}]},"
        + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
        + "\"scales\":{\"x\":{\"stacked\":true},"
        + "\"y\":{\"stacked\":true,\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
  }
}
