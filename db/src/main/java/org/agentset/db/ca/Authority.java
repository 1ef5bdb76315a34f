package org.agentset.db.ca;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One CA of the hierarchy, created once on first start: its place (parent), its SET profile, the
 * suite its keys belong to, the serials of its certificate-signing, message-signing and
 * key-exchange certificates, and the number of the last CRL it published.
 *
 * <p>The row is also the lock that serialises CRL numbering: publishing a CRL reads it with a
 * pessimistic write lock and increments {@link #nextCrlNumber()}.
 */
@Entity
@Table(schema = "ca", name = "authority")
public class Authority {

  @Id
  @Column(length = 32)
  private String name;

  @Column(name = "parent_name", length = 32, updatable = false)
  private String parentName;

  @Column(nullable = false, length = 32, updatable = false)
  private String profile;

  @Column(name = "subject_dn", nullable = false, length = 512, updatable = false)
  private String subjectDn;

  @Column(nullable = false, length = 16, updatable = false)
  private String suite;

  @Column(name = "signing_serial", nullable = false, length = 64, updatable = false)
  private String signingSerial;

  @Column(name = "message_serial", length = 64, updatable = false)
  private String messageSerial;

  @Column(name = "exchange_serial", length = 64, updatable = false)
  private String exchangeSerial;

  @Column(name = "last_crl_number", nullable = false)
  private long lastCrlNumber;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Authority() {}

  public Authority(
      String name,
      String parentName,
      String profile,
      String subjectDn,
      String suite,
      String signingSerial,
      String messageSerial,
      String exchangeSerial,
      Instant createdAt) {
    this.name = Objects.requireNonNull(name);
    this.parentName = parentName;
    this.profile = Objects.requireNonNull(profile);
    this.subjectDn = Objects.requireNonNull(subjectDn);
    this.suite = Objects.requireNonNull(suite);
    this.signingSerial = Objects.requireNonNull(signingSerial);
    this.messageSerial = messageSerial;
    this.exchangeSerial = exchangeSerial;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Advances and returns the CRL number; call only while holding the row's write lock. */
  public long nextCrlNumber() {
    lastCrlNumber++;
    return lastCrlNumber;
  }

  public String getName() {
    return name;
  }

  public String getParentName() {
    return parentName;
  }

  public String getProfile() {
    return profile;
  }

  public String getSubjectDn() {
    return subjectDn;
  }

  public String getSuite() {
    return suite;
  }

  public String getSigningSerial() {
    return signingSerial;
  }

  public String getMessageSerial() {
    return messageSerial;
  }

  public String getExchangeSerial() {
    return exchangeSerial;
  }

  public long getLastCrlNumber() {
    return lastCrlNumber;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
