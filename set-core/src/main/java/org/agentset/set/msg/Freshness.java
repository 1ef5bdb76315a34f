package org.agentset.set.msg;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.FreshnessWindow;
import org.agentset.set.asn1.msg.MessageHeader;

/**
 * A party's clock and freshness window, applied twice to every request: to {@code
 * MessageHeader.date} (SET's rule, via {@link FreshnessWindow}) and to a date the sender
 * <em>signed</em> (RRTags.currentDate, TransIDs.pReqDate, AuthHeader.authDate). The header is sent
 * in the clear, so anyone replaying a captured message can re-date it; only the signed date makes
 * staleness, and so the retention of {@link ReplayStore} entries, trustworthy.
 */
public final class Freshness {

  private final Clock clock;
  private final Duration maxAge;
  private final Duration maxSkew;
  private final FreshnessWindow window;

  /**
   * @param clock the party's clock
   * @param maxAge oldest accepted message age
   * @param maxSkew how far ahead of this clock a sender's clock may be
   */
  public Freshness(Clock clock, Duration maxAge, Duration maxSkew) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    this.maxSkew = Objects.requireNonNull(maxSkew, "maxSkew");
    this.window = new FreshnessWindow(clock, maxAge, maxSkew);
  }

  /** The party's clock. */
  public Clock clock() {
    return clock;
  }

  /** Now, by the party's clock. */
  public Instant now() {
    return clock.instant();
  }

  /** Refuses a header dated outside the window. */
  void checkHeader(MessageHeader header) throws SetProtocolException {
    ErrorCode code = window.check(header);
    if (code != null) {
      throw stale(code, "MessageWrapper.messageHeader.date");
    }
  }

  /** Refuses a signed date outside the window; {@code field} names it. */
  public void checkSigned(Instant date, String field) throws SetProtocolException {
    checkSigned(date, maxAge, field);
  }

  /** As {@link #checkSigned(Instant, String)} with a longer age limit (e.g. for a PI). */
  void checkSigned(Instant date, Duration age, String field) throws SetProtocolException {
    Instant now = clock.instant();
    if (date.isBefore(now.minus(age))) {
      throw stale(ErrorCode.MESSAGE_TOO_OLD, field);
    }
    if (date.isAfter(now.plus(maxSkew))) {
      throw stale(ErrorCode.MESSAGE_TOO_NEW, field);
    }
  }

  /** Until when an identifier carried with {@code signedDate} must be remembered. */
  public Instant keepUntil(Instant signedDate) {
    return keepUntil(signedDate, maxAge);
  }

  /** As {@link #keepUntil(Instant)} for an identifier accepted up to {@code age} old. */
  Instant keepUntil(Instant signedDate, Duration age) {
    return signedDate.plus(age).plus(maxSkew);
  }

  private static SetProtocolException stale(ErrorCode code, String field) {
    return new SetProtocolException(
        code == ErrorCode.MESSAGE_TOO_OLD ? Refusal.MESSAGE_TOO_OLD : Refusal.MESSAGE_TOO_NEW,
        field);
  }
}
