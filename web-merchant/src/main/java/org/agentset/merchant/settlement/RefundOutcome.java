package org.agentset.merchant.settlement;

import java.util.UUID;

/**
 * What became of a refund.
 *
 * @param detail the reason, in words (the gateway's answer explained)
 * @param amountMinor the amount asked, in cents
 * @param refundableMinor what is still left of the capture to refund, in cents
 */
public record RefundOutcome(
    UUID refundId, Result result, String detail, long amountMinor, long refundableMinor)
    implements java.io.Serializable {

  /** The outcomes. */
  public enum Result {
    /** the gateway credited the card */
    REFUNDED,
    /** the gateway refused; the amount is refundable again */
    REFUSED,
    /** sent, but no readable answer; the amount stays reserved until checked */
    UNKNOWN
  }
}
