package org.agentset.ans.negotiation;

import java.math.BigDecimal;

/**
 * Amounts in minor units (cents), formatted for people: {@code 1850, "EUR"} → {@code 18.50 EUR}.
 */
public final class Money {

  private Money() {}

  public static String format(long minor, String currency) {
    return BigDecimal.valueOf(minor, 2).toPlainString() + " " + currency;
  }

  /** {@code 1850} → {@code "18.50"}, as the JSON of the APIs carries amounts. */
  public static String decimal(long minor) {
    return BigDecimal.valueOf(minor, 2).toPlainString();
  }

  /**
   * {@code "18.5"} → {@code 1850}.
   *
   * @throws IllegalArgumentException for more than two decimals, a negative or a non-number
   */
  public static long parseMinor(String decimal) {
    BigDecimal value;
    try {
      value = new BigDecimal(decimal.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("not an amount: " + decimal);
    }
    if (value.signum() < 0 || value.scale() > 2) {
      throw new IllegalArgumentException(
          "an amount has at most two decimals and is not negative: " + decimal);
    }
    return value.movePointRight(2).longValueExact();
  }
}
