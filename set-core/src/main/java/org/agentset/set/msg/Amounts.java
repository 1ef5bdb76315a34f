package org.agentset.set.msg;

import org.agentset.set.asn1.msg.CurrencyAmount;

/** Comparisons of SET amounts by currency and exact decimal value (never by encoding). */
final class Amounts {

  private Amounts() {}

  /** Whether {@code a} is in {@code limit}'s currency and not above it. */
  static boolean notAbove(CurrencyAmount a, CurrencyAmount limit) {
    return a.getCurrency() == limit.getCurrency()
        && a.toBigDecimal().compareTo(limit.toBigDecimal()) <= 0;
  }

  /** Whether {@code a} is above zero. */
  static boolean positive(CurrencyAmount a) {
    return a.getAmount().signum() > 0;
  }

  /** Zero in {@code a}'s currency and exponent. */
  static CurrencyAmount zero(CurrencyAmount a) {
    return new CurrencyAmount(a.getCurrency(), 0, a.getAmtExp10());
  }

  /**
   * {@code a + b} in {@code a}'s currency, at the finer of the two exponents.
   *
   * @throws IllegalArgumentException when the currencies differ
   */
  static CurrencyAmount sum(CurrencyAmount a, CurrencyAmount b) {
    if (a.getCurrency() != b.getCurrency()) {
      throw new IllegalArgumentException("amounts in two currencies");
    }
    int exp = Math.min(a.getAmtExp10(), b.getAmtExp10());
    java.math.BigDecimal total = a.toBigDecimal().add(b.toBigDecimal());
    return new CurrencyAmount(a.getCurrency(), total.movePointLeft(exp).toBigIntegerExact(), exp);
  }

  /** Whether two amounts are the same money (same currency, same value at any exponent). */
  static boolean equal(CurrencyAmount a, CurrencyAmount b) {
    return a.getCurrency() == b.getCurrency() && a.toBigDecimal().compareTo(b.toBigDecimal()) == 0;
  }
}
