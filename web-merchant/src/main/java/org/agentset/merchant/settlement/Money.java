package org.agentset.merchant.settlement;

import java.math.BigDecimal;

/** Amounts in cents, as the back office shows and reads them (the shops trade in EUR). */
public final class Money {

  private Money() {}

  /** {@code 1234} → {@code "12.34 EUR"}. */
  public static String format(long minor) {
    return BigDecimal.valueOf(minor, 2).toPlainString() + " EUR";
  }

  /**
   * An amount typed by an operator, in cents.
   *
   * @throws RefundRefused when it is no positive amount with at most two decimals
   */
  public static long minor(BigDecimal amount) {
    if (amount == null || amount.signum() <= 0) {
      throw new RefundRefused("Enter an amount above zero.");
    }
    try {
      return amount.movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw new RefundRefused("An amount has at most two decimals (cents).");
    }
  }
}
