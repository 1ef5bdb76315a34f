package org.agentset.db.ca;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One BrandCRLIdentifier the brand CA signed, as served. Never changed. */
@Entity
@Table(schema = "ca", name = "bci_record")
public class BciRecord {

  @Id
  @Column(name = "sequence_num")
  private long sequenceNum;

  @Column(name = "brand_id", nullable = false, length = 64, updatable = false)
  private String brandId;

  @Column(name = "not_before", nullable = false, updatable = false)
  private Instant notBefore;

  @Column(name = "not_after", nullable = false, updatable = false)
  private Instant notAfter;

  @Column(nullable = false, length = 16, updatable = false)
  private String cause;

  @Column(nullable = false, updatable = false)
  private byte[] der;

  protected BciRecord() {}

  public BciRecord(
      long sequenceNum,
      String brandId,
      Instant notBefore,
      Instant notAfter,
      String cause,
      byte[] der) {
    this.sequenceNum = sequenceNum;
    this.brandId = brandId;
    this.notBefore = notBefore;
    this.notAfter = notAfter;
    this.cause = cause;
    this.der = der.clone();
  }

  public long getSequenceNum() {
    return sequenceNum;
  }

  public String getBrandId() {
    return brandId;
  }

  public Instant getNotBefore() {
    return notBefore;
  }

  public Instant getNotAfter() {
    return notAfter;
  }

  public String getCause() {
    return cause;
  }

  public byte[] getDer() {
    return der.clone();
  }
}
