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
import org.agentset.bank.api.Acceptor;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.CaptureRequest;
import org.agentset.bank.api.Outcome;
import org.agentset.bank.api.SetReference;
import org.agentset.bank.api.Trace;
import org.agentset.bank.api.TransactionReference;
import org.agentset.db.gateway.PaymentTransaction;
import org.agentset.gateway.app.TransactionStore.Refused;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.msg.SetProtocolException;

/**
 * CapReq to CapRes: set-core verifies the request and each CapToken, the records confirm each item
 * (see {@link CapturePlan}), and each confirmed item is posted by the bank (0220) under the trace
 * recorded for it; an item the bank refuses or leaves unanswered (after one repeat under the same
 * trace) is reported failed and its record stays AUTHORISED with the reason. Items go into the
 * day's batch. The CapRes is stored with the request's digest, so the same CapReq sent again (a
 * merchant retrying after a lost CapRes) gets the same CapRes and the bank sees one capture.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaptureService {

  private static final Logger LOG = Logger.getLogger(CaptureService.class.getName());

  @EJB private TransactionStore store;

  @Resource(lookup = BankConnectionFactory.JNDI_NAME)
  private BankConnectionFactory bank;

  /**
   * Answers a CapReq, exactly once: a repeat of an accepted one gets its stored CapRes.
   *
   * @param rrpid the RRPID of the message header, null when it has none
   */
  public byte[] capture(
      GatewayEngine.Engine engine, RecordPolicy policy, byte[] capReq, byte[] rrpid)
      throws Refused, InterruptedException {
    byte[] hash = AuthorisationService.sha256(capReq);
    StoredAnswers.Accepted<CapturePlan> accepted =
        StoredAnswers.accept(
            store,
            TransactionStore.CAPTURE,
            rrpid,
            hash,
            h -> store.verifyCapture(engine, capReq, h));
    if (accepted.answer() != null) {
      return accepted.answer();
    }
    CapturePlan plan = accepted.plan();
    List<org.agentset.set.msg.CaptureRequest.Item> settled = new ArrayList<>();
    for (CapturePlan.Line line : plan.lines()) {
      if (!line.toBank()) {
        settled.add(line.item());
        continue;
      }
      PaymentTransaction t =
          store.find(line.item().transIds().getXid(), line.item().authRrpid()).orElseThrow();
      BankResult r = post(policy, t, RecordPolicy.minor(line.item().amount()), line.trace());
      if (r != null && r.approved()) {
        store.captured(
            t.getId(),
            RecordPolicy.minor(line.item().amount()),
            r.retrievalReference(),
            engine.context().freshness().clock().instant());
        settled.add(line.item());
      } else {
        String why =
            r == null
                ? "capture not sent: bank network unreachable"
                : r.outcome() == Outcome.UNKNOWN
                    ? "capture unanswered by the issuer"
                    : "issuer refused the capture with " + r.responseCode();
        store.captureFailed(t.getId(), why, engine.context().freshness().clock().instant());
        settled.add(CapturePlan.failed(line.item(), CapCode.UNSPECIFIED_FAILURE));
      }
    }
    BigInteger batch =
        new BigInteger(LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE));
    byte[] capRes;
    try {
      capRes =
          engine
              .capture()
              .captureResponse(plan.request().withItems(settled), batch)
              .getDerEncoded();
    } catch (SetProtocolException e) {
      throw new Refused(e);
    }
    store.storeAnswer(
        TransactionStore.CAPTURE,
        plan.request().rrpid(),
        capRes,
        engine.context().freshness().clock().instant());
    return capRes;
  }

  /**
   * Posts a capture of {@code minor} of the authorisation recorded in {@code t} (0220) under {@code
   * trace}, recorded before; repeated once under the same trace when unanswered.
   *
   * @return the bank's answer, or null when it could not be sent
   */
  public BankResult post(RecordPolicy policy, PaymentTransaction t, long minor, Trace trace) {
    TransactionReference auth = authorisation(policy, t);
    CaptureRequest request =
        new CaptureRequest(
            auth, new Amount(minor, RecordPolicy.currency(t.getCurrencyNumeric())), trace);
    BankResult last = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      try (BankConnection c = bank.getConnection()) {
        last = c.capture(request);
        if (last.outcome() != Outcome.UNKNOWN) {
          return last;
        }
      } catch (ResourceException e) {
        LOG.warning(() -> "Bank network unreachable for a capture: " + e.getMessage());
      }
    }
    return last;
  }

  /** The authorisation a later message refers to, rebuilt from the record (no card number). */
  static TransactionReference authorisation(RecordPolicy policy, PaymentTransaction t) {
    Acceptor acceptor = policy.acceptor(t.getAcceptorId());
    Trace trace = new Trace(t.getAuthStan(), t.getAuthTransmitted());
    return new TransactionReference(
        TransactionReference.Kind.AUTHORISATION,
        trace,
        acceptor,
        new Amount(t.getAmountMinor(), RecordPolicy.currency(t.getCurrencyNumeric())),
        t.getRrn() != null ? t.getRrn() : RecoveryService.retrievalReference(trace),
        t.getApprovalCode(),
        SetReference.of(t.getXid(), t.getTransStain()));
  }
}
