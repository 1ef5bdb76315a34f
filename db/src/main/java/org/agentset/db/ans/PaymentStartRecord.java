package org.agentset.db.ans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A payment start message for the wallet (SAI outbox): kept until the wallet acknowledges it. */
@Entity
@Table(schema = "ans", name = "payment_start")
public class PaymentStartRecord {

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "agent_id")
  private UUID agentId;

  @Column(name = "offer_id")
  private long offerId;

  @Column(name = "wallet_cert_hash")
  private String walletCertHash;

  @Column(name = "message")
  private byte[] message;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "acked_at")
  private Instant ackedAt;

  @Column(name = "ack_outcome")
  private String ackOutcome;

  @Column(name = "ack_reason")
  private String ackReason;

  protected PaymentStartRecord() {}

  public PaymentStartRecord(
      UUID id,
      UUID agentId,
      long offerId,
      String walletCertHash,
      byte[] message,
      Instant createdAt) {
    this.id = id;
    this.agentId = agentId;
    this.offerId = offerId;
    this.walletCertHash = walletCertHash;
    this.message = message;
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public UUID getAgentId() {
    return agentId;
  }

  public long getOfferId() {
    return offerId;
  }

  public String getWalletCertHash() {
    return walletCertHash;
  }

  public byte[] getMessage() {
    return message;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public void setDeliveredAt(Instant deliveredAt) {
    this.deliveredAt = deliveredAt;
  }

  public Instant getAckedAt() {
    return ackedAt;
  }

  public void setAckedAt(Instant ackedAt) {
    this.ackedAt = ackedAt;
  }

  public String getAckOutcome() {
    return ackOutcome;
  }

  public void setAckOutcome(String ackOutcome) {
    this.ackOutcome = ackOutcome;
  }

  public String getAckReason() {
    return ackReason;
  }

  public void setAckReason(String ackReason) {
    this.ackReason = ackReason;
  }
}
