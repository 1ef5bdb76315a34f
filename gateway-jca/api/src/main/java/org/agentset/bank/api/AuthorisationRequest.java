package org.agentset.bank.api;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * An authorisation (ISO 8583 0100): asks the issuer to approve the amount and hold it on the
 * card's open-to-buy.
 *
 * @param card the card number (field 2)
 * @param expiry the card's expiry (field 14)
 * @param amount the amount to hold (fields 4 and 49)
 * @param acceptor the terminal and merchant (fields 41, 42, 18)
 * @param set the SET transaction (field 48), or null
 * @param trace the trace to send under, or null for a fresh one; repeat a request whose outcome
 *     was unknown with the first attempt's trace
 */
public record AuthorisationRequest(
    CardNumber card,
    YearMonth expiry,
    Amount amount,
    Acceptor acceptor,
    SetReference set,
    Trace trace) {

  public AuthorisationRequest {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(expiry, "expiry");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(acceptor, "acceptor");
  }

  /** A request without SET reference, under a fresh trace. */
  public static AuthorisationRequest of(
      CardNumber card, YearMonth expiry, Amount amount, Acceptor acceptor) {
    return new AuthorisationRequest(card, expiry, amount, acceptor, null, null);
  }

  /** The same request, tied to a SET transaction. */
  public AuthorisationRequest withSet(SetReference reference) {
    return new AuthorisationRequest(card, expiry, amount, acceptor, reference, trace);
  }

  /** The same request under a given trace (a repeat of an earlier attempt). */
  public AuthorisationRequest withTrace(Trace repeated) {
    return new AuthorisationRequest(card, expiry, amount, acceptor, set, repeated);
  }

  /** The trace to send under, when one was given. */
  public Optional<Trace> givenTrace() {
    return Optional.ofNullable(trace);
  }

  /** Masks the card number. */
  @Override
  public String toString() {
    return "AuthorisationRequest[card=" + card + ", amount=" + amount + ", acceptor=" + acceptor + "]";
  }
}
