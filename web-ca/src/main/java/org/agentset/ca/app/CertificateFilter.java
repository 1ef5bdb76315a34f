package org.agentset.ca.app;

import java.time.Instant;

/**
 * What the certificate search filters by; null fields do not filter.
 *
 * @param type an AgentSET profile name
 * @param status VALID or REVOKED
 * @param subject a case-insensitive fragment of the subject DN
 * @param issuedFrom issued at or after
 * @param issuedTo issued before
 * @param caName the issuing CA
 */
public record CertificateFilter(
    String type,
    String status,
    String subject,
    Instant issuedFrom,
    Instant issuedTo,
    String caName) {

  /** No filter. */
  public static final CertificateFilter ALL = new CertificateFilter(null, null, null, null, null, null);
}
