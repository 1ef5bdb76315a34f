package org.agentset.bank.ra;

import java.util.List;

/**
 * Durable store of the reversals the adapter owes the issuer (store and forward): a reversal is
 * recorded before its authorisation is reported unknown and stays until the issuer acknowledges
 * it, so an adapter restart resumes it.
 */
interface ReversalJournal {

  /** Records a new reversal; returns its id. */
  long record(PendingReversal reversal) throws JournalException;

  /** Notes one more unanswered attempt. */
  void attempted(PendingReversal reversal) throws JournalException;

  /** Marks the reversal acknowledged with the issuer's response code. */
  void acknowledged(PendingReversal reversal, String responseCode) throws JournalException;

  /** Every reversal not yet acknowledged, oldest first. */
  List<PendingReversal> pending() throws JournalException;

  /** The journal could not be read or written. */
  final class JournalException extends Exception {
    private static final long serialVersionUID = 1L;

    JournalException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
