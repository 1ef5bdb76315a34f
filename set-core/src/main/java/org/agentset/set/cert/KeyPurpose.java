package org.agentset.set.cert;

/**
 * What a certified key may do. SET separates them strictly: an end entity's signature key never
 * decrypts, its key-exchange key never signs, and only CA certificate-signing keys sign
 * certificates and CRLs (SET-PROTOCOL.md §1.1).
 */
public enum KeyPurpose {
  /** keyCertSign + cRLSign, nothing else. */
  CERTIFICATE_SIGNING,
  /** digitalSignature only. */
  SIGNATURE,
  /** keyEncipherment (RSA, ML-KEM) or keyAgreement (EC, X25519) only. */
  KEY_EXCHANGE
}
