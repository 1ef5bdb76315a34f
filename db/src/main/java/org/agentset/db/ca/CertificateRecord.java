package org.agentset.db.ca;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A certificate the CA issued, with its status. Named {@code ...Record} so it never clashes with
 * {@link java.security.cert.Certificate} or Bouncy Castle's types.
 */
@Entity
@Table(schema = "ca", name = "certificate_record")
public class CertificateRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "serial_hex", nullable = false, unique = true, length = 64)
  private String serialHex;

  @Column(name = "subject_dn", nullable = false, length = 512)
  private String subjectDn;

  @Column(name = "issuer_dn", nullable = false, length = 512)
  private String issuerDn;

  @Column(name = "cert_type", nullable = false, length = 32)
  private String certType;

  @Column(name = "not_before", nullable = false)
  private Instant notBefore;

  @Column(name = "not_after", nullable = false)
  private Instant notAfter;

  @Column(nullable = false, length = 16)
  private String status;

  protected CertificateRecord() {}

  public Long getId() {
    return id;
  }

  public String getSerialHex() {
    return serialHex;
  }

  public String getSubjectDn() {
    return subjectDn;
  }

  public String getIssuerDn() {
    return issuerDn;
  }

  public String getCertType() {
    return certType;
  }

  public Instant getNotBefore() {
    return notBefore;
  }

  public Instant getNotAfter() {
    return notAfter;
  }

  public String getStatus() {
    return status;
  }
}
