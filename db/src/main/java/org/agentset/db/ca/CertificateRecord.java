package org.agentset.db.ca;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A certificate the CA issued, with its status. Named {@code ...Record} so it never clashes with
 * {@link java.security.cert.Certificate} or Bouncy Castle's types.
 *
 * <p>The DER and every field derived from it are fixed at issuance; only the revocation fields ever
 * change, once, from VALID to REVOKED (the schema's checks keep status, time and reason together).
 * {@code publicKeyHash} is unique in the schema: the registry that keeps a key from ever being
 * certified twice.
 */
@Entity
@Table(schema = "ca", name = "certificate_record")
public class CertificateRecord {

  /** Status of a valid certificate. */
  public static final String VALID = "VALID";

  /** Status of a revoked certificate. */
  public static final String REVOKED = "REVOKED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "serial_hex", nullable = false, unique = true, length = 64, updatable = false)
  private String serialHex;

  @Column(name = "subject_dn", nullable = false, length = 512, updatable = false)
  private String subjectDn;

  @Column(name = "issuer_dn", nullable = false, length = 512, updatable = false)
  private String issuerDn;

  @Column(name = "cert_type", nullable = false, length = 32, updatable = false)
  private String certType;

  @Column(name = "not_before", nullable = false, updatable = false)
  private Instant notBefore;

  @Column(name = "not_after", nullable = false, updatable = false)
  private Instant notAfter;

  @Column(name = "public_key_hash", nullable = false, unique = true, updatable = false)
  private byte[] publicKeyHash;

  @Column(nullable = false, length = 16)
  private String status;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revocation_reason", length = 32)
  private String revocationReason;

  @Column(name = "revoked_by", length = 128)
  private String revokedBy;

  @Column(nullable = false, updatable = false)
  private byte[] der;

  @Column(name = "ca_name", length = 32, updatable = false)
  private String caName;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, length = 128, updatable = false)
  private String issuedBy;

  @Column(name = "owner_ref", length = 256, updatable = false)
  private String ownerRef;

  protected CertificateRecord() {}

  /**
   * A freshly issued, valid certificate.
   *
   * @param caName the issuing CA's name, or null for the self-signed root
   * @param certType the AgentSET profile name ({@code MERCHANT_SIGNATURE}, ...)
   * @param issuedBy who asked for it: an operator's name, {@code hierarchy} or {@code
   *     registration}
   * @param ownerRef what the certificate is bound to (merchant id, cardholder certificate, agent),
   *     or null
   */
  public CertificateRecord(
      String serialHex,
      String subjectDn,
      String issuerDn,
      String certType,
      Instant notBefore,
      Instant notAfter,
      byte[] publicKeyHash,
      byte[] der,
      String caName,
      Instant issuedAt,
      String issuedBy,
      String ownerRef) {
    this.serialHex = Objects.requireNonNull(serialHex);
    this.subjectDn = Objects.requireNonNull(subjectDn);
    this.issuerDn = Objects.requireNonNull(issuerDn);
    this.certType = Objects.requireNonNull(certType);
    this.notBefore = Objects.requireNonNull(notBefore);
    this.notAfter = Objects.requireNonNull(notAfter);
    this.publicKeyHash = publicKeyHash.clone();
    this.der = der.clone();
    this.caName = caName;
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.issuedBy = Objects.requireNonNull(issuedBy);
    this.ownerRef = ownerRef;
    this.status = VALID;
  }

  /**
   * Marks the certificate revoked.
   *
   * @throws IllegalStateException if it already is
   */
  public void revoke(Instant at, String reason, String by) {
    if (isRevoked()) {
      throw new IllegalStateException("certificate " + serialHex + " is already revoked");
    }
    this.status = REVOKED;
    this.revokedAt = Objects.requireNonNull(at);
    this.revocationReason = Objects.requireNonNull(reason);
    this.revokedBy = Objects.requireNonNull(by);
  }

  public boolean isRevoked() {
    return REVOKED.equals(status);
  }

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

  public byte[] getPublicKeyHash() {
    return publicKeyHash.clone();
  }

  public String getStatus() {
    return status;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevocationReason() {
    return revocationReason;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public byte[] getDer() {
    return der.clone();
  }

  public String getCaName() {
    return caName;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public String getOwnerRef() {
    return ownerRef;
  }
}
