package org.agentset.db.ans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer agent's communication key (AES-GCM sealed; null once destroyed) and its CA-issued
 * certificate chain.
 */
@Entity
@Table(schema = "ans", name = "agent_key")
public class AgentKeyRecord {

  @Id
  @Column(name = "agent_id")
  private UUID agentId;

  @Column(name = "sealed_key")
  private byte[] sealedKey;

  @Column(name = "certificate_chain")
  private String certificateChain;

  @Column(name = "certificate_serial")
  private String certificateSerial;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  protected AgentKeyRecord() {}

  public AgentKeyRecord(
      UUID agentId, byte[] sealedKey, String certificateChain, String certificateSerial) {
    this.agentId = agentId;
    this.sealedKey = sealedKey;
    this.certificateChain = certificateChain;
    this.certificateSerial = certificateSerial;
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

  public String getCertificateChain() {
    return certificateChain;
  }

  public String getCertificateSerial() {
    return certificateSerial;
  }

  public Instant getDestroyedAt() {
    return destroyedAt;
  }

  public void setDestroyedAt(Instant destroyedAt) {
    this.destroyedAt = destroyedAt;
  }
}
