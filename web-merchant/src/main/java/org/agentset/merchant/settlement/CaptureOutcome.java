package org.agentset.merchant.settlement;

import java.util.UUID;

/**
 * What became of one order in a capture batch, for the back office and its API.
 *
 * @param lidM the order's LID-M, or null when the shop has no such order
 * @param detail the reason, in words (the gateway's answer explained)
 */
public record CaptureOutcome(UUID orderId, String lidM, Result result, String detail)
    implements java.io.Serializable {

  /** The outcomes. */
  public enum Result {
    /** the gateway captured it (now or in an earlier batch whose answer was lost) */
    CAPTURED,
    /** the gateway refused it; it stays authorised and may be captured again */
    REFUSED,
    /** sent, but no readable answer: it stays PENDING; capture it again to learn the outcome */
    UNKNOWN,
    /** not sent: not this shop's, not authorised, or already captured */
    SKIPPED
  }

  static CaptureOutcome skipped(UUID orderId, String lidM, String why) {
    return new CaptureOutcome(orderId, lidM, Result.SKIPPED, why);
  }
}
