package org.agentset.bank.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything a later message needs to refer to an earlier one (ISO 8583 field 90, "original data
 * elements", plus the approval code a capture quotes). Every {@link BankResult} carries one: pass
 * an authorisation's to {@link CaptureRequest} or {@link ReversalRequest}, a capture's to {@link
 * RefundRequest}. It holds no card number, so the gateway need not keep the PAN after the
 * authorisation.
 *
 * @param kind what the referenced message was
 * @param trace its trace (STAN and transmission time)
 * @param acceptor its terminal and merchant
 * @param amount its amount
 * @param retrievalReference its retrieval reference number (field 37)
 * @param approvalCode the issuer's approval code (field 38), or null when there is none
 * @param set the SET transaction it belongs to, or null
 */
public record TransactionReference(
    Kind kind,
    Trace trace,
    Acceptor acceptor,
    Amount amount,
    String retrievalReference,
    String approvalCode,
    SetReference set) {

  /** The kinds of financial message a reference can point to. */
  public enum Kind {
    AUTHORISATION,
    CAPTURE,
    REFUND,
    REVERSAL
  }

  public TransactionReference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(acceptor, "acceptor");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(retrievalReference, "retrievalReference");
  }

  /** The SET transaction, when the message carried one. */
  public Optional<SetReference> setReference() {
    return Optional.ofNullable(set);
  }
}
