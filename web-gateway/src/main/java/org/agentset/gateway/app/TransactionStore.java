package org.agentset.gateway.app;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agentset.bank.api.Trace;
import org.agentset.db.gateway.PaymentTransaction;
import org.agentset.db.gateway.RefusalRecord;
import org.agentset.set.msg.AuthorisationRequest;
import org.agentset.set.msg.CaptureRequest;
import org.agentset.set.msg.SetProtocolException;

/**
 * The gateway's records, one database transaction per state change: verification (set-core's
 * checks, its replay entries and the VERIFIED record commit together or not at all), the bank's
 * answer, captures, recovery, and refusals (which change nothing but their own row). A CapReq's or
 * CredReq's verification also opens its stored answer, filled in once the bank has been asked.
 */
@Stateless
public class TransactionStore {

  @PersistenceContext(unitName = "gateway")
  private EntityManager em;

  @Resource private SessionContext session;

  /** {@link #storedAnswer} of a CapReq. */
  public static final String CAPTURE = "CAPTURE";

  /** {@link #storedAnswer} of a CredReq. */
  public static final String CREDIT = "CREDIT";

  /** What verification produced: the request for the bank and its record's id. */
  public record Verified(AuthorisationRequest request, long id) {}

  /** A refused request: the exception set-core raised. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    public Refused(SetProtocolException cause) {
      super(cause.refusal() + " at " + cause.field(), cause);
    }

    public SetProtocolException refusal() {
      return (SetProtocolException) getCause();
    }
  }

  /** Finds the record of an authorisation. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<PaymentTransaction> find(byte[] xid, byte[] rrpid) {
    List<PaymentTransaction> found =
        em.createQuery(
                "select t from PaymentTransaction t where t.xid = :xid and t.rrpid = :rrpid",
                PaymentTransaction.class)
            .setParameter("xid", xid)
            .setParameter("rrpid", rrpid)
            .getResultList();
    return found.stream().findFirst();
  }

  /**
   * Verifies an AuthReq with set-core and records it VERIFIED, with the trace the bank will get, in
   * one transaction; a refusal rolls everything back (replay entries included).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Verified verify(
      GatewayEngine.Engine engine, byte[] authReq, byte[] requestHash, RecordPolicy policy)
      throws Refused {
    AuthorisationRequest request;
    try {
      request = engine.authorisation().processAuthorisationRequest(authReq);
    } catch (SetProtocolException e) {
      session.setRollbackOnly();
      throw new Refused(e);
    }
    Instant now = engine.context().freshness().now();
    PaymentTransaction t;
    try {
      t = policy.record(request, requestHash, now, nextStan());
    } catch (IllegalArgumentException e) {
      session.setRollbackOnly();
      throw new Refused(
          new SetProtocolException(
              org.agentset.set.msg.Refusal.AMOUNT_MISMATCH, "AuthReqPayload.authReqAmt"));
    }
    em.persist(t);
    em.flush();
    return new Verified(request, t.getId());
  }

  /** A STAN outside any caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int stanInNewTransaction() {
    return nextStan();
  }

  /** The next system trace audit number of the gateway's terminal. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int nextStan() {
    return ((Number) em.createNativeQuery("select nextval('gateway.stan_seq')").getSingleResult())
        .intValue();
  }

  /**
   * Records the bank's answer and the AuthRes, if the record is still VERIFIED (the recovery may
   * have reversed it meanwhile).
   *
   * @return false when the record had moved on
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean answered(
      long id,
      String state,
      String authCode,
      String responseCode,
      long authorisedMinor,
      String approvalCode,
      String rrn,
      byte[] response,
      String failure,
      Instant now) {
    PaymentTransaction t = em.find(PaymentTransaction.class, id);
    if (!"VERIFIED".equals(t.getState())) {
      return false;
    }
    t.answered(authCode, responseCode, authorisedMinor, approvalCode, rrn, response, now);
    if (failure != null) {
      t.fail(failure);
    }
    t.moveTo(state, now);
    return true;
  }

  /**
   * Before a capture at once (AuthReq with CaptureNow) of an approved authorisation: records the
   * issuer's approval and the capture's trace on the record, which stays VERIFIED until the AuthRes
   * is recorded (so a crash from here on is recovered like any other VERIFIED record: see {@link
   * RecoveryService}). The capture is named by the AuthReq's RRPID, as a CredReq will name it.
   *
   * @return the record as updated, or empty when it had moved on (recovered meanwhile)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<PaymentTransaction> capturingAtOnce(
      long id,
      String authCode,
      String responseCode,
      long authorisedMinor,
      String approvalCode,
      String rrn,
      Instant now) {
    PaymentTransaction t = em.find(PaymentTransaction.class, id);
    if (!"VERIFIED".equals(t.getState())) {
      return Optional.empty();
    }
    t.answered(authCode, responseCode, authorisedMinor, approvalCode, rrn, null, now);
    Trace trace = RecordPolicy.trace(nextStan(), now);
    t.captureTrace(trace.stan(), trace.transmitted());
    t.captureRequest(t.getRrpid());
    t.moveTo("VERIFIED", now);
    em.flush();
    return Optional.of(t);
  }

  /**
   * Records an authorisation captured at once: CAPTURED with the captured amount and the AuthRes,
   * if the record is still VERIFIED.
   *
   * @return false when the record had moved on
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean capturedAtOnce(
      long id, long capturedMinor, String captureRrn, byte[] response, Instant now) {
    PaymentTransaction t = em.find(PaymentTransaction.class, id);
    if (!"VERIFIED".equals(t.getState())) {
      return false;
    }
    t.answered(
        t.getAuthCode(),
        t.getResponseCode(),
        t.getAuthorisedMinor(),
        t.getApprovalCode(),
        t.getRrn(),
        response,
        now);
    t.captured(capturedMinor, captureRrn, now);
    t.moveTo("CAPTURED", now);
    return true;
  }

  /**
   * How long a CapRes or CredRes is kept for a merchant that sends its request again: far beyond
   * the message window (after which a repeat could not pass verification anyway), so that a
   * merchant retrying late still gets the answer, not a replay refusal.
   */
  public static final java.time.Duration ANSWERS_KEPT = java.time.Duration.ofDays(7);

