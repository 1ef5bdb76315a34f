package org.agentset.set.cert;

/**
 * The rules of SET path validation, each named in a {@link SetPathValidationException} when it
 * fails, so that callers can map failures to SET error codes and tests can assert the exact rule.
 */
public enum PathRule {
  /** The chain is empty or longer than any SET path. */
  CHAIN_SHAPE,
  /** A SET/AgentSET extension or a standard extension could not be decoded. */
  MALFORMED_EXTENSION,
  /** No certificateType/agentCertificateType, or a combination no AgentSET profile has. */
  CERTIFICATE_TYPE,
  /** The chain does not end at a trusted root. */
  UNKNOWN_ROOT,
  /** A self-signed root is not trusted and no trusted root's hashedRootKey commits to its key. */
  ROOT_ROLLOVER,
  /** issuer name or authorityKeyIdentifier does not match the next certificate up. */
  ISSUER_MISMATCH,
  /** The certificate's signature does not verify with its issuer's key. */
  SIGNATURE,
  /** The validation time is before notBefore. */
  NOT_YET_VALID,
  /** The validation time is after notAfter. */
  EXPIRED,
  /**
   * The certificate's profile may not be issued by its issuer's profile (or stand at this
   * position).
   */
  ISSUER_TYPE,
  /**
   * keyUsage does not match the profile (signature only, key exchange only, or certificate
   * signing).
   */
  KEY_USAGE,
  /** The certified key is outside every AgentSET suite (e.g. RSA below 3072 bits, EC not P-256). */
  KEY_ALGORITHM,
  /** basicConstraints missing or cA not as the profile requires. */
  BASIC_CONSTRAINTS,
  /** More CA certificates below a CA than its pathLenConstraint allows. */
  PATH_LENGTH,
  /** certificatePolicies does not name set-policy-root. */
  POLICY,
  /** A critical extension AgentSET does not process. */
  CRITICAL_EXTENSION,
  /** No CRL (with a valid issuer signature and a cRLNumber) for a CA that publishes CRLs. */
  CRL_MISSING,
  /** The CRL is past its nextUpdate or not yet issued. */
  CRL_STALE,
  /** The certificate is listed on its issuer's current CRL. */
  REVOKED,
  /** A BrandCRLIdentifier is required and none was given. */
  BCI_MISSING,
  /** The BrandCRLIdentifier is not signed by the path's brand CA or is outside its validity. */
  BCI_INVALID,
  /** The BrandCRLIdentifier lists no CRL for that CA, or a newer one than any held. */
  BCI_MISMATCH
}
