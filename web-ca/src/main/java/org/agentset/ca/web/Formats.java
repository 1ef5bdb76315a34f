package org.agentset.ca.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.agentset.ca.status.RevocationReason;

/**
 * Formatting used across the console's pages: UTC timestamps (a CA's records are in UTC, and so
 * is what OpenSSL prints), profile names in words, revocation reasons by label.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  public String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  public String day(Instant t) {
    return t == null ? "" : DAY.format(t);
  }

  /** {@code MERCHANT_CA_KEY_EXCHANGE} → {@code Merchant CA key exchange}. */
  public String type(String profile) {
    if (profile == null || profile.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String word : profile.split("_")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(word.equals("CA") ? "CA" : word.toLowerCase(Locale.ROOT));
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  public String reason(String name) {
    return RevocationReason.parse(name).map(RevocationReason::label).orElse(name == null ? "" : name);
  }
}
