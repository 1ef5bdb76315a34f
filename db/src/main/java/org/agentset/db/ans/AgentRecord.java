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

  protected AgentRecord() {}

  public AgentRecord(UUID id, String customer, String mandateId, Instant now) {
    this.id = Objects.requireNonNull(id);
    this.customer = Objects.requireNonNull(customer);
    this.mandateId = Objects.requireNonNull(mandateId);
    this.state = State.CREATED;
    this.createdAt = now;
    this.updatedAt = now;
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
