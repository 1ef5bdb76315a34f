package org.agentset.bank.api;

import java.util.Objects;

/**
 * A primary account number (PAN). It is a value the gateway must handle but never show: {@link
 * #toString()} masks all but the last four digits, and no exception message built here contains
 * the digits, so a PAN cannot reach a log by accident.
 */
public final class CardNumber {

  private final String digits;

  private CardNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a PAN of 12 to 19 digits; spaces are ignored.
   *
   * @throws IllegalArgumentException when the text is not 12 to 19 digits (the message never
   *     repeats the text)
   */
  public static CardNumber of(String text) {
    Objects.requireNonNull(text, "card number");
    String digits = text.replace(" ", "");
    if (digits.length() < 12 || digits.length() > 19 || !digits.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("a card number has 12 to 19 digits");
    }
    return new CardNumber(digits);
  }

  /** The digits, for the ISO 8583 message only. */
  public String digits() {
    return digits;
  }

  /** The last four digits, the only part that may be displayed or stored in clear. */
  public String lastFour() {
    return digits.substring(digits.length() - 4);
  }

  /** The PAN with every digit but the last four replaced by {@code *}. */
  public String masked() {
    return "*".repeat(digits.length() - 4) + lastFour();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CardNumber other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** The masked form: a PAN printed by mistake shows its last four digits only. */
  @Override
  public String toString() {
    return masked();
  }
}
