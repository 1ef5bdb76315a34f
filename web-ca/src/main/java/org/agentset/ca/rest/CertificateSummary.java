package org.agentset.ca.rest;

import java.time.Instant;
import org.agentset.db.ca.CertificateRecord;

/** A certificate as the admin API shows it (no DER; fetch {@code /ca/pki/certs/<serial>.pem}). */
public record CertificateSummary(
    String serial,
    String type,
    String subject,
    String issuer,
    String ca,
    Instant notBefore,
    Instant notAfter,
    String status,
    Instant revokedAt,
    String revocationReason,
    Instant issuedAt,
    String issuedBy) {

  static CertificateSummary of(CertificateRecord r) {
    return new CertificateSummary(
        r.getSerialHex(),
        r.getCertType(),
        r.getSubjectDn(),
        r.getIssuerDn(),
        r.getCaName(),
        r.getNotBefore(),
        r.getNotAfter(),
        r.getStatus(),
        r.getRevokedAt(),
        r.getRevocationReason(),
        r.getIssuedAt(),
        r.getIssuedBy());
  }
}
