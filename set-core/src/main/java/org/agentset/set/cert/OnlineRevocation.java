package org.agentset.set.cert;

import java.security.cert.X509Certificate;

/**
 * An online revocation check of a leaf certificate (OCSP), asked by {@code CertificateTrust}
 * besides the CRL/BCI path validation.
 */
@FunctionalInterface
public interface OnlineRevocation {

  /**
   * Returns normally when the certificate is good or its status cannot be had online (the CRLs and
   * BCI then decide).
   *
   * @throws SetPathValidationException with {@link PathRule#REVOKED} when the responder says it is
   *     revoked
   */
  void check(X509Certificate leaf, X509Certificate issuer) throws SetPathValidationException;
}
