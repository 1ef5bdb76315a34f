package org.agentset.set.crypto.suite;

import java.io.IOException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.crypto.SealedKeyBlock;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.SuiteIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Suite {@code p256}: ECDSA P-256 with SHA-256; key blocks sealed with HPKE (RFC 9180) in base mode
 * with DHKEM(P-256, HKDF-SHA256), HKDF-SHA256 and AES-256-GCM; AES-256-GCM and SHA-256 for bulk
 * data and digests. The HPKE {@code info} names the suite and the recipient key, and the envelope's
 * link digests are the HPKE associated data. The sender's ephemeral key is derived (RFC 9180
 * DeriveKeyPair) from 32 bytes of the injected {@link SecureRandom}, so tests can fix it.
 */
public final class P256Suite extends BaseSuite {

  /** Size of an uncompressed P-256 point, the DHKEM(P-256) encapsulation. */
  static final int ENC_LENGTH = 65;

  /** Cap on key blocks: key, hash and extra data fit with room to spare. */
  static final int MAX_BLOCK = 1024;

  public P256Suite(Provider provider, SecureRandom random) {
    super(provider, random);
  }

  @Override
  public String name() {
    return "p256";
  }

  @Override
  public ASN1ObjectIdentifier oid() {
    return SuiteIdentifiers.P256;
  }

  @Override
  public AlgorithmIdentifier signatureAlgorithm() {
    return EcKeys.ECDSA_SHA256;
  }

  @Override
  public boolean isSignatureAlgorithm(AlgorithmIdentifier algorithm) {
    return EcKeys.ECDSA_SHA256.equals(algorithm);
  }

  @Override
  public KeyPair generateKeyPair(KeyPurpose purpose) {
    return EcKeys.generate(provider, random);
  }

  @Override
  public PublicKey decodePublicKey(KeyPurpose purpose, SubjectPublicKeyInfo info)
      throws SetCryptoException {
    return EcKeys.decodePublic(provider, info, "SubjectPublicKeyInfo");
  }

  @Override
  public PrivateKey decodePrivateKey(KeyPurpose purpose, PrivateKeyInfo info)
      throws SetCryptoException {
    return EcKeys.decodePrivate(provider, info, "PrivateKeyInfo");
  }

  @Override
  public byte[] sign(PrivateKey key, byte[] message) throws SetCryptoException {
    checkSigningKey(key);
    return EcKeys.sign(provider, random, key, message);
  }

  @Override
  public void verify(PublicKey key, byte[] message, byte[] signature) throws SetCryptoException {
    checkVerificationKey(key);
    if (!EcKeys.verify(provider, key, message, signature)) {
      throw new SetCryptoException(Reason.BAD_SIGNATURE, "signature");
    }
  }

  @Override
  public int maxKeyBlockSize() {
    return MAX_BLOCK;
  }

  @Override
  public SealedKeyBlock sealKeyBlock(PublicKey recipient, byte[] block, byte[] info, byte[] aad)
      throws SetCryptoException {
    if (!EcKeys.isP256(recipient)) {
      throw wrongKey("recipient key");
    }
    if (block.length > MAX_BLOCK) {
      throw new SetCryptoException(Reason.TOO_LARGE, "KeyBlock");
    }
    HPKE hpke = hpke();
    byte[] ikm = new byte[32];
    random.nextBytes(ikm);
    try {
      AsymmetricCipherKeyPair ephemeral = hpke.deriveKeyPair(ikm);
      HPKEContextWithEncapsulation context =
          hpke.setupBaseS(PublicKeyFactory.createKey(recipient.getEncoded()), info, ephemeral);
      return new SealedKeyBlock(context.getEncapsulation(), context.seal(aad, block));
    } catch (IOException | InvalidCipherTextException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "recipient key", e);
    } finally {
      Arrays.fill(ikm, (byte) 0);
    }
  }

  @Override
  public byte[] openKeyBlock(KeyPair recipient, SealedKeyBlock sealed, byte[] info, byte[] aad)
      throws SetCryptoException {
    if (!EcKeys.isP256(recipient.getPublic()) || !EcKeys.isP256(recipient.getPrivate())) {
      throw wrongKey("recipient key");
    }
    byte[] enc = sealed.encapsulation();
    if (enc.length != ENC_LENGTH) {
      throw new SetCryptoException(Reason.MALFORMED, "AgentSetRecipientInfo.encapsulation");
    }
    AsymmetricCipherKeyPair keyPair;
    try {
      AsymmetricKeyParameter pub = PublicKeyFactory.createKey(recipient.getPublic().getEncoded());
      AsymmetricKeyParameter priv =
          PrivateKeyFactory.createKey(recipient.getPrivate().getEncoded());
      keyPair = new AsymmetricCipherKeyPair(pub, priv);
    } catch (IOException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "recipient key", e);
    }
    try {
      return hpke().open(enc, keyPair, info, aad, sealed.ciphertext(), null, null, null);
    } catch (InvalidCipherTextException | RuntimeException e) {
      // RuntimeException: an encapsulation that is not a point on the curve
      throw new SetCryptoException(Reason.DECRYPTION_FAILED, "HPKE ciphertext", e);
    }
  }

  @Override
  void checkSigningKey(PrivateKey key) throws SetCryptoException {
    if (!EcKeys.isP256(key)) {
      throw wrongKey("signing key");
    }
  }

  @Override
  void checkVerificationKey(PublicKey key) throws SetCryptoException {
    if (!EcKeys.isP256(key)) {
      throw wrongKey("verification key");
    }
  }

  private static HPKE hpke() {
    return new HPKE(
        HPKE.mode_base, HPKE.kem_P256_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM256);
  }
}
