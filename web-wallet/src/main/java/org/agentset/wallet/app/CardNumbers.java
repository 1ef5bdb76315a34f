package org.agentset.wallet.app;

import java.util.Optional;

/**
 * Card number rules: what the customer may type (digits, with spaces or hyphens between groups),
 * how long a number is (12 to 19 digits, ISO/IEC 7812), and the Luhn check digit that catches every
 * single mistyped digit and most swapped neighbours.
 *
 * <p>Every message here describes the problem, never the number.
 */
public final class CardNumbers {

  private CardNumbers() {}

  /** The digits of {@code typed} if it is a well-formed card number, else what is wrong. */
  public static Result check(String typed) {
    if (typed == null || typed.isBlank()) {
      return new Result(Optional.empty(), "Enter the card number.");
    }
    if (!typed.strip().matches("[0-9]+([ -][0-9]+)*")) {
      return new Result(
          Optional.empty(),
          "A card number has only digits, with spaces or hyphens between groups.");
    }
    String digits = typed.replaceAll("[^0-9]", "");
    if (digits.length() < 12 || digits.length() > 19) {
      return new Result(
          Optional.empty(),
          "A card number has 12 to 19 digits; this one has " + digits.length() + ".");
    }
    if (!luhn(digits)) {
      return new Result(
          Optional.empty(), "The card number's check digit does not match: a digit is mistyped.");
    }
    return new Result(Optional.of(digits), "");
  }

  /** Whether {@code digits} passes the Luhn (mod 10) check. */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * The outcome of {@link #check}.
   *
   * @param digits the number's digits, when it is well formed
   * @param problem what is wrong, when it is not (empty otherwise)
   */
  public record Result(Optional<String> digits, String problem) {
    /** Masks the digits, in case a result is ever printed. */
    @Override
    public String toString() {
      return digits
          .map(d -> "Result[valid, ending " + d.substring(d.length() - 4) + "]")
          .orElse("Result[" + problem + "]");
    }
  }
}
