package org.agentset.gateway.app;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import org.agentset.bank.api.AuthorisationRequest;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.CardNumber;
import org.agentset.bank.api.Outcome;
import org.agentset.bank.api.SetReference;
import org.agentset.bank.api.Trace;
import org.agentset.db.gateway.PaymentTransaction;
import org.agentset.gateway.app.TransactionStore.Refused;
import org.agentset.gateway.app.TransactionStore.Verified;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.msg.BankDecision;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;

/**
 * AuthReq to AuthRes, exactly once. A repeated AuthReq (same XID and RRPID, same bytes) is answered
 * with the stored AuthRes and never reaches the bank again. A new one is verified by set-core and
 * recorded VERIFIED together with the trace its 0100 will carry (one transaction); then the bank is
 * asked, outside any transaction; then the answer and the AuthRes are recorded (one transaction)
 * and sent. A crash between the bank's answer and that record leaves the record VERIFIED with its
 * trace, and {@link RecoveryService} reverses it. An AuthReq with CaptureNow is also captured at
 * the bank once approved (see {@link #captureAtOnce}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuthorisationService {

  private static final Logger LOG = Logger.getLogger(AuthorisationService.class.getName());

  /** How long a repeat waits for the first request's answer. */
  private static final long WAIT_MILLIS = 15_000;

  @EJB private TransactionStore store;
  @EJB private CaptureService captures;
  @EJB private TestControl testControl;

  @Resource(lookup = BankConnectionFactory.JNDI_NAME)
  private BankConnectionFactory bank;

  /**
   * Answers an AuthReq.
   *
   * @throws Refused naming the check that failed (recorded by the caller)
   */
  public byte[] authorise(
      GatewayEngine.Engine engine, RecordPolicy policy, byte[] authReq, byte[] xid, byte[] rrpid)
      throws Refused, InterruptedException {
    byte[] hash = sha256(authReq);
    if (xid != null && rrpid != null) {
      Optional<byte[]> stored = answerOfRepeat(xid, rrpid, hash);
      if (stored.isPresent()) {
        return stored.get();
      }
    }
    Verified v;
    try {
      v = store.verify(engine, authReq, hash, policy);
    } catch (Refused r) {
      if (r.refusal().refusal() == Refusal.REPLAYED_RRPID && xid != null && rrpid != null) {
        // a concurrent copy of this very request got there first: answer with its answer
        Optional<byte[]> stored = answerOfRepeat(xid, rrpid, hash);
        if (stored.isPresent()) {
          return stored.get();
        }
      }
      throw r;
    }
    return ask(engine, policy, v);
  }

  /**
   * XID, TransStain and the cardholder certificate whose CardSecret keyed it, for the issuer to
   * verify (an unsigned PI names no certificate).
   */
  static SetReference reference(org.agentset.set.msg.AuthorisationRequest r) {
    SetReference reference = SetReference.of(r.xid(), r.transStain());
    return r.cardholderSerial() == null
        ? reference
        : reference.withCardholderSerial(r.cardholderSerial());
  }

  private byte[] ask(GatewayEngine.Engine engine, RecordPolicy policy, Verified v) throws Refused {
    org.agentset.set.msg.AuthorisationRequest r = v.request();
    PaymentTransaction t = store.find(r.xid(), r.authRrpid()).orElseThrow();
    Trace trace = new Trace(t.getAuthStan(), t.getAuthTransmitted());
    AuthorisationRequest toBank =
        new AuthorisationRequest(
            CardNumber.of(r.pan()),
            r.cardExpiry(),
            RecordPolicy.amount(r.amount()),
            policy.acceptor(t.getAcceptorId()),
            reference(r),
            trace);
    BankResult result = send(toBank);
    testControl.afterBankAnswer(result);
    BankDecision decision;
    String state;
    String failure = null;
    if (result == null) {
      decision = BankDecision.declined(AuthCode.SYSTEM_ERROR, r.amount(), null);
      state = "FAILED";
      failure = "bank network unreachable: nothing was sent";
    } else if (result.outcome() == Outcome.UNKNOWN) {
      decision = BankDecision.declined(AuthCode.NO_REPLY, r.amount(), null);
      state = "FAILED";
      failure = "no answer from the issuer in time; the adapter reverses the authorisation";
    } else {
      decision =
          BankDecision.ofResponseCode(result.responseCode(), r.amount(), result.approvalCode());
      state = decision.authCode() == AuthCode.APPROVED ? "AUTHORISED" : "DECLINED";
      if (!result.approved()) {
        failure =
            "issuer declined with "
                + result.responseCode()
                + result.meaning().map(m -> " (" + m + ")").orElse("");
      }
    }
    if (r.captureNow() && decision.authCode() == AuthCode.APPROVED) {
      return captureAtOnce(engine, policy, v, decision, result);
    }
    byte[] authRes;
    try {
      authRes = engine.authorisation().authorisationResponse(r, decision).getDerEncoded();
    } catch (SetProtocolException e) {
      throw new Refused(e);
    }
    Instant now = engine.context().freshness().now();
    boolean recorded =
        store.answered(
            v.id(),
            state,
            decision.authCode().name(),
            decision.responseCode(),
            decision.authCode() == AuthCode.APPROVED ? RecordPolicy.minor(r.amount()) : 0,
            decision.approvalCode(),
            result == null ? null : result.retrievalReference(),
            authRes,
            failure,
            now);
    if (!recorded) {
      throw new Refused(new SetProtocolException(Refusal.REPLAYED_XID, "recovered transaction"));
    }
    return authRes;
  }

  /**
   * CaptureNow: the issuer approved, so the gateway captures the authorised amount at once, as a
   * CapReq would (0220 under a trace recorded before it is sent; see {@link CaptureService#post}),
   * then records CAPTURED with the AuthRes in one transaction; the AuthRes's CapResPayload says
   * SUCCESS and its CapToken lets the merchant refund later (CredReq naming the AuthReq's RRPID as
   * the capture). A capture the issuer refuses or leaves unanswered leaves the record AUTHORISED
   * with the reason, and the AuthRes says the capture failed (the merchant may capture with the
   * CapToken). A crash before the AuthRes is recorded leaves the record VERIFIED for {@link
   * RecoveryService}.
   */
  private byte[] captureAtOnce(
      GatewayEngine.Engine engine,
      RecordPolicy policy,
      Verified v,
      BankDecision decision,
      BankResult approval)
      throws Refused {
    org.agentset.set.msg.AuthorisationRequest r = v.request();
    long authorised = RecordPolicy.minor(decision.authorisedAmount());
    Optional<PaymentTransaction> t =
        store.capturingAtOnce(
            v.id(),
            decision.authCode().name(),
            decision.responseCode(),
            authorised,
            decision.approvalCode(),
            approval.retrievalReference(),
            engine.context().freshness().now());
    if (t.isEmpty()) {
      throw new Refused(new SetProtocolException(Refusal.REPLAYED_XID, "recovered transaction"));
    }
    BankResult posted =
        captures.post(
            policy,
            t.get(),
            authorised,
            new Trace(t.get().getCaptureStan(), t.get().getCaptureTransmitted()));
    testControl.afterCaptureAtOnce(posted);
    boolean captured = posted != null && posted.approved();
    byte[] authRes;
    try {
      authRes =
          engine
              .authorisation()
              .authorisationResponse(
                  r, decision, captured ? CapCode.SUCCESS : CapCode.UNSPECIFIED_FAILURE)
              .getDerEncoded();
    } catch (SetProtocolException e) {
      throw new Refused(e);
    }
    Instant now = engine.context().freshness().now();
    boolean recorded;
    if (captured) {
      recorded =
          store.capturedAtOnce(v.id(), authorised, posted.retrievalReference(), authRes, now);
    } else {
      String why =
          posted == null
              ? "capture at once not sent: bank network unreachable"
              : posted.outcome() == Outcome.UNKNOWN
                  ? "capture at once unanswered by the issuer"
                  : "issuer refused the capture at once with " + posted.responseCode();
      recorded =
          store.answered(
              v.id(),
              "AUTHORISED",
              decision.authCode().name(),
              decision.responseCode(),
              authorised,
              decision.approvalCode(),
              approval.retrievalReference(),
              authRes,
              why,
              now);
    }
    if (!recorded) {
      throw new Refused(new SetProtocolException(Refusal.REPLAYED_XID, "recovered transaction"));
    }
    return authRes;
  }

  /** Sends, retrying once on a new connection when nothing could be sent; null if never sent. */
  private BankResult send(AuthorisationRequest request) {
    for (int attempt = 0; attempt < 2; attempt++) {
      try (BankConnection c = bank.getConnection()) {
        return c.authorise(request);
      } catch (ResourceException e) {
        LOG.warning(() -> "Bank network unreachable (nothing sent): " + e.getMessage());
      }
    }
    return null;
  }

  /**
   * The stored AuthRes when (XID, RRPID) was seen with these bytes, waiting while the first copy is
   * still with the bank; a different message under a used (XID, RRPID) is a replay.
   */
  private Optional<byte[]> answerOfRepeat(byte[] xid, byte[] rrpid, byte[] hash)
      throws Refused, InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (true) {
      Optional<PaymentTransaction> t = store.find(xid, rrpid);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      if (!Arrays.equals(t.get().getRequestHash(), hash)) {
        throw new Refused(new SetProtocolException(Refusal.REPLAYED_RRPID, "MessageHeader.rrpid"));
      }
      if (t.get().getResponse() != null) {
        return Optional.of(t.get().getResponse());
      }
      if (!"VERIFIED".equals(t.get().getState()) || System.currentTimeMillis() > deadline) {
        throw new Refused(
            new SetProtocolException(Refusal.REPLAYED_RRPID, "transaction " + t.get().getState()));
      }
      Thread.sleep(100);
    }
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
