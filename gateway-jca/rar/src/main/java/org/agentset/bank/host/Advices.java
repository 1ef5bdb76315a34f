package org.agentset.bank.host;

import java.sql.SQLException;
import java.util.Optional;
import org.agentset.bank.api.ResponseCode;
import org.agentset.bank.host.LedgerTx.Account;
import org.agentset.bank.host.LedgerTx.Hold;
import org.agentset.bank.host.LedgerTx.Logged;
import org.agentset.bank.iso8583.MessageTypes;

/**
 * Decides financial advices (0220). A capture posts against the hold its authorisation placed:
 * the hold ends CAPTURED, the captured amount (at most the held one) becomes a posting, and the
 * rest of the hold is released. A refund credits back part of a capture, never more than the
 * capture posted in total.
 */
final class Advices {

  Decision capture(LedgerTx tx, FinancialRequest r) throws SQLException {
    if (r.original().type() != MessageTypes.AUTHORISATION) {
      return Decision.refuse(ResponseCode.INVALID_TRANSACTION);
    }
    tx.lock(r.originalKey());
    Optional<Logged> auth = tx.logged(r.originalKey());
    if (auth.isEmpty() || auth.get().messageClass() != MessageClass.AUTHORISATION) {
      return Decision.refuse(ResponseCode.UNABLE_TO_LOCATE_ORIGINAL);
    }
    if (auth.get().holdId() == null) {
      return Decision.refuse(ResponseCode.INVALID_TRANSACTION, auth.get().accountId());
    }
    Hold hold = tx.lockHold(auth.get().holdId()).orElseThrow();
    if (!"ACTIVE".equals(hold.state()) || !hold.approvalCode().equals(r.approvalCode())) {
      return Decision.refuse(ResponseCode.INVALID_TRANSACTION, hold.accountId());
    }
    Account account = tx.lockAccount(hold.accountId());
    if (!Authorisations.sameCurrency(account.currency(), r.currency())) {
      return Decision.refuse(ResponseCode.INVALID_TRANSACTION, account.id());
    }
    if (r.amount() <= 0 || r.amount() > hold.amount()) {
      return Decision.refuse(ResponseCode.INVALID_AMOUNT, account.id());
    }
    tx.closeHold(hold.id(), "CAPTURED");
    long posting = tx.insertPosting(account.id(), "CAPTURE", r.amount(), hold.id(), null);
    tx.adjust(account.id(), -hold.amount(), r.amount());
    return new Decision(ResponseCode.APPROVED.code(), hold.approvalCode(), account.id(), hold.id(), posting);
  }

  Decision refund(LedgerTx tx, FinancialRequest r) throws SQLException {
    if (r.original().type() != MessageTypes.ADVICE) {
      return Decision.refuse(ResponseCode.INVALID_TRANSACTION);
    }
    tx.lock(r.originalKey());
    Optional<Logged> capture = tx.logged(r.originalKey());
    if (capture.isEmpty()
        || capture.get().messageClass() != MessageClass.CAPTURE
        || capture.get().postingId() == null) {
      return Decision.refuse(ResponseCode.UNABLE_TO_LOCATE_ORIGINAL);
    }
    long accountId = capture.get().accountId();
    Account account = tx.lockAccount(accountId);
    if (!Authorisations.sameCurrency(account.currency(), r.currency())) {
      return Decision.refuse(ResponseCode.INVALID_TRANSACTION, accountId);
    }
    if (r.amount() <= 0 || r.amount() > tx.refundable(capture.get().postingId())) {
      return Decision.refuse(ResponseCode.INVALID_AMOUNT, accountId);
    }
    long posting =
        tx.insertPosting(accountId, "REFUND", -r.amount(), null, capture.get().postingId());
    tx.adjust(accountId, 0, -r.amount());
    return new Decision(ResponseCode.APPROVED.code(), null, accountId, null, posting);
  }
}
