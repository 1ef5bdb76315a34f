package org.agentset.db.gateway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A SET message the gateway refused: when, which message type, the XID and RRPID its header claimed
 * (when readable), the SET error code answered and the check that failed. Nothing the message
 * carried encrypted is kept.
 */
@Entity
@Table(schema = "gateway", name = "refusal")
public class RefusalRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "message_type", nullable = false, length = 32, updatable = false)
  private String messageType;

  @Column(updatable = false)
  private byte[] xid;

  @Column(updatable = false)
  private byte[] rrpid;

  @Column(name = "error_code", nullable = false, length = 48, updatable = false)
  private String errorCode;

  @Column(nullable = false, length = 48, updatable = false)
  private String reason;

  @Column(nullable = false, length = 256, updatable = false)
  private String field;

  protected RefusalRecord() {}

  public RefusalRecord(
      Instant receivedAt,
      String messageType,
      byte[] xid,
      byte[] rrpid,
      String errorCode,
      String reason,
      String field) {
    this.receivedAt = receivedAt;
    this.messageType = messageType;
    this.xid = xid == null ? null : xid.clone();
    this.rrpid = rrpid == null ? null : rrpid.clone();
    this.errorCode = errorCode;
    this.reason = reason;
    this.field = field.length() <= 256 ? field : field.substring(0, 256);
  }

  public Long getId() {
    return id;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getMessageType() {
    return messageType;
  }

  public byte[] getXid() {
    return xid == null ? null : xid.clone();
  }

  public String getErrorCode() {
    return errorCode;
  }

  public String getReason() {
    return reason;
  }

  public String getField() {
    return field;
  }
}
