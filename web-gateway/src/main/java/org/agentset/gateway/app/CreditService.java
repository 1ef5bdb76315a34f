package org.agentset.gateway.app;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.Outcome;
import org.agentset.bank.api.RefundRequest;
import org.agentset.bank.api.SetReference;
import org.agentset.bank.api.Trace;
import org.agentset.bank.api.TransactionReference;
import org.agentset.db.gateway.PaymentTransaction;
import org.agentset.gateway.app.TransactionStore.Refused;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.msg.CreditRequest;
import org.agentset.set.msg.SetProtocolException;

/**
 * CredReq to CredRes: set-core verifies the request and each CapToken, the records confirm and
 * reserve each item (see {@link CreditPlan}: never more than was captured, also under concurrent
 * refunds), and the bank credits each one (0220, processing code 20) against the recorded capture;
 * a refund the bank refuses or leaves unanswered (after one repeat under the same trace) gives its
 * reservation back and is reported failed. The CredRes is stored with the request's digest, so the
 * same CredReq sent again gets the same CredRes and the bank sees one refund.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CreditService {

  private static final Logger LOG = Logger.getLogger(CreditService.class.getName());

  @EJB private TransactionStore store;

  @Resource(lookup = BankConnectionFactory.JNDI_NAME)
  private BankConnectionFactory bank;

  /**
   * Answers a CredReq, exactly once: a repeat of an accepted one gets its stored CredRes.
   *
   * @param rrpid the RRPID of the message header, null when it has none
   */
  public byte[] credit(
      GatewayEngine.Engine engine, RecordPolicy policy, byte[] credReq, byte[] rrpid)
      throws Refused, InterruptedException {
    byte[] hash = AuthorisationService.sha256(credReq);
    StoredAnswers.Accepted<CreditPlan> accepted =
        StoredAnswers.accept(
            store,
            TransactionStore.CREDIT,
            rrpid,
            hash,
            h -> store.verifyCredit(engine, credReq, h));
    if (accepted.answer() != null) {
      return accepted.answer();
    }
    CreditPlan plan = accepted.plan();
    List<CreditRequest.Item> settled = new ArrayList<>();
    for (CreditPlan.Line line : plan.lines()) {
      if (!line.toBank()) {
        settled.add(line.item());
        continue;
      }
      PaymentTransaction t =
          store.find(line.item().transIds().getXid(), line.item().authRrpid()).orElseThrow();
      BankResult r = refund(policy, t, line);
      java.time.Instant now = engine.context().freshness().now();
      if (r != null && r.approved()) {
        store.refunded(t.getId(), now);
        settled.add(line.item());
      } else {
        String why =
            r == null
                ? "refund not sent: bank network unreachable"
                : r.outcome() == Outcome.UNKNOWN
                    ? "refund unanswered by the issuer"
                    : "issuer refused the refund with " + r.responseCode();
        store.refundFailed(t.getId(), line.minor(), why, now);
        settled.add(line.item().withResult(CredCode.UNSPECIFIED_FAILURE));
      }
    }
    BigInteger batch =
        new BigInteger(LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE));
    byte[] credRes;
    try {
      credRes =
          engine.credit().creditResponse(plan.request().withItems(settled), batch).getDerEncoded();
    } catch (SetProtocolException e) {
      throw new Refused(e);
    }
    store.storeAnswer(
        TransactionStore.CREDIT,
        plan.request().rrpid(),
        credRes,
        engine.context().freshness().now());
    return credRes;
  }

  private BankResult refund(RecordPolicy policy, PaymentTransaction t, CreditPlan.Line line) {
    Trace captureTrace = new Trace(t.getCaptureStan(), t.getCaptureTransmitted());
    TransactionReference capture =
        new TransactionReference(
            TransactionReference.Kind.CAPTURE,
            captureTrace,
            policy.acceptor(t.getAcceptorId()),
            new Amount(t.getCapturedMinor(), RecordPolicy.currency(t.getCurrencyNumeric())),
            t.getCaptureRrn() != null ? t.getCaptureRrn() : t.getRrn(),
            t.getApprovalCode(),
            SetReference.of(t.getXid(), t.getTransStain()));
    RefundRequest request =
        new RefundRequest(
            capture,
            new Amount(line.minor(), RecordPolicy.currency(t.getCurrencyNumeric())),
            line.trace());
    BankResult last = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      try (BankConnection c = bank.getConnection()) {
        last = c.refund(request);
        if (last.outcome() != Outcome.UNKNOWN) {
          return last;
        }
      } catch (ResourceException e) {
        LOG.warning(() -> "Bank network unreachable for a refund: " + e.getMessage());
      }
    }
    return last;
  }
}
