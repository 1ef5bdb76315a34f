package org.agentset.db.gateway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The gateway's own keys, sealed (BCFKS, {@code set.cert.SealedKeyStore}) under the configured
 * key-store password, and the PEM certificate chains the CA issued for them. One row.
 */
@Entity
@Table(schema = "gateway", name = "key_store")
public class GatewayKeyStore {

  /** The one row's key. */
  public static final short ID = 1;

  @Id private short id;

  @Column(name = "store_type", nullable = false, length = 16)
  private String storeType;

  @Column(nullable = false)
  private byte[] content;

  private String certificates;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected GatewayKeyStore() {}

  public GatewayKeyStore(String storeType, byte[] content, Instant now) {
    this.id = ID;
    this.storeType = storeType;
    this.content = content.clone();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Replaces the sealed keys and the certificates that go with them. */
  public void replace(byte[] content, String certificates, Instant now) {
    this.content = content.clone();
    this.certificates = certificates;
    this.updatedAt = now;
  }

  public String getStoreType() {
    return storeType;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getCertificates() {
    return certificates;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
