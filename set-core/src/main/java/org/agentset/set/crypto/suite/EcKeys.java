package org.agentset.set.crypto.suite;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.agentset.set.crypto.Der;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * ECDSA P-256 with SHA-256 on Bouncy Castle (6-13 times faster than the JDK's EC code on Java 17,
 * see BUILD-NOTES), shared by suites {@code p256} and {@code pq-hybrid}. Keys must name the curve
 * {@code prime256v1}; explicit curve parameters are refused.
 */
final class EcKeys {

  /** {@code ecdsa-with-SHA256}, parameters absent (RFC 5758). */
  static final AlgorithmIdentifier ECDSA_SHA256 =
      new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);

  private static final AlgorithmIdentifier P256_KEY =
      new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, SECObjectIdentifiers.secp256r1);

  private EcKeys() {}

  static KeyPair generate(Provider provider, SecureRandom random) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 key generation unavailable", e);
    }
  }

  static boolean isP256(PublicKey key) {
    try {
      return key != null
          && "X.509".equals(key.getFormat())
          && key.getAlgorithm().startsWith("EC")
          && P256_KEY.equals(SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm());
    } catch (RuntimeException e) {
      return false;
    }
  }

  static boolean isP256(PrivateKey key) {
    try {
      return key != null
          && "PKCS#8".equals(key.getFormat())
          && key.getAlgorithm().startsWith("EC")
          && P256_KEY.equals(PrivateKeyInfo.getInstance(key.getEncoded()).getPrivateKeyAlgorithm());
    } catch (RuntimeException e) {
      return false;
    }
  }

  static PublicKey decodePublic(Provider provider, SubjectPublicKeyInfo info, String field)
      throws SetCryptoException {
    if (!P256_KEY.equals(info.getAlgorithm())) {
      throw new SetCryptoException(Reason.WRONG_KEY, field);
    }
    try {
      return KeyFactory.getInstance("EC", provider)
          .generatePublic(new X509EncodedKeySpec(Der.encode(info)));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SetCryptoException(Reason.MALFORMED, field, e);
    }
  }

  static PrivateKey decodePrivate(Provider provider, PrivateKeyInfo info, String field)
      throws SetCryptoException {
    if (!P256_KEY.equals(info.getPrivateKeyAlgorithm())) {
      throw new SetCryptoException(Reason.WRONG_KEY, field);
    }
    try {
      return KeyFactory.getInstance("EC", provider)
          .generatePrivate(new PKCS8EncodedKeySpec(Der.encode(info)));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SetCryptoException(Reason.MALFORMED, field, e);
    }
  }

  static byte[] sign(Provider provider, SecureRandom random, PrivateKey key, byte[] message)
      throws SetCryptoException {
    try {
      Signature signature = Signature.getInstance("SHA256withECDSA", provider);
      signature.initSign(key, random);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "signing key", e);
    }
  }

  /** Whether the DER ECDSA signature verifies; a malformed signature does not. */
  static boolean verify(Provider provider, PublicKey key, byte[] message, byte[] signatureValue)
      throws SetCryptoException {
    try {
      Signature signature = Signature.getInstance("SHA256withECDSA", provider);
      signature.initVerify(key);
      signature.update(message);
      return signature.verify(signatureValue);
    } catch (SignatureException | RuntimeException e) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "verification key", e);
    }
  }
}
