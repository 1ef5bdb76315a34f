package org.agentset.db.gateway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One SET authorisation as the payment gateway records it, keyed by XID and RRPID, with its state
 * (RECEIVED, VERIFIED, AUTHORISED, DECLINED, CAPTURED, REVERSED, REFUNDED, FAILED), amounts in
 * minor units, the bank's answer and the traces the gateway sent under. The card number is never
 * held here: only a keyed hash and the last four digits.
 */
@Entity
@Table(schema = "gateway", name = "payment_transaction")
public class PaymentTransaction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private byte[] xid;

  @Column(nullable = false, updatable = false)
  private byte[] rrpid;

  @Column(name = "merchant_id", nullable = false, length = 64, updatable = false)
  private String merchantId;

  @Column(nullable = false, length = 16)
  private String state;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(name = "amount_exp10", nullable = false)
  private short amountExp10;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "currency_numeric")
  private Short currencyNumeric;

  @Column(name = "pan_hash")
  private byte[] panHash;

  @Column(name = "pan_last4", length = 4)
  private String panLast4;

  @Column(name = "approval_code", length = 6)
  private String approvalCode;

  @Column(length = 12)
  private String rrn;

  @Column(name = "failure_reason", length = 256)
  private String failureReason;

  @Column(name = "request_hash")
  private byte[] requestHash;

  private byte[] response;

  @Column(name = "auth_code", length = 32)
  private String authCode;

  @Column(name = "response_code", length = 2)
  private String responseCode;

  @Column(name = "authorised_minor", nullable = false)
  private long authorisedMinor;

  @Column(name = "captured_minor", nullable = false)
  private long capturedMinor;

  @Column(name = "refunded_minor", nullable = false)
  private long refundedMinor;

  @Column(name = "terminal_id", length = 8)
  private String terminalId;

  @Column(name = "acceptor_id", length = 15)
  private String acceptorId;

  @Column(name = "auth_stan")
  private Integer authStan;

  @Column(name = "auth_transmitted")
  private Instant authTransmitted;

  @Column(name = "capture_stan")
  private Integer captureStan;

  @Column(name = "capture_transmitted")
  private Instant captureTransmitted;

  @Column(name = "capture_rrn", length = 12)
  private String captureRrn;

  @Column(name = "capture_rrpid")
  private byte[] captureRrpid;

  @Column(name = "trans_stain")
  private byte[] transStain;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "authorised_at")
  private Instant authorisedAt;

  @Column(name = "captured_at")
  private Instant capturedAt;

  @Version private int version;

  protected PaymentTransaction() {}

  /** A verified authorisation request, before the bank is asked. */
  public PaymentTransaction(
      byte[] xid,
      byte[] rrpid,
      String merchantId,
      long amountMinor,
      int amountExp10,
      String currency,
      int currencyNumeric,
      byte[] requestHash,
      Instant now) {
    this.xid = xid.clone();
    this.rrpid = rrpid.clone();
    this.merchantId = merchantId;
    this.amountMinor = amountMinor;
    this.amountExp10 = (short) amountExp10;
    this.currency = currency;
    this.currencyNumeric = (short) currencyNumeric;
    this.requestHash = requestHash.clone();
    this.state = "RECEIVED";
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Moves to {@code next}, stamping the change. */
  public void moveTo(String next, Instant now) {
    this.state = next;
    this.updatedAt = now;
  }

  /** The card as the gateway may keep it: a keyed hash and the last four digits. */
  public void card(byte[] panHash, String panLast4, byte[] transStain) {
    this.panHash = panHash.clone();
    this.panLast4 = panLast4;
    this.transStain = transStain.clone();
  }

  /** The trace the authorisation is sent under, recorded before it is sent. */
  public void authorisationTrace(String terminalId, String acceptorId, int stan, Instant sent) {
    this.terminalId = terminalId;
    this.acceptorId = acceptorId;
    this.authStan = stan;
    this.authTransmitted = sent;
  }

  /** The bank's answer to the authorisation and the AuthRes sent to the merchant. */
  public void answered(
      String authCode,
      String responseCode,
      long authorisedMinor,
      String approvalCode,
      String rrn,
      byte[] response,
      Instant now) {
    this.authCode = authCode;
    this.responseCode = responseCode;
    this.authorisedMinor = authorisedMinor;
    this.approvalCode = approvalCode;
    this.rrn = rrn;
    this.response = response == null ? null : response.clone();
    if (authorisedMinor > 0) {
      this.authorisedAt = now;
    }
  }

  /** The capture's trace, recorded before it is sent. */
  public void captureTrace(int stan, Instant sent) {
    this.captureStan = stan;
    this.captureTransmitted = sent;
  }

  /** The RRPID of the CapReq that captured this authorisation (refunds name it). */
  public void captureRequest(byte[] rrpid) {
    this.captureRrpid = rrpid.clone();
  }

  /** A capture the issuer approved. */
  public void captured(long minor, String captureRrn, Instant now) {
    this.capturedMinor = minor;
    this.captureRrn = captureRrn;
    this.capturedAt = now;
  }

  /**
   * A refund reserved (positive, before the issuer is asked) or given back (negative, when the
   * issuer refused it); the database refuses more than was captured.
   */
  public void refunded(long minor) {
    this.refundedMinor += minor;
  }

  public void fail(String reason) {
    this.failureReason =
        reason == null || reason.length() <= 256 ? reason : reason.substring(0, 256);
  }

  public Long getId() {
    return id;
  }

  public byte[] getXid() {
    return xid.clone();
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public String getMerchantId() {
    return merchantId;
  }

  public String getState() {
    return state;
  }

  public long getAmountMinor() {
    return amountMinor;
  }

  public int getAmountExp10() {
    return amountExp10;
  }

  public String getCurrency() {
    return currency;
  }

  public Short getCurrencyNumeric() {
    return currencyNumeric;
  }

  public byte[] getPanHash() {
    return panHash == null ? null : panHash.clone();
  }

  public String getPanLast4() {
    return panLast4;
  }

  public String getApprovalCode() {
    return approvalCode;
  }

  public String getRrn() {
    return rrn;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public byte[] getRequestHash() {
    return requestHash == null ? null : requestHash.clone();
  }

  public byte[] getResponse() {
    return response == null ? null : response.clone();
  }

  public String getAuthCode() {
    return authCode;
  }

  public String getResponseCode() {
    return responseCode;
  }

  public long getAuthorisedMinor() {
    return authorisedMinor;
  }

  public long getCapturedMinor() {
    return capturedMinor;
  }

  public long getRefundedMinor() {
    return refundedMinor;
  }

  public String getTerminalId() {
    return terminalId;
  }

  public String getAcceptorId() {
    return acceptorId;
  }

  public Integer getAuthStan() {
    return authStan;
  }

  public Instant getAuthTransmitted() {
    return authTransmitted;
  }

  public Integer getCaptureStan() {
    return captureStan;
  }

  public Instant getCaptureTransmitted() {
    return captureTransmitted;
  }

  public String getCaptureRrn() {
    return captureRrn;
  }

  public byte[] getCaptureRrpid() {
    return captureRrpid == null ? null : captureRrpid.clone();
  }

  public byte[] getTransStain() {
    return transStain == null ? null : transStain.clone();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getAuthorisedAt() {
    return authorisedAt;
  }

  public Instant getCapturedAt() {
    return capturedAt;
  }
}
