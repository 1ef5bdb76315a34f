package org.agentset.set.cert;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys AgentSET certifies: RSA of at least 3072 bits, EC on a 256-bit curve (P-256), ML-DSA-65
 * for signatures, X25519 or ML-KEM-768 for key exchange. SET 1.0's 1024-bit RSA and anything else
 * are refused by the issuer and by the path validator alike.
 */
final class KeyPolicy {

  private KeyPolicy() {}

  /** Why {@code key} is not acceptable for {@code purpose}, or empty when it is. */
  static Optional<String> problem(PublicKey key, KeyPurpose purpose) {
    String alg = key.getAlgorithm().toUpperCase(Locale.ROOT);
    if (key instanceof RSAPublicKey rsa) {
      return rsa.getModulus().bitLength() < 3072
          ? Optional.of("RSA keys must be at least 3072 bits")
          : Optional.empty();
    }
    if (key instanceof ECPublicKey ec) {
      return ec.getParams().getCurve().getField().getFieldSize() != 256
          ? Optional.of("EC keys must be on P-256")
          : Optional.empty();
    }
    if (alg.equals("ML-DSA-65")) {
      return purpose == KeyPurpose.KEY_EXCHANGE
          ? Optional.of("ML-DSA keys cannot exchange keys")
          : Optional.empty();
    }
    if (alg.equals("X25519") || alg.equals("ML-KEM-768")) {
      return purpose == KeyPurpose.KEY_EXCHANGE
          ? Optional.empty()
          : Optional.of(alg + " keys cannot sign");
    }
    return Optional.of("key algorithm " + key.getAlgorithm() + " is not in any AgentSET suite");
  }
}
