package org.agentset.merchant.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on pages, in UTC ({@code #{times.at(order.createdAt)}}). */
@Named
@ApplicationScoped
public class Times {

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  /** Day and time, e.g. {@code 25 Nov 2026 16:22}. */
  public String at(Instant t) {
    return t == null ? "" : AT.format(t);
  }

  /** Time of day, e.g. {@code 16:22 UTC}. */
  public String clock(Instant t) {
    return t == null ? "" : CLOCK.format(t);
  }
}
