package org.agentset.set.crypto.suite;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import org.agentset.set.crypto.Aes256Gcm;
import org.agentset.set.crypto.Hkdf;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.crypto.SealedKeyBlock;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.SuiteIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Suite {@code pq-hybrid}: signatures by ML-DSA-65 and ECDSA P-256 together ({@link
 * CompositeSignature}), key establishment by ML-KEM-768 and X25519 together ({@link HybridKem}),
 * AES-256-GCM and SHA-256. A purchase signed and enveloped in this suite stays confidential and
 * unforgeable unless both the lattice and the elliptic-curve assumption fail.
 *
 * <p>A key block is sealed like HPKE's base mode, with the hybrid KEM in place of DHKEM:
 *
 * <pre>
 * (ss, enc)   = HybridKem.Encaps(pk_R)
 * key || nonce = HKDF-SHA256(salt = "", ikm = ss, info = "AgentSET key block" || info, L = 44)
 * sealed      = AES-256-GCM(key, nonce, aad, block)
 * </pre>
 *
 * <p>OpenSSL 3.0 has neither ML-DSA nor ML-KEM, so this suite's CMS is checked by Bouncy Castle and
 * by the library's own tests only.
 */
public final class PqHybridSuite extends BaseSuite {

  private static final AlgorithmIdentifier SIGNATURE =
      new AlgorithmIdentifier(SuiteIdentifiers.MLDSA65_ECDSA_P256);
  private static final byte[] BLOCK_LABEL =
      "AgentSET key block".getBytes(StandardCharsets.US_ASCII);

  public PqHybridSuite(Provider provider, SecureRandom random) {
    super(provider, random);
  }

  @Override
  public String name() {
    return "pq-hybrid";
  }

  @Override
  public ASN1ObjectIdentifier oid() {
    return SuiteIdentifiers.PQ_HYBRID;
  }

  @Override
  public AlgorithmIdentifier signatureAlgorithm() {
    return SIGNATURE;
  }

  @Override
  public boolean isSignatureAlgorithm(AlgorithmIdentifier algorithm) {
    return SIGNATURE.equals(algorithm);
  }

  @Override
  public KeyPair generateKeyPair(KeyPurpose purpose) {
    return HybridKeys.generate(provider, random, purpose);
  }

  @Override
  public PublicKey decodePublicKey(KeyPurpose purpose, SubjectPublicKeyInfo info)
      throws SetCryptoException {
    return HybridKeys.decodePublic(provider, purpose, info);
  }

  @Override
  public PrivateKey decodePrivateKey(KeyPurpose purpose, PrivateKeyInfo info)
      throws SetCryptoException {
    return HybridKeys.decodePrivate(provider, purpose, info);
  }

  @Override
  public byte[] sign(PrivateKey key, byte[] message) throws SetCryptoException {
    checkSigningKey(key);
    return CompositeSignature.sign(provider, random, (HybridPrivateKey) key, message);
  }

  @Override
  public void verify(PublicKey key, byte[] message, byte[] signature) throws SetCryptoException {
    checkVerificationKey(key);
    if (!CompositeSignature.verify(provider, (HybridPublicKey) key, message, signature)) {
      throw new SetCryptoException(Reason.BAD_SIGNATURE, "signature");
    }
  }

  @Override
  public int maxKeyBlockSize() {
    return P256Suite.MAX_BLOCK;
  }

  @Override
  public SealedKeyBlock sealKeyBlock(PublicKey recipient, byte[] block, byte[] info, byte[] aad)
      throws SetCryptoException {
    if (!HybridKeys.is(recipient, KeyPurpose.KEY_EXCHANGE)) {
      throw wrongKey("recipient key");
    }
    if (block.length > P256Suite.MAX_BLOCK) {
      throw new SetCryptoException(Reason.TOO_LARGE, "KeyBlock");
    }
    HybridKem.Encapsulated kem = HybridKem.encapsulate((HybridPublicKey) recipient, random);
    byte[] keyAndNonce = schedule(kem.secret(), info);
    try {
      byte[] sealed = aead().seal(key(keyAndNonce), nonce(keyAndNonce), aad, block);
      return new SealedKeyBlock(kem.encapsulation(), sealed);
    } finally {
      Arrays.fill(keyAndNonce, (byte) 0);
    }
  }

  @Override
  public byte[] openKeyBlock(KeyPair recipient, SealedKeyBlock sealed, byte[] info, byte[] aad)
      throws SetCryptoException {
    if (!HybridKeys.is(recipient.getPublic(), KeyPurpose.KEY_EXCHANGE)
        || !HybridKeys.is(recipient.getPrivate(), KeyPurpose.KEY_EXCHANGE)) {
      throw wrongKey("recipient key");
    }
    byte[] secret = HybridKem.decapsulate(recipient, sealed.encapsulation());
    byte[] keyAndNonce = schedule(secret, info);
    try {
      return aead()
          .open(
              key(keyAndNonce), nonce(keyAndNonce), aad, sealed.ciphertext(), "hybrid ciphertext");
    } finally {
      Arrays.fill(keyAndNonce, (byte) 0);
    }
  }

  private static byte[] schedule(byte[] secret, byte[] info) {
    byte[] labelled = Arrays.copyOf(BLOCK_LABEL, BLOCK_LABEL.length + info.length);
    System.arraycopy(info, 0, labelled, BLOCK_LABEL.length, info.length);
    try {
      return Hkdf.derive(
          new byte[0], secret, labelled, Aes256Gcm.KEY_LENGTH + Aes256Gcm.NONCE_LENGTH);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static byte[] key(byte[] keyAndNonce) {
    return Arrays.copyOfRange(keyAndNonce, 0, Aes256Gcm.KEY_LENGTH);
  }

  private static byte[] nonce(byte[] keyAndNonce) {
    return Arrays.copyOfRange(keyAndNonce, Aes256Gcm.KEY_LENGTH, keyAndNonce.length);
  }

  @Override
  void checkSigningKey(PrivateKey key) throws SetCryptoException {
    if (!HybridKeys.is(key, KeyPurpose.SIGNATURE)) {
      throw wrongKey("signing key");
    }
  }

  @Override
  void checkVerificationKey(PublicKey key) throws SetCryptoException {
    if (!HybridKeys.is(key, KeyPurpose.SIGNATURE)) {
      throw wrongKey("verification key");
    }
  }
}
