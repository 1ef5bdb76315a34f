package org.agentset.bank.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to an authorisation, capture, refund or reversal.
 *
 * @param outcome approved, declined, or unknown (no valid answer in time)
 * @param responseCode field 39 as the issuer sent it; null when the outcome is unknown
 * @param reference the message's own identity (STAN, transmission time, RRN, approval code), to
 *     pass to a later capture, refund or reversal
 */
public record BankResult(Outcome outcome, String responseCode, TransactionReference reference) {

  public BankResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reference, "reference");
    if ((outcome == Outcome.UNKNOWN) != (responseCode == null)) {
      throw new IllegalArgumentException("a response code is present exactly when the outcome is known");
    }
  }

  /** Whether the issuer approved (response code 00). */
  public boolean approved() {
    return outcome == Outcome.APPROVED;
  }

  /** The meaning of the response code, when it is one of the listed codes. */
  public Optional<ResponseCode> meaning() {
    return responseCode == null ? Optional.empty() : ResponseCode.of(responseCode);
  }

  /** The approval code (field 38) of an approved authorisation or capture, else null. */
  public String approvalCode() {
    return reference.approvalCode();
  }

  /** The retrieval reference number (field 37). */
  public String retrievalReference() {
    return reference.retrievalReference();
  }

  /** The system trace audit number (field 11), six digits. */
  public String stan() {
    return reference.trace().stanText();
  }

  /** The trace to repeat this request under. */
  public Trace trace() {
    return reference.trace();
  }
}
