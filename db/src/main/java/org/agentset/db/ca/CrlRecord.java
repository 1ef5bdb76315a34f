package org.agentset.db.ca;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One CRL a CA published: the DER as served, and why it was issued. Never changed. */
@Entity
@Table(schema = "ca", name = "crl_record")
public class CrlRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ca_name", nullable = false, length = 32, updatable = false)
  private String caName;

  @Column(name = "crl_number", nullable = false, updatable = false)
  private long crlNumber;

  @Column(name = "this_update", nullable = false, updatable = false)
  private Instant thisUpdate;

  @Column(name = "next_update", nullable = false, updatable = false)
  private Instant nextUpdate;

  @Column(nullable = false, updatable = false)
  private int entries;

  @Column(nullable = false, length = 16, updatable = false)
  private String cause;

  @Column(nullable = false, updatable = false)
  private byte[] der;

  protected CrlRecord() {}

  public CrlRecord(
      String caName,
      long crlNumber,
      Instant thisUpdate,
      Instant nextUpdate,
      int entries,
      String cause,
      byte[] der) {
    this.caName = caName;
    this.crlNumber = crlNumber;
    this.thisUpdate = thisUpdate;
    this.nextUpdate = nextUpdate;
    this.entries = entries;
    this.cause = cause;
    this.der = der.clone();
  }

  public Long getId() {
    return id;
  }

  public String getCaName() {
    return caName;
  }

  public long getCrlNumber() {
    return crlNumber;
  }

  public Instant getThisUpdate() {
    return thisUpdate;
  }

  public Instant getNextUpdate() {
    return nextUpdate;
  }

  public int getEntries() {
    return entries;
  }

  public String getCause() {
    return cause;
  }

  public byte[] getDer() {
    return der.clone();
  }
}
