package org.agentset.bank.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A refund (ISO 8583 0220 financial advice, processing code 20): credits back part or all of a
 * capture. Refunds of one capture never exceed what it posted.
 *
 * @param capture the capture to refund (its {@link BankResult#reference()})
 * @param amount the amount to credit, same currency
 * @param trace the trace to send under, or null for a fresh one
 */
public record RefundRequest(TransactionReference capture, Amount amount, Trace trace) {

  public RefundRequest {
    Objects.requireNonNull(capture, "capture");
    Objects.requireNonNull(amount, "amount");
    if (capture.kind() != TransactionReference.Kind.CAPTURE) {
      throw new IllegalArgumentException("a refund refers to a capture");
    }
  }

  /** Refunds {@code amount} of {@code capture} under a fresh trace. */
  public static RefundRequest of(TransactionReference capture, Amount amount) {
    return new RefundRequest(capture, amount, null);
  }

  /** The trace to send under, when one was given. */
  public Optional<Trace> givenTrace() {
    return Optional.ofNullable(trace);
  }
}