  /** A stored CapRes or CredRes: the digest of the request it answers, and the answer once made. */
  public record StoredAnswer(byte[] requestHash, byte[] response) {}

  /** The stored answer to the CAPTURE or CREDIT message with {@code rrpid}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<StoredAnswer> storedAnswer(String messageType, byte[] rrpid) {
    List<?> rows =
        em.createNativeQuery(
                "select request_hash, response from gateway.stored_answer"
                    + " where message_type = ?1 and rrpid = ?2")
            .setParameter(1, messageType)
            .setParameter(2, rrpid)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new StoredAnswer((byte[]) ((Object[]) r)[0], (byte[]) ((Object[]) r)[1]));
  }

  /** Records the answer to a CAPTURE or CREDIT message accepted by {@link #expectAnswer}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void storeAnswer(String messageType, byte[] rrpid, byte[] response, Instant now) {
    em.createNativeQuery(
            "update gateway.stored_answer set response = ?1, answered_at = ?2"
                + " where message_type = ?3 and rrpid = ?4")
        .setParameter(1, response)
        .setParameter(2, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
        .setParameter(3, messageType)
        .setParameter(4, rrpid)
        .executeUpdate();
  }

  /** Drops the answers made before {@code before}; returns how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sweepAnswers(Instant before) {
    return em.createNativeQuery("delete from gateway.stored_answer where answered_at < ?1")
        .setParameter(1, java.time.OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC))
        .executeUpdate();
  }

  /** In the verification's transaction: the message's answer is to be stored under its RRPID. */
  private void expectAnswer(String messageType, byte[] rrpid, byte[] requestHash) {
    em.createNativeQuery(
            "insert into gateway.stored_answer (message_type, rrpid, request_hash)"
                + " values (?1, ?2, ?3)")
        .setParameter(1, messageType)
        .setParameter(2, rrpid)
        .setParameter(3, requestHash)
        .executeUpdate();
  }

