package org.agentset.set.crypto;

/**
 * What a key is for. SET keeps signature keys and key-exchange keys apart (merchants and gateways
 * hold one certificate of each kind); every suite generates and decodes them separately.
 */
public enum KeyPurpose {
  /** Signing: RSA-PSS, ECDSA, or ML-DSA-65 with ECDSA. */
  SIGNATURE,
  /** Receiving envelopes: RSA-OAEP, HPKE DHKEM(P-256), or ML-KEM-768 with X25519. */
  KEY_EXCHANGE
}
