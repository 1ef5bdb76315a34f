package org.agentset.set.msg;

/**
 * The identifiers whose single use the flow enforces through a {@link ReplayStore}, each in its own
 * namespace (an RRPID may legitimately equal an XID by chance across kinds, never within one).
 */
public enum ReplayKind {
  /** Merchant: the XID of a purchase whose PReq it accepted (one PReq per PInitRes). */
  PREQ_XID,
  /** Merchant: the RRPID of an accepted PReq. */
  PREQ_RRPID,
  /** Gateway: the RRPID of an accepted AuthReq. */
  AUTH_REQ_RRPID,
  /** Gateway: the XID of a dual-signed payment instruction it authorized (a PI pays once). */
  AUTH_PI_XID,
  /**
   * Gateway: the identity of an AuthToken it accepted in a later AuthReq (a token is used once).
   */
  AUTH_TOKEN,
  /** Merchant: the RRPID of an AuthRes it accepted. */
  AUTH_RES_RRPID,
  /** Gateway: the RRPID of an accepted CapReq. */
  CAP_REQ_RRPID,
  /** Gateway: the AuthRRPID of a CapToken it captured (a token captures once). */
  CAP_TOKEN,
  /** Gateway: the RRPID of an accepted AuthRevReq. */
  AUTH_REV_REQ_RRPID,
  /** Gateway: the RRPID of an accepted CredReq. */
  CRED_REQ_RRPID,
  /** Merchant: the RRPID of an accepted InqReq. */
  INQ_REQ_RRPID,
  /** CA: the RRPID of an accepted CertReq or CertInqReq. */
  REG_REQ_RRPID
}
