package org.agentset.bank.host;

import java.sql.SQLException;
import java.util.Optional;
import org.agentset.bank.api.ResponseCode;
import org.agentset.bank.host.LedgerTx.Hold;
import org.agentset.bank.host.LedgerTx.Logged;
import org.agentset.bank.iso8583.MessageTypes;

/**
 * Decides reversals (0400 and its 0420 repeats) of authorisations. A reversal releases the hold if
 * it is still active; it is acknowledged (00) also when there is nothing left to release — the
 * authorisation was declined or already reversed — because the acquirer's aim, no hold, is met. A
 * reversal that arrives before its authorisation is remembered, so the late authorisation is
 * refused; only a hold already captured cannot be reversed (refund it instead).
 */
final class Reversals {

  /**
   * Decides the reversal; {@code early} hears of it when the authorisation has not arrived yet, so
   * that the caller records it as early once the reversal's own log row exists.
   */
  Decision decide(LedgerTx tx, FinancialRequest r, EarlyRecorder early) throws SQLException {
    if (r.original().type() != MessageTypes.AUTHORISATION) {
      return Decision.refuse(ResponseCode.INVALID_TRANSACTION);
    }
    tx.lock(r.originalKey());
    Optional<Logged> auth = tx.logged(r.originalKey());
    if (auth.isEmpty()) {
      early.remember(r.originalKey());
      return new Decision(ResponseCode.APPROVED.code(), null, null, null, null);
    }
    if (auth.get().messageClass() != MessageClass.AUTHORISATION) {
      return Decision.refuse(ResponseCode.INVALID_TRANSACTION);
    }
    Long accountId = auth.get().accountId();
    if (auth.get().holdId() == null) {
      return new Decision(ResponseCode.APPROVED.code(), null, accountId, null, null);
    }
    Hold hold = tx.lockHold(auth.get().holdId()).orElseThrow();
    switch (hold.state()) {
      case "ACTIVE" -> {
        tx.lockAccount(hold.accountId());
        tx.closeHold(hold.id(), "RELEASED");
        tx.adjust(hold.accountId(), -hold.amount(), 0);
        return new Decision(ResponseCode.APPROVED.code(), null, accountId, hold.id(), null);
      }
      case "RELEASED" -> {
        return new Decision(ResponseCode.APPROVED.code(), null, accountId, hold.id(), null);
      }
      default -> {
        return Decision.refuse(ResponseCode.INVALID_TRANSACTION, hold.accountId());
      }
    }
  }

  /** Notes that a reversal came before its original; the note is written with the log row. */
  @FunctionalInterface
  interface EarlyRecorder {
    void remember(MessageKey original);
  }
}
