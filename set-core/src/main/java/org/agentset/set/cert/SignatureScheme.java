package org.agentset.set.cert;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The signature algorithms certificates, CRLs and BCIs are signed with, one per AgentSET suite.
 *
 * <p>{@link #RSA_PSS_SHA256} for the {@code rsa} suite (RSA-3072; PSS rather than PKCS#1 v1.5
 * because OpenSSL 3 verifies PSS certificate chains and v1.5 is what SET 1.0 used and the suites
 * retire), {@link #ECDSA_P256_SHA256} for {@code p256}, {@link #ML_DSA_65} for the signature half
 * of {@code pq-hybrid} (not verifiable by OpenSSL 3.0).
 */
public enum SignatureScheme {
  RSA_PSS_SHA256("SHA256withRSAandMGF1", "RSA"),
  ECDSA_P256_SHA256("SHA256withECDSA", "EC"),
  ML_DSA_65("ML-DSA-65", "ML-DSA");

  private final String jcaName;
  private final String keyFamily;

  SignatureScheme(String jcaName, String keyFamily) {
    this.jcaName = jcaName;
    this.keyFamily = keyFamily;
  }

  /** The JCA signature name under Bouncy Castle. */
  public String jcaName() {
    return jcaName;
  }

  /** A content signer for {@code key}, using {@code provider}. */
  public ContentSigner signer(PrivateKey key, Provider provider) {
    if (!matches(key.getAlgorithm())) {
      throw new IllegalArgumentException(
          this + " cannot sign with a " + key.getAlgorithm() + " key");
    }
    try {
      return new JcaContentSignerBuilder(jcaName).setProvider(provider).build(key);
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("cannot create " + jcaName + " signer", e);
    }
  }

  /** The scheme for {@code key}'s algorithm (RSA, EC P-256 or ML-DSA-65). */
  public static SignatureScheme forKey(PublicKey key) {
    return forKeyAlgorithm(key.getAlgorithm());
  }

  /** The scheme for keys of JCA algorithm {@code keyAlgorithm} ("RSA", "EC", "ML-DSA-65", …). */
  public static SignatureScheme forKeyAlgorithm(String keyAlgorithm) {
    for (SignatureScheme s : values()) {
      if (s.matches(keyAlgorithm)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no signature scheme for " + keyAlgorithm + " keys");
  }

  private boolean matches(String algorithm) {
    String a = algorithm.toUpperCase(java.util.Locale.ROOT);
    return switch (keyFamily) {
      case "RSA" -> a.equals("RSA") || a.equals("RSASSA-PSS");
      case "EC" -> a.equals("EC") || a.equals("ECDSA");
      default -> a.startsWith("ML-DSA");
    };
  }
}
