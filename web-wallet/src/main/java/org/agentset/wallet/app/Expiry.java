package org.agentset.wallet.app;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Card expiry dates as customers type them ({@code 07/29}, {@code 07/2029}, {@code 2029-07}): a
 * card is valid through the last day of its expiry month, so the current month is still fine, and
 * nothing is issued for more than 20 years.
 */
public final class Expiry {

  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final int MAX_YEARS = 20;

  private Expiry() {}

  /** The expiry month, or what is wrong with {@code typed} as of {@code clock}'s month. */
  public static Result check(String typed, Clock clock) {
    if (typed == null || typed.isBlank()) {
      return Result.problem("Enter the expiry date as MM/YY.");
    }
    Optional<YearMonth> parsed = parse(typed.strip());
    if (parsed.isEmpty()) {
      return Result.problem("Write the expiry date as MM/YY, for example 07/29.");
    }
    YearMonth now = YearMonth.now(clock);
    YearMonth expiry = parsed.get();
    if (expiry.isBefore(now)) {
      return Result.problem("This card has expired.");
    }
    if (expiry.isAfter(now.plusYears(MAX_YEARS))) {
      return Result.problem(
          "No card is valid for more than " + MAX_YEARS + " years; check the year.");
    }
    return new Result(parsed, "");
  }

  private static Optional<YearMonth> parse(String s) {
    try {
      Matcher m = SLASHED.matcher(s);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(2));
        return Optional.of(
            YearMonth.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(1))));
      }
      m = ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(
            YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
    } catch (DateTimeException badMonth) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The outcome of {@link #check}.
   *
   * @param month the expiry month, when valid
   * @param problem what is wrong otherwise
   */
  public record Result(Optional<YearMonth> month, String problem) {
    static Result problem(String p) {
      return new Result(Optional.empty(), p);
    }
  }
}
