package org.agentset.bank.ra;

import com.solab.iso8583.IsoMessage;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.Outcome;
import org.agentset.bank.api.ResponseCode;
import org.agentset.bank.api.TransactionReference;
import org.agentset.bank.iso8583.Fields;
import org.agentset.bank.iso8583.Iso8583Exception;

/** Reads an issuer's answer into the client interface's {@link BankResult}. */
final class Results {

  private Results() {}

  /**
   * The result of an answered request.
   *
   * @param sent the reference of the request as sent (its approval code is filled in here)
   * @throws Iso8583Exception when an approved authorisation carries no approval code: such an
   *     answer cannot be acted on, so the request's outcome is unknown
   */
  static BankResult answered(IsoMessage answer, TransactionReference sent) throws Iso8583Exception {
    String code = Fields.text(answer, Fields.RESPONSE_CODE);
    boolean approved = ResponseCode.APPROVED.code().equals(code);
    String approvalCode = sent.approvalCode();
    if (approved && sent.kind() == TransactionReference.Kind.AUTHORISATION) {
      approvalCode = Fields.text(answer, Fields.APPROVAL_CODE);
      if (approvalCode == null || approvalCode.isEmpty()) {
        throw new Iso8583Exception("approved 0110 without an approval code (field 38)");
      }
    }
    TransactionReference reference =
        new TransactionReference(
            sent.kind(),
            sent.trace(),
            sent.acceptor(),
            sent.amount(),
            sent.retrievalReference(),
            approvalCode,
            sent.set());
    return new BankResult(approved ? Outcome.APPROVED : Outcome.DECLINED, code, reference);
  }

  /** The result of a request whose answer never came (or came malformed). */
  static BankResult unknown(TransactionReference sent) {
    return new BankResult(Outcome.UNKNOWN, null, sent);
  }
}
