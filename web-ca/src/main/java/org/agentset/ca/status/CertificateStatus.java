package org.agentset.ca.status;

import java.time.Instant;
import java.util.Objects;

/**
 * What the records say about one serial, for the OCSP responder.
 *
 * @param revokedAt null when the certificate is valid
 * @param reason null when the certificate is valid
 */
public record CertificateStatus(Instant revokedAt, RevocationReason reason) {

  /** A certificate that is not revoked. */
  public static final CertificateStatus GOOD = new CertificateStatus(null, null);

  public CertificateStatus {
    if ((revokedAt == null) != (reason == null)) {
      throw new IllegalArgumentException("a revoked status has both time and reason");
    }
  }

  /** A revoked certificate. */
  public static CertificateStatus revoked(Instant at, RevocationReason reason) {
    return new CertificateStatus(Objects.requireNonNull(at), Objects.requireNonNull(reason));
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
