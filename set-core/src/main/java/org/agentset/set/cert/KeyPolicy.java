package org.agentset.set.cert;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Locale;
import java.util.Optional;
import org.agentset.set.crypto.SuiteIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * The keys AgentSET certifies: RSA of at least 3072 bits, EC on a 256-bit curve (P-256), ML-DSA-65
 * for signatures, X25519 or ML-KEM-768 for key exchange, and the pq-hybrid suite's composite keys
 * (ML-DSA-65 with ECDSA P-256 for signatures, ML-KEM-768 with X25519 for key exchange). SET 1.0's
 * 1024-bit RSA and anything else are refused by the issuer and by the path validator alike.
 *
 * <p>The composite keys are AgentSET's own (their SubjectPublicKeyInfo algorithm is under the suite
 * arc), so no JCA provider turns them into a {@link PublicKey}: {@link #algorithmOf} names them
 * from the certificate's SubjectPublicKeyInfo instead.
 */
final class KeyPolicy {

  /** The pq-hybrid composite signature key (ML-DSA-65 with ECDSA P-256). */
  static final String COMPOSITE_SIGNATURE = "MLDSA65-ECDSA-P256";

  /** The pq-hybrid key-establishment key (ML-KEM-768 with X25519). */
  static final String HYBRID_KEM = "MLKEM768-X25519";

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
      return purpose == KeyPurpose.KEY_EXCHANGE || purpose == KeyPurpose.COMMUNICATION
          ? Optional.of("ML-DSA keys cannot exchange keys")
          : Optional.empty();
    }
    return problem(alg, purpose);
  }

  /** As {@link #problem(PublicKey, KeyPurpose)} for a certified key, composite keys included. */
  static Optional<String> problem(X509Certificate certificate, KeyPurpose purpose) {
    PublicKey key = certificate.getPublicKey();
    return key != null ? problem(key, purpose) : problem(algorithmOf(certificate), purpose);
  }

  /**
   * The JCA algorithm name of {@code certificate}'s key, or the pq-hybrid composite's name ({@code
   * MLDSA65-ECDSA-P256}, {@code MLKEM768-X25519}) when no provider can read it; otherwise the
   * algorithm OID.
   */
  static String algorithmOf(X509Certificate certificate) {
    PublicKey key = certificate.getPublicKey();
    if (key != null) {
      return key.getAlgorithm();
    }
    try {
      ASN1ObjectIdentifier oid =
          Certificate.getInstance(certificate.getEncoded())
              .getSubjectPublicKeyInfo()
              .getAlgorithm()
              .getAlgorithm();
      if (SuiteIdentifiers.MLDSA65_ECDSA_P256.equals(oid)) {
        return COMPOSITE_SIGNATURE;
      }
      return SuiteIdentifiers.MLKEM768_X25519.equals(oid) ? HYBRID_KEM : oid.getId();
    } catch (java.security.cert.CertificateEncodingException | IllegalArgumentException e) {
      return "unreadable";
    }
  }

  private static Optional<String> problem(String alg, KeyPurpose purpose) {
    if (alg.equals(COMPOSITE_SIGNATURE)) {
      return purpose == KeyPurpose.SIGNATURE
          ? Optional.empty()
          : Optional.of(alg + " keys can only sign");
    }
    if (alg.equals(HYBRID_KEM)) {
      return purpose == KeyPurpose.KEY_EXCHANGE
          ? Optional.empty()
          : Optional.of(alg + " keys can only exchange keys");
    }
    if (alg.equals("X25519") || alg.equals("ML-KEM-768")) {
      return purpose == KeyPurpose.KEY_EXCHANGE
          ? Optional.empty()
          : Optional.of(alg + " keys cannot sign");
    }
    return Optional.of("key algorithm " + alg + " is not in any AgentSET suite");
  }
}