  /** Moves a record to {@code state} with a reason. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void move(long id, String expected, String state, String reason, Instant now) {
    PaymentTransaction t = em.find(PaymentTransaction.class, id);
    if (expected != null && !expected.equals(t.getState())) {
      throw new IllegalStateException("transaction " + id + " is " + t.getState());
    }
    if (reason != null) {
      t.fail(reason);
    }
    t.moveTo(state, now);
  }

  /** Records VERIFIED before {@code before}: those a crash or a lost answer left in between. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<PaymentTransaction> stranded(Instant before) {
    return em.createQuery(
            "select t from PaymentTransaction t where t.state = 'VERIFIED'"
                + " and t.updatedAt < :before order by t.id",
            PaymentTransaction.class)
        .setParameter("before", before)
        .setMaxResults(100)
        .getResultList();
  }

  /**
   * Checks each capture item the tokens allowed against its record (known, AUTHORISED, this
   * merchant's, not above the authorised amount), and gives each allowed one its trace; the capture
   * verification and these checks commit together.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CapturePlan verifyCapture(GatewayEngine.Engine engine, byte[] capReq, byte[] requestHash)
      throws Refused {
    CaptureRequest request;
    try {
      request = engine.capture().processCaptureRequest(capReq);
    } catch (SetProtocolException e) {
      session.setRollbackOnly();
      throw new Refused(e);
    }
    expectAnswer(CAPTURE, request.rrpid(), requestHash);
    return CapturePlan.plan(
        request, this::lockForCapture, this::nextStan, engine.context().freshness().clock());
  }

  /**
   * Checks each refund item the tokens allowed against its record and reserves its amount (the
   * record's refunded total grows now, so concurrent refunds can never exceed the capture); the
   * verification and the reservations commit together.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CreditPlan verifyCredit(GatewayEngine.Engine engine, byte[] credReq, byte[] requestHash)
      throws Refused {
    org.agentset.set.msg.CreditRequest request;
    try {
      request = engine.credit().processCreditRequest(credReq);
    } catch (SetProtocolException e) {
      session.setRollbackOnly();
      throw new Refused(e);
    }
    expectAnswer(CREDIT, request.rrpid(), requestHash);
    return CreditPlan.plan(
        request, this::lockForCapture, this::nextStan, engine.context().freshness().clock());
  }

  /** A refund the issuer approved: REFUNDED once everything captured is refunded. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refunded(long id, Instant now) {
    PaymentTransaction t = em.find(PaymentTransaction.class, id);
    t.moveTo(t.getRefundedMinor() >= t.getCapturedMinor() ? "REFUNDED" : t.getState(), now);
  }

  /** A refund the issuer refused or left unanswered: its reservation is given back. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refundFailed(long id, long minor, String reason, Instant now) {
    PaymentTransaction t = em.find(PaymentTransaction.class, id);
    t.refunded(-minor);
    t.fail(reason);
    t.moveTo(t.getState(), now);
  }

  /**
   * Verifies an AuthRevReq and finds the AUTHORISED record it reverses (this merchant's, locked);
   * the verification commits with its replay entry.
   *
   * @return the request and the record's id, or null when there is nothing to reverse
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ReversalService.Planned verifyReversal(GatewayEngine.Engine engine, byte[] authRevReq)
      throws Refused {
    org.agentset.set.msg.AuthorisationReversal.Request request;
    try {
      request =
          engine
              .reversal()
              .process(authRevReq, engine.keyExchange(), engine.tokenKeys(), engine.signature());
    } catch (SetProtocolException e) {
      session.setRollbackOnly();
      throw new Refused(e);
    }
    if (request.authRrpid() == null) {
      return new ReversalService.Planned(request, null);
    }
    Optional<PaymentTransaction> t = lockForCapture(request.xid(), request.authRrpid());
    boolean reversible =
        t.isPresent()
            && "AUTHORISED".equals(t.get().getState())
            && t.get().getMerchantId().equals(request.merchantId().getString());
    return new ReversalService.Planned(request, reversible ? t.get().getId() : null);
  }

  private Optional<PaymentTransaction> lockForCapture(byte[] xid, byte[] rrpid) {
    return em
        .createQuery(
            "select t from PaymentTransaction t where t.xid = :xid and t.rrpid = :rrpid",
            PaymentTransaction.class)
        .setParameter("xid", xid)
        .setParameter("rrpid", rrpid)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** A capture the issuer approved. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void captured(long id, long minor, String rrn, Instant now) {
    PaymentTransaction t = em.find(PaymentTransaction.class, id);
    t.captured(minor, rrn, now);
    t.moveTo("CAPTURED", now);
  }

  /** A capture the issuer refused or did not answer: the record stays AUTHORISED, with why. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void captureFailed(long id, String reason, Instant now) {
    PaymentTransaction t = em.find(PaymentTransaction.class, id);
    t.fail(reason);
    t.moveTo(t.getState(), now);
  }

  /** Records a refusal; nothing else changes. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(
      String messageType, byte[] xid, byte[] rrpid, SetProtocolException e, Instant now) {
    em.persist(
        new RefusalRecord(
            now,
            messageType,
            xid,
            rrpid,
            e.errorCode().name(),
            e.refusal().name(),
            e.field() == null ? "" : e.field()));
  }
}
