package org.agentset.db.ca;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the CA's append-only audit trail: who did what, to which object, from where, when,
 * and whether it succeeded. The database refuses updates and deletes (a trigger); {@code hash}
 * chains each entry to its predecessor so that a row changed or removed behind the database's back
 * is detected.
 */
@Entity
@Table(schema = "ca", name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 128, updatable = false)
  private String actor;

  @Column(nullable = false, length = 64, updatable = false)
  private String action;

  @Column(length = 256, updatable = false)
  private String target;

  @Column(length = 128, updatable = false)
  private String origin;

  @Column(updatable = false)
  private String detail;

  @Column(nullable = false, length = 16, updatable = false)
  private String outcome;

  @Column(name = "prev_hash", updatable = false)
  private byte[] prevHash;

  @Column(updatable = false)
  private byte[] hash;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      String actor,
      String action,
      String target,
      String origin,
      String detail,
      String outcome,
      byte[] prevHash,
      byte[] hash) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.target = target;
    this.origin = origin;
    this.detail = detail;
    this.outcome = outcome;
    this.prevHash = prevHash == null ? null : prevHash.clone();
    this.hash = hash.clone();
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getOrigin() {
    return origin;
  }

  public String getDetail() {
    return detail;
  }

  public String getOutcome() {
    return outcome;
  }

  public byte[] getPrevHash() {
    return prevHash == null ? null : prevHash.clone();
  }

  public byte[] getHash() {
    return hash == null ? null : hash.clone();
  }
}
