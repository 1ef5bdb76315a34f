package org.agentset.db.ans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The durable record of one customer agent: who it acts for, under which mandate, and where it is
 * in its lifecycle. The agent's conversational state lives in its stateful bean; this record is
 * what survives a restart.
 */
@Entity
@Table(schema = "ans", name = "agent")
public class AgentRecord {

  /** The lifecycle of a customer agent. */
  public enum State {
    CREATED,
    NEGOTIATING,
    AWAITING_PAYMENT,
    PAID,
    DECLINED,
    EXPIRED,
    REVOKED,
    FAILED
  }

  @Id private UUID id;

  @Column(nullable = false, length = 512)
  private String customer;

  @Column(name = "mandate_id", nullable = false, length = 64)
  private String mandateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private State state;

  @Column(name = "state_reason", length = 512)
  private String stateReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "wallet_cert_hash", length = 64)
  private String walletCertHash;

  @Column(nullable = false)
  private long seed;

  @Column(name = "not_after")
  private Instant notAfter;

  @Column(length = 16)
  private String mode;

  @jakarta.persistence.Version private long version;

  protected AgentRecord() {}

  public AgentRecord(UUID id, String customer, String mandateId, Instant now) {
    this.id = Objects.requireNonNull(id);
    this.customer = Objects.requireNonNull(customer);
    this.mandateId = Objects.requireNonNull(mandateId);
    this.state = State.CREATED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A new agent under a verified mandate signed by the wallet whose certificate hashes so. */
  public AgentRecord(
      UUID id,
      String customer,
      String mandateId,
      String walletCertHash,
      long seed,
      Instant notAfter,
      String mode,
      Instant now) {
    this(id, customer, mandateId, now);
    this.walletCertHash = walletCertHash;
    this.seed = seed;
    this.notAfter = notAfter;
    this.mode = mode;
  }

  /** Whether the agent has reached an end state. */
  public boolean isEnded() {
    return state == State.PAID
        || state == State.DECLINED
        || state == State.EXPIRED
        || state == State.REVOKED
        || state == State.FAILED;
  }

  public String getWalletCertHash() {
    return walletCertHash;
  }

  public long getSeed() {
    return seed;
  }

  public Instant getNotAfter() {
    return notAfter;
  }

  public String getMode() {
    return mode;
  }

  /** Moves the agent to {@code next}, recording why. */
  public void transition(State next, String reason, Instant now) {
    this.state = Objects.requireNonNull(next);
    this.stateReason = reason;
    this.updatedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public String getCustomer() {
    return customer;
  }

  public String getMandateId() {
    return mandateId;
  }

  public State getState() {
    return state;
  }

  public String getStateReason() {
    return stateReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
