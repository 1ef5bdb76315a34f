package org.agentset.set.crypto.suite;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.agentset.set.crypto.Der;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.SuiteIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jcajce.spec.MLDSAParameterSpec;
import org.bouncycastle.jcajce.spec.MLKEMParameterSpec;
import org.bouncycastle.jcajce.spec.XDHParameterSpec;

/**
 * Generation and strict decoding of pq-hybrid keys: ML-DSA-65 with EC P-256 for signatures,
 * ML-KEM-768 with X25519 for key establishment (see {@link HybridPublicKey} for the encoding). Each
 * half must be exactly the named algorithm; the two halves of a key pair are generated
 * independently.
 */
final class HybridKeys {

  private static final AlgorithmIdentifier ML_DSA_65 =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_ml_dsa_65);
  private static final AlgorithmIdentifier ML_KEM_768 =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_alg_ml_kem_768);
  private static final AlgorithmIdentifier X25519 =
      new AlgorithmIdentifier(EdECObjectIdentifiers.id_X25519);

  private HybridKeys() {}

  static ASN1ObjectIdentifier algorithm(KeyPurpose purpose) {
    return purpose == KeyPurpose.SIGNATURE
        ? SuiteIdentifiers.MLDSA65_ECDSA_P256
        : SuiteIdentifiers.MLKEM768_X25519;
  }

  static KeyPair generate(Provider provider, SecureRandom random, KeyPurpose purpose) {
    KeyPair pq =
        generate(provider, random, purpose == KeyPurpose.SIGNATURE ? "ML-DSA-65" : "ML-KEM-768");
    KeyPair classical =
        purpose == KeyPurpose.SIGNATURE
            ? EcKeys.generate(provider, random)
            : generate(provider, random, "X25519");
    ASN1ObjectIdentifier oid = algorithm(purpose);
    return new KeyPair(
        new HybridPublicKey(oid, pq.getPublic(), classical.getPublic()),
        new HybridPrivateKey(oid, pq.getPrivate(), classical.getPrivate()));
  }

  private static KeyPair generate(Provider provider, SecureRandom random, String algorithm) {
    AlgorithmParameterSpec spec =
        switch (algorithm) {
          case "ML-DSA-65" -> MLDSAParameterSpec.ml_dsa_65;
          case "ML-KEM-768" -> MLKEMParameterSpec.ml_kem_768;
          default -> new XDHParameterSpec(XDHParameterSpec.X25519);
        };
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, provider);
      generator.initialize(spec, random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " key generation unavailable", e);
    }
  }

  static HybridPublicKey decodePublic(
      Provider provider, KeyPurpose purpose, SubjectPublicKeyInfo info) throws SetCryptoException {
    ASN1ObjectIdentifier oid = algorithm(purpose);
    if (!new AlgorithmIdentifier(oid).equals(info.getAlgorithm())) {
      throw new SetCryptoException(Reason.WRONG_KEY, "SubjectPublicKeyInfo.algorithm");
    }
    if (info.getPublicKeyData().getPadBits() != 0) {
      throw new SetCryptoException(Reason.MALFORMED, "SubjectPublicKeyInfo.subjectPublicKey");
    }
    ASN1Sequence pair = pair(info.getPublicKeyData().getOctets(), "HybridPublicKey");
    SubjectPublicKeyInfo pq;
    SubjectPublicKeyInfo classical;
    try {
      pq = SubjectPublicKeyInfo.getInstance(pair.getObjectAt(0));
      classical = SubjectPublicKeyInfo.getInstance(pair.getObjectAt(1));
    } catch (RuntimeException e) {
      throw new SetCryptoException(Reason.MALFORMED, "HybridPublicKey", e);
    }
    if (purpose == KeyPurpose.SIGNATURE) {
      return new HybridPublicKey(
          oid,
          component(provider, pq, ML_DSA_65, "ML-DSA", "HybridPublicKey.postQuantum"),
          EcKeys.decodePublic(provider, classical, "HybridPublicKey.classical"));
    }
    return new HybridPublicKey(
        oid,
        component(provider, pq, ML_KEM_768, "ML-KEM", "HybridPublicKey.postQuantum"),
        component(provider, classical, X25519, "X25519", "HybridPublicKey.classical"));
  }

  static HybridPrivateKey decodePrivate(Provider provider, KeyPurpose purpose, PrivateKeyInfo info)
      throws SetCryptoException {
    ASN1ObjectIdentifier oid = algorithm(purpose);
    if (!new AlgorithmIdentifier(oid).equals(info.getPrivateKeyAlgorithm())) {
      throw new SetCryptoException(Reason.WRONG_KEY, "PrivateKeyInfo.privateKeyAlgorithm");
    }
    ASN1Sequence pair = pair(info.getPrivateKey().getOctets(), "HybridPrivateKey");
    PrivateKeyInfo pq;
    PrivateKeyInfo classical;
    try {
      pq = PrivateKeyInfo.getInstance(pair.getObjectAt(0));
      classical = PrivateKeyInfo.getInstance(pair.getObjectAt(1));
    } catch (RuntimeException e) {
      throw new SetCryptoException(Reason.MALFORMED, "HybridPrivateKey", e);
    }
    if (purpose == KeyPurpose.SIGNATURE) {
      return new HybridPrivateKey(
          oid,
          component(provider, pq, ML_DSA_65, "ML-DSA", "HybridPrivateKey.postQuantum"),
          EcKeys.decodePrivate(provider, classical, "HybridPrivateKey.classical"));
    }
    return new HybridPrivateKey(
        oid,
        component(provider, pq, ML_KEM_768, "ML-KEM", "HybridPrivateKey.postQuantum"),
        component(provider, classical, X25519, "X25519", "HybridPrivateKey.classical"));
  }

  private static ASN1Sequence pair(byte[] der, String field) throws SetCryptoException {
    ASN1Primitive value = Der.decode(der, field);
    if (!(value instanceof ASN1Sequence sequence) || sequence.size() != 2) {
      throw new SetCryptoException(Reason.MALFORMED, field);
    }
    return sequence;
  }

  private static PublicKey component(
      Provider provider,
      SubjectPublicKeyInfo info,
      AlgorithmIdentifier expected,
      String factory,
      String field)
      throws SetCryptoException {
    if (!expected.equals(info.getAlgorithm())) {
      throw new SetCryptoException(Reason.WRONG_KEY, field);
    }
    try {
      return KeyFactory.getInstance(factory, provider)
          .generatePublic(new X509EncodedKeySpec(Der.encode(info)));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SetCryptoException(Reason.MALFORMED, field, e);
    }
  }

  private static PrivateKey component(
      Provider provider,
      PrivateKeyInfo info,
      AlgorithmIdentifier expected,
      String factory,
      String field)
      throws SetCryptoException {
    if (!expected.equals(info.getPrivateKeyAlgorithm())) {
      throw new SetCryptoException(Reason.WRONG_KEY, field);
    }
    try {
      return KeyFactory.getInstance(factory, provider)
          .generatePrivate(new PKCS8EncodedKeySpec(Der.encode(info)));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SetCryptoException(Reason.MALFORMED, field, e);
    }
  }

  /** Whether {@code key} is a hybrid public key for {@code purpose}. */
  static boolean is(PublicKey key, KeyPurpose purpose) {
    return key instanceof HybridPublicKey h && h.algorithmIdentifier().equals(algorithm(purpose));
  }

  /** Whether {@code key} is a hybrid private key for {@code purpose}. */
  static boolean is(PrivateKey key, KeyPurpose purpose) {
    return key instanceof HybridPrivateKey h && h.algorithmIdentifier().equals(algorithm(purpose));
  }
}
