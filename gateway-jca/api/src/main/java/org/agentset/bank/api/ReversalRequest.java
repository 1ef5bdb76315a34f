package org.agentset.bank.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A reversal (ISO 8583 0400, repeated as 0420 until acknowledged): cancels an authorisation and
 * releases its hold. It may reach the issuer before the authorisation itself (a late
 * authorisation); the issuer then never places the hold.
 *
 * @param authorisation the authorisation to reverse (its {@link BankResult#reference()})
 * @param trace the trace to send under, or null for a fresh one
 */
public record ReversalRequest(TransactionReference authorisation, Trace trace) {

  public ReversalRequest {
    Objects.requireNonNull(authorisation, "authorisation");
    if (authorisation.kind() != TransactionReference.Kind.AUTHORISATION) {
      throw new IllegalArgumentException("a reversal refers to an authorisation");
    }
  }

  /** Reverses {@code authorisation} under a fresh trace. */
  public static ReversalRequest of(TransactionReference authorisation) {
    return new ReversalRequest(authorisation, null);
  }

  /** The trace to send under, when one was given. */
  public Optional<Trace> givenTrace() {
    return Optional.ofNullable(trace);
  }
}
