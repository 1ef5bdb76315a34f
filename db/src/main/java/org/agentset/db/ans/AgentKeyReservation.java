package org.agentset.db.ans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A communication key generated for an agent-to-be, waiting for the wallet to vouch for it; the key
 * is AES-GCM sealed.
 */
@Entity
@Table(schema = "ans", name = "agent_key_reservation")
public class AgentKeyReservation {

  @Id
  @Column(name = "agent_id")
  private UUID agentId;

  @Column(name = "sealed_key")
  private byte[] sealedKey;

  @Column(name = "csr")
  private byte[] csr;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used")
  private boolean used;

  protected AgentKeyReservation() {}

  public AgentKeyReservation(
      UUID agentId, byte[] sealedKey, byte[] csr, Instant createdAt, Instant expiresAt) {
    this.agentId = agentId;
    this.sealedKey = sealedKey;
    this.csr = csr;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public UUID getAgentId() {
    return agentId;
  }

  public byte[] getSealedKey() {
    return sealedKey;
  }

  public void setSealedKey(byte[] sealedKey) {
    this.sealedKey = sealedKey;
  }

  public byte[] getCsr() {
    return csr;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public boolean isUsed() {
    return used;
  }

  public void setUsed(boolean used) {
    this.used = used;
  }
}
