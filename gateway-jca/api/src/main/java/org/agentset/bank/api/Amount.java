package org.agentset.bank.api;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the currency's minor units (cents for EUR), as ISO 8583 field 4 carries it,
 * with its ISO 4217 currency (field 49 carries the numeric code).
 *
 * @param minorUnits 1 to 999 999 999 999 (twelve digits, the width of field 4)
 * @param currency an ISO 4217 currency with a numeric code
 */
public record Amount(long minorUnits, Currency currency) {

  /** The largest amount field 4 can carry. */
  public static final long MAX_MINOR_UNITS = 999_999_999_999L;

  public Amount {
    Objects.requireNonNull(currency, "currency");
    if (minorUnits < 1 || minorUnits > MAX_MINOR_UNITS) {
      throw new IllegalArgumentException("an amount is 1 to 999999999999 minor units");
    }
    if (currency.getNumericCode() <= 0) {
      throw new IllegalArgumentException("currency " + currency + " has no ISO 4217 numeric code");
    }
  }

  /** {@code minorUnits} of the currency with the ISO 4217 alphabetic code {@code currencyCode}. */
  public static Amount of(long minorUnits, String currencyCode) {
    return new Amount(minorUnits, Currency.getInstance(currencyCode));
  }

  /** The ISO 4217 numeric code, three digits (field 49). */
  public String numericCurrency() {
    return String.format("%03d", currency.getNumericCode());
  }

  @Override
  public String toString() {
    return minorUnits + " " + currency.getCurrencyCode() + " minor units";
  }
}
