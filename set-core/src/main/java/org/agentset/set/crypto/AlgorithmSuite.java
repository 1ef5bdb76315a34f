package org.agentset.set.crypto;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.ContentVerifierProvider;

/**
 * A named set of primitives that replaces SET 1.0's RSA-1024, SHA-1, DES and bespoke OAEP while
 * SET's structure (dual signature, linkage, extra encryption, envelopes) stays as it is.
 *
 * <p>Every suite uses SHA-256 for DD/H and AES-256-GCM for bulk data; they differ in signatures and
 * in how a <em>key block</em> (the content key, SET's EH hash and EX extra data; see {@code
 * KeyBlock}) reaches the recipient:
 *
 * <ul>
 *   <li>{@code rsa}: RSASSA-PSS (SHA-256, MGF1-SHA-256, salt 32) with RSA-3072; the key block is
 *       RSA-OAEP-SHA256 encrypted, as in SET where key, hash and extra data share the OAEP block;
 *   <li>{@code p256}: ECDSA P-256 with SHA-256; the key block is sealed with HPKE (RFC 9180, base
 *       mode, DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-256-GCM);
 *   <li>{@code pq-hybrid}: ML-DSA-65 and ECDSA P-256 (both must verify); the key block is sealed
 *       under a key derived from ML-KEM-768 and X25519 together (see {@code HybridKem}).
 * </ul>
 *
 * <p>Implementations are immutable and thread-safe; each holds the Bouncy Castle provider object
 * and the {@link java.security.SecureRandom} it was built with, and never registers the provider
 * globally. Obtain them from {@link AlgorithmSuites}.
 */
public interface AlgorithmSuite {

  /** The suite's name: {@code rsa}, {@code p256} or {@code pq-hybrid}. */
  String name();

  /** The suite's object identifier (see {@link SuiteIdentifiers}). */
  ASN1ObjectIdentifier oid();

  /** The suite as it travels on the wire: its OID with parameters absent. */
  default AlgorithmIdentifier identifier() {
    return new AlgorithmIdentifier(oid());
  }

  /** SHA-256, parameters absent. */
  AlgorithmIdentifier digestAlgorithm();

  /** SHA-256 of {@code data}. */
  byte[] digest(byte[] data);

  /** The signature algorithm this suite writes into SignerInfos and certificates. */
  AlgorithmIdentifier signatureAlgorithm();

  /** Whether {@code algorithm} is this suite's signature algorithm with exactly its parameters. */
  boolean isSignatureAlgorithm(AlgorithmIdentifier algorithm);

  /** A fresh key pair for {@code purpose}. */
  KeyPair generateKeyPair(KeyPurpose purpose);

  /**
   * Reads a public key of this suite.
   *
   * @throws SetCryptoException {@code WRONG_KEY} if the key is of another algorithm, curve, size or
   *     purpose; {@code MALFORMED} if it cannot be read
   */
  PublicKey decodePublicKey(KeyPurpose purpose, SubjectPublicKeyInfo info)
      throws SetCryptoException;

  /**
   * Reads a private key of this suite.
   *
   * @throws SetCryptoException as for {@link #decodePublicKey}
   */
  PrivateKey decodePrivateKey(KeyPurpose purpose, PrivateKeyInfo info) throws SetCryptoException;

  /**
   * Signs {@code message} (the whole message; hashing is part of the algorithm).
   *
   * @throws SetCryptoException {@code WRONG_KEY} if the key is not a signature key of this suite
   */
  byte[] sign(PrivateKey key, byte[] message) throws SetCryptoException;

  /**
   * Verifies a signature made by {@link #sign}.
   *
   * @throws SetCryptoException {@code BAD_SIGNATURE} if it does not verify, {@code WRONG_KEY} if
   *     the key does not belong to the suite
   */
  void verify(PublicKey key, byte[] message, byte[] signature) throws SetCryptoException;

  /** A Bouncy Castle content signer (for CMS and certificates) over {@link #sign}. */
  ContentSigner contentSigner(PrivateKey key) throws SetCryptoException;

  /**
   * A Bouncy Castle verifier provider over {@link #verify}; it refuses any algorithm identifier
   * other than this suite's signature algorithm.
   */
  ContentVerifierProvider contentVerifierProvider(PublicKey key) throws SetCryptoException;

  /** The largest key block {@link #sealKeyBlock} accepts, in bytes. */
  int maxKeyBlockSize();

  /**
   * Seals a key block to the holder of {@code recipient}'s private key.
   *
   * @param info context the sealing is bound to (suite, recipient key hash, label)
   * @param aad associated data the sealing is bound to (the envelope's authenticated attributes)
   * @throws SetCryptoException {@code WRONG_KEY} for a key that is not a key-exchange key of this
   *     suite; {@code TOO_LARGE} if the block exceeds {@link #maxKeyBlockSize()}
   */
  SealedKeyBlock sealKeyBlock(PublicKey recipient, byte[] block, byte[] info, byte[] aad)
      throws SetCryptoException;

  /**
   * Opens a key block sealed by {@link #sealKeyBlock}.
   *
   * @param recipient the recipient's key pair (the public half takes part in some KEMs)
   * @throws SetCryptoException {@code DECRYPTION_FAILED} if it does not open with this key, {@code
   *     info} and {@code aad}
   */
  byte[] openKeyBlock(KeyPair recipient, SealedKeyBlock sealed, byte[] info, byte[] aad)
      throws SetCryptoException;

  /** AES-256-GCM, used by every suite for bulk data. */
  default Aes256Gcm aead() {
    return Aes256Gcm.INSTANCE;
  }
}
