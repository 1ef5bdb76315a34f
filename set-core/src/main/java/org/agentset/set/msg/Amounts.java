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

  /** Whether two amounts are the same money (same currency, same value at any exponent). */
  static boolean equal(CurrencyAmount a, CurrencyAmount b) {
    return a.getCurrency() == b.getCurrency() && a.toBigDecimal().compareTo(b.toBigDecimal()) == 0;
  }
}
