package org.agentset.bank.ra;

import org.agentset.bank.api.SetReference;
import org.agentset.bank.api.Trace;
import org.agentset.bank.api.TransactionReference;

/**
 * A reversal the adapter owes the issuer until it is acknowledged: what it reverses (the
 * authorisation's trace, amount and terminal) and its own trace, which stays the same for the
 * first 0400 and every 0420 repeat so the issuer recognises the repeats. No card number.
 *
 * @param journalId the row in the store-and-forward journal, 0 while not journaled
 * @param authorisation the authorisation reversed
 * @param trace the reversal's own trace
 * @param attempts how many times it was sent without an answer
 */
record PendingReversal(long journalId, TransactionReference authorisation, Trace trace, int attempts) {

  /** A new reversal of {@code authorisation} under {@code trace}, not yet sent. */
  static PendingReversal of(TransactionReference authorisation, Trace trace) {
    return new PendingReversal(0, authorisation, trace, 0);
  }

  PendingReversal journaled(long id) {
    return new PendingReversal(id, authorisation, trace, attempts);
  }

  PendingReversal attempted() {
    return new PendingReversal(journalId, authorisation, trace, attempts + 1);
  }

  /** The set reference of the authorisation, or null. */
  SetReference set() {
    return authorisation.set();
  }
}
