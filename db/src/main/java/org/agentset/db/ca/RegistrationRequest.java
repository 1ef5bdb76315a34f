package org.agentset.db.ca;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A certificate request that reached the CA over a protocol, with its outcome. The SHA-256 of the
 * request as received identifies a replay: a request issued once is never answered again.
 */
@Entity
@Table(schema = "ca", name = "registration_request")
public class RegistrationRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 24, updatable = false)
  private String kind;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(length = 128, updatable = false)
  private String origin;

  @Column(length = 256, updatable = false)
  private String requester;

  @Column(name = "request_hash", nullable = false, updatable = false)
  private byte[] requestHash;

  @Column(nullable = false, length = 16, updatable = false)
  private String outcome;

  @Column(length = 512, updatable = false)
  private String detail;

  @Column(name = "certificate_serial", length = 64, updatable = false)
  private String certificateSerial;

  protected RegistrationRequest() {}

  public RegistrationRequest(
      String kind,
      Instant receivedAt,
      String origin,
      String requester,
      byte[] requestHash,
      String outcome,
      String detail,
      String certificateSerial) {
    this.kind = kind;
    this.receivedAt = receivedAt;
    this.origin = origin;
    this.requester = requester;
    this.requestHash = requestHash.clone();
    this.outcome = outcome;
    this.detail = detail == null || detail.length() <= 512 ? detail : detail.substring(0, 512);
    this.certificateSerial = certificateSerial;
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getOrigin() {
    return origin;
  }

  public String getRequester() {
    return requester;
  }

  public byte[] getRequestHash() {
    return requestHash.clone();
  }

  public String getOutcome() {
    return outcome;
  }

  public String getDetail() {
    return detail;
  }

  public String getCertificateSerial() {
    return certificateSerial;
  }
}
