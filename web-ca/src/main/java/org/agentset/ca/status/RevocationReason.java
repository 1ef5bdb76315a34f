package org.agentset.ca.status;

import java.util.Optional;
import org.bouncycastle.asn1.x509.CRLReason;

/**
 * The revocation reasons an operator may give (RFC 5280 §5.3.1). Left out on purpose:
 * certificateHold (AgentSET never un-revokes, so a hold would be a lie), removeFromCRL (delta CRLs
 * only), and cACompromise / aACompromise (a CA compromise is handled by a key ceremony, not from
 * the console).
 */
public enum RevocationReason {
  UNSPECIFIED(CRLReason.unspecified, "Unspecified"),
  KEY_COMPROMISE(CRLReason.keyCompromise, "Key compromise"),
  AFFILIATION_CHANGED(CRLReason.affiliationChanged, "Affiliation changed"),
  SUPERSEDED(CRLReason.superseded, "Superseded"),
  CESSATION_OF_OPERATION(CRLReason.cessationOfOperation, "Cessation of operation"),
  PRIVILEGE_WITHDRAWN(CRLReason.privilegeWithdrawn, "Privilege withdrawn");

  private final int code;
  private final String label;

  RevocationReason(int code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The CRLReason code written into CRL entries and OCSP answers. */
  public int code() {
    return code;
  }

  /** The name an operator reads. */
  public String label() {
    return label;
  }

  /** The reason stored as {@code name}, if it is one. */
  public static Optional<RevocationReason> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (RevocationReason r : values()) {
      if (r.name().equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
