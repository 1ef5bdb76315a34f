package org.agentset.db.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A completion event for a merchant agent, written in the same transaction as the order's state
 * change and delivered at least once by the outbox timer, with back-off between attempts.
 */
@Entity
@Table(schema = "merchant", name = "outbox_event")
public class OutboxEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id private UUID id;

  @Column(insertable = false, updatable = false)
  private Long seq;

  @Column(name = "order_id", nullable = false)
  private UUID orderId;

  @Column(name = "merchant_id", nullable = false)
  private Long merchantId;

  @Column(name = "callback_url", nullable = false, length = 512)
  private String callbackUrl;

  @Column(nullable = false, columnDefinition = "text")
  private String payload;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "given_up", nullable = false)
  private boolean givenUp;

  @Column(name = "last_error", length = 512)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OutboxEvent() {}

  public OutboxEvent(
      UUID id, UUID orderId, Long merchantId, String callbackUrl, String payload, Instant now) {
    this.id = id;
    this.orderId = orderId;
    this.merchantId = merchantId;
    this.callbackUrl = callbackUrl;
    this.payload = payload;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** Records a delivered attempt. */
  public void delivered(Instant when) {
    attempts++;
    deliveredAt = when;
    lastError = null;
  }

  /** Records a failed attempt and when to try again ({@code null}: give up). */
  public void failed(String error, Instant next) {
    attempts++;
    lastError = error == null || error.length() <= 512 ? error : error.substring(0, 512);
    if (next == null) {
      givenUp = true;
    } else {
      nextAttemptAt = next;
    }
  }

  public UUID getId() {
    return id;
  }

  public Long getSeq() {
    return seq;
  }

  public UUID getOrderId() {
    return orderId;
  }

  public Long getMerchantId() {
    return merchantId;
  }

  public String getCallbackUrl() {
    return callbackUrl;
  }

  public String getPayload() {
    return payload;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public boolean isGivenUp() {
    return givenUp;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
