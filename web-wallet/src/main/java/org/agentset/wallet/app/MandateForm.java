package org.agentset.wallet.app;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.wallet.agents.MandateDraft;

/**
 * The mandate page's (and API's) fields, checked into a {@link MandateDraft}: what to buy (a query,
 * a category, or both), how many (1-999), the most per unit and the total budget in euros (up to
 * 100,000.00, two decimals), the merchants allowed (codes separated by commas or spaces; empty for
 * any), the deadline (at least 10 minutes and at most 90 days ahead; an ISO instant or the form's
 * local date-time) and the mode ({@code autonomous} or {@code confirm}). Every field that is wrong
 * is named at once.
 */
public final class MandateForm {

  /** Euro: ISO 4217 978, cents. */
  public static final int EUR = 978;

  private MandateForm() {}

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming every wrong field
   */
  public static MandateDraft parse(
      String query,
      String category,
      String quantity,
      String maxUnitPrice,
      String budget,
      String merchants,
      String deadline,
      String mode,
      Clock clock) {
    List<FieldError> errors = new ArrayList<>();
    String q = blankToNull(query);
    String c = blankToNull(category);
    if (q == null && c == null) {
      errors.add(new FieldError("query", "Say what to buy: a product query, a category, or both."));
    }
    if (q != null && q.length() > 200) {
      errors.add(new FieldError("query", "Use at most 200 characters."));
    }
    if (c != null && !c.matches("[a-z0-9-]{1,64}")) {
      errors.add(
          new FieldError("category", "Use the catalogue's category name, e.g. maps or tea."));
    }
    int qty = 0;
    try {
      qty = Integer.parseInt(quantity == null ? "" : quantity.strip());
      if (qty < 1 || qty > 999) {
        errors.add(new FieldError("quantity", "Buy between 1 and 999 units."));
      }
    } catch (NumberFormatException e) {
      errors.add(new FieldError("quantity", "Give the number of units, e.g. 2."));
    }
    long unit = cents(maxUnitPrice, "maxUnitPrice", "maximum unit price", errors);
    long total = cents(budget, "budget", "budget", errors);
    if (unit > 0 && total > 0 && qty > 0 && total < unit) {
      errors.add(new FieldError("budget", "The budget must cover at least one unit."));
    }
    List<String> shops = new ArrayList<>();
    if (merchants != null && !merchants.isBlank()) {
      for (String m : merchants.strip().split("[,\\s]+")) {
        String code = m.toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z0-9-]{1,64}")) {
          errors.add(
              new FieldError(
                  "merchants", "Merchant codes are like nordlicht-books, separated by commas."));
          break;
        }
        if (!shops.contains(code)) {
          shops.add(code);
        }
      }
      if (shops.size() > 32) {
        errors.add(new FieldError("merchants", "Name at most 32 merchants."));
      }
    }
    Instant until = null;
    Instant now = clock.instant();
    try {
      until = deadline(deadline, clock);
      if (until.isBefore(now.plus(Duration.ofMinutes(10)))) {
        errors.add(new FieldError("deadline", "The deadline must be at least 10 minutes ahead."));
      } else if (until.isAfter(now.plus(Duration.ofDays(90)))) {
        errors.add(new FieldError("deadline", "The deadline can be at most 90 days ahead."));
      }
    } catch (DateTimeParseException | NullPointerException e) {
      errors.add(new FieldError("deadline", "Give a date and time, e.g. 2026-12-01T18:00."));
    }
    MandateMode m = null;
    String modeText = mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT);
    if (modeText.equals("autonomous")) {
      m = MandateMode.AUTONOMOUS;
    } else if (modeText.equals("confirm")) {
      m = MandateMode.CONFIRM;
    } else {
      errors.add(
          new FieldError(
              "mode", "Choose autonomous (the agent pays alone) or confirm (you confirm each)."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new MandateDraft(
        List.of(new MandateDraft.Item(q, c, qty, unit)), total, EUR, -2, shops, until, m);
  }

  private static Instant deadline(String text, Clock clock) {
    String t = text.strip();
    if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
      return java.time.OffsetDateTime.parse(t).toInstant();
    }
    return LocalDateTime.parse(t).atZone(ZoneId.systemDefault()).toInstant();
  }

  private static long cents(String text, String field, String what, List<FieldError> errors) {
    try {
      BigDecimal v = new BigDecimal(text == null ? "" : text.strip().replace(',', '.'));
      if (v.scale() > 2 || v.signum() <= 0 || v.compareTo(new BigDecimal("100000")) > 0) {
        errors.add(
            new FieldError(field, "Give the " + what + " in euros, e.g. 12.50 (at most 100000)."));
        return 0;
      }
      return v.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(new FieldError(field, "Give the " + what + " in euros, e.g. 12.50."));
      return 0;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
