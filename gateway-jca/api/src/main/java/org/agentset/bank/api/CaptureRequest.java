package org.agentset.bank.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A capture (ISO 8583 0220 financial advice, processing code 00): posts an approved
 * authorisation's amount, or less, against its hold. The remainder of the hold is released.
 *
 * @param authorisation the approved authorisation (its {@link BankResult#reference()})
 * @param amount the amount to post, at most the authorised amount, same currency
 * @param trace the trace to send under, or null for a fresh one
 */
public record CaptureRequest(TransactionReference authorisation, Amount amount, Trace trace) {

  public CaptureRequest {
    Objects.requireNonNull(authorisation, "authorisation");
    Objects.requireNonNull(amount, "amount");
    if (authorisation.kind() != TransactionReference.Kind.AUTHORISATION) {
      throw new IllegalArgumentException("a capture refers to an authorisation");
    }
    if (authorisation.approvalCode() == null) {
      throw new IllegalArgumentException("only an approved authorisation can be captured");
    }
  }

  /** Captures the whole authorised amount under a fresh trace. */
  public static CaptureRequest of(TransactionReference authorisation) {
    return new CaptureRequest(authorisation, authorisation.amount(), null);
  }

  /** The trace to send under, when one was given. */
  public Optional<Trace> givenTrace() {
    return Optional.ofNullable(trace);
  }
}
