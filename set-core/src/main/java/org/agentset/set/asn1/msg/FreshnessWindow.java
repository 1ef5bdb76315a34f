package org.agentset.set.asn1.msg;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.agentset.set.asn1.der.Check;

/**
 * SET's freshness rule on {@code MessageHeader.date}: a message dated further in the past than the
 * window is {@code messageTooOld}, one dated further in the future than the allowed clock skew is
 * {@code messageTooNew}. Together with the caller's store of seen RRPIDs and XIDs (SET-PROTOCOL.md
 * §8 item 10) it refuses stale and replayed messages; the store is the caller's, the rule is here.
 *
 * <p>The clock is a constructor argument so tests and parties share one notion of now.
 */
public final class FreshnessWindow {

  private final Clock clock;
  private final Duration maxAge;
  private final Duration maxSkew;

  /**
   * @param clock the party's clock
   * @param maxAge oldest accepted message age
   * @param maxSkew how far ahead of this clock a sender's clock may be
   */
  public FreshnessWindow(Clock clock, Duration maxAge, Duration maxSkew) {
    this.clock = Check.required("clock", clock);
    this.maxAge = Check.required("maxAge", maxAge);
    this.maxSkew = Check.required("maxSkew", maxSkew);
    if (maxAge.isNegative() || maxSkew.isNegative()) {
      throw new IllegalArgumentException("window bounds must not be negative");
    }
  }

  /** The error to answer with, or null when {@code header}'s date is inside the window. */
  public ErrorCode check(MessageHeader header) {
    Instant now = clock.instant();
    Instant date = Check.required("header", header).getDate();
    if (date.isBefore(now.minus(maxAge))) {
      return ErrorCode.MESSAGE_TOO_OLD;
    }
    if (date.isAfter(now.plus(maxSkew))) {
      return ErrorCode.MESSAGE_TOO_NEW;
    }
    return null;
  }
}
