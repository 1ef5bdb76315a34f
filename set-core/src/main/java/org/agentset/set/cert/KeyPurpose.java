package org.agentset.set.cert;

/**
 * What a certified key may do. SET separates them strictly: an end entity's signature key never
 * decrypts, its key-exchange key never signs, and only CA certificate-signing keys sign
 * certificates and CRLs (SET-PROTOCOL.md §1.1). AgentSET's wallet communication key is the one
 * exception ({@link #COMMUNICATION}): outside SET, it signs the wallet's mandates and channel
 * authorisations and is also the recipient key of the agents' payment starts (DESIGN §7).
 */
public enum KeyPurpose {
  /** keyCertSign + cRLSign, nothing else. */
  CERTIFICATE_SIGNING,
  /** digitalSignature only. */
  SIGNATURE,
  /** keyEncipherment (RSA, ML-KEM) or keyAgreement (EC, X25519) only. */
  KEY_EXCHANGE,
  /**
   * digitalSignature plus keyEncipherment (RSA) or keyAgreement (EC), nothing else: a key that
   * signs and receives envelopes (RFC 5280 §4.2.1.3; RFC 5480 §3 for EC keys).
   */
  COMMUNICATION
}
