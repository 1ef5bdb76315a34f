package org.agentset.db.ca;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The hierarchy's private keys as one encrypted BCFKS key store (there is exactly one row). The
 * password that opens it is configuration and never stored here; without it the content is
 * ciphertext.
 */
@Entity
@Table(schema = "ca", name = "key_store")
public class KeyStoreRecord {

  /** The only row's id. */
  public static final short ID = 1;

  @Id private short id;

  @Column(name = "store_type", nullable = false, length = 16, updatable = false)
  private String storeType;

  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected KeyStoreRecord() {}

  public KeyStoreRecord(String storeType, byte[] content, Instant createdAt) {
    this.id = ID;
    this.storeType = storeType;
    this.content = content.clone();
    this.createdAt = createdAt;
  }

  public String getStoreType() {
    return storeType;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
