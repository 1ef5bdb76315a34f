package org.agentset.set.crypto.suite;

import java.math.BigInteger;
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
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.agentset.set.crypto.Der;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.crypto.SealedKeyBlock;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.SuiteIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Suite {@code rsa}: RSA-3072, RSASSA-PSS (SHA-256, MGF1-SHA-256, salt 32, trailer 1), RSA-OAEP
 * with SHA-256 and MGF1-SHA-256, AES-256-GCM, SHA-256. Structurally the closest to SET 1.0: the key
 * block (content key, EH hash, EX extra data) is one RSA-OAEP block, as SET's OAEP block held DES
 * key, hash and PAN data. Its OAEP label binds the block to the envelope's context and
 * authenticated attributes.
 *
 * <p>Keys of 3072 to 4096 bits with public exponent 65537 are accepted; new keys have 3072 bits.
 */
public final class RsaSuite extends BaseSuite {

  /** Modulus size of generated keys. */
  public static final int MODULUS_BITS = 3072;

  private static final int MAX_MODULUS_BITS = 4096;
  private static final int HASH_LENGTH = 32;
  private static final PSSParameterSpec PSS =
      new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, HASH_LENGTH, 1);
  private static final AlgorithmIdentifier PSS_ALGORITHM =
      new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSASSA_PSS, RsaParameters.pssSha256());
  private static final AlgorithmIdentifier OAEP_ALGORITHM =
      new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, RsaParameters.oaepSha256());

  public RsaSuite(Provider provider, SecureRandom random) {
    super(provider, random);
  }

  @Override
  public String name() {
    return "rsa";
  }

  @Override
  public ASN1ObjectIdentifier oid() {
    return SuiteIdentifiers.RSA;
  }

  @Override
  public AlgorithmIdentifier signatureAlgorithm() {
    return PSS_ALGORITHM;
  }

  @Override
  public boolean isSignatureAlgorithm(AlgorithmIdentifier algorithm) {
    return RsaParameters.isPssSha256(algorithm);
  }

  /** RSAES-OAEP with SHA-256, MGF1-SHA-256 and an empty label, as written into CMS ktri. */
  public AlgorithmIdentifier keyTransportAlgorithm() {
    return OAEP_ALGORITHM;
  }

  /** Whether {@code algorithm} is {@link #keyTransportAlgorithm()} (NULL or absent hash params). */
  public boolean isKeyTransportAlgorithm(AlgorithmIdentifier algorithm) {
    return RsaParameters.isOaepSha256(algorithm);
  }

  @Override
  public KeyPair generateKeyPair(KeyPurpose purpose) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", provider);
      generator.initialize(
          new RSAKeyGenParameterSpec(MODULUS_BITS, RSAKeyGenParameterSpec.F4), random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation unavailable", e);
    }
  }

  @Override
  public PublicKey decodePublicKey(KeyPurpose purpose, SubjectPublicKeyInfo info)
      throws SetCryptoException {
    if (!isRsaEncryption(info.getAlgorithm())) {
      throw wrongKey("SubjectPublicKeyInfo.algorithm");
    }
    try {
      PublicKey key =
          KeyFactory.getInstance("RSA", provider)
              .generatePublic(new X509EncodedKeySpec(Der.encode(info)));
      checkRsa(key, "SubjectPublicKeyInfo");
      return key;
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SetCryptoException(Reason.MALFORMED, "SubjectPublicKeyInfo", e);
    }
  }

  @Override
  public PrivateKey decodePrivateKey(KeyPurpose purpose, PrivateKeyInfo info)
      throws SetCryptoException {
    if (!isRsaEncryption(info.getPrivateKeyAlgorithm())) {
      throw wrongKey("PrivateKeyInfo.privateKeyAlgorithm");
    }
    PrivateKey key;
    try {
      key =
          KeyFactory.getInstance("RSA", provider)
              .generatePrivate(new PKCS8EncodedKeySpec(Der.encode(info)));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SetCryptoException(Reason.MALFORMED, "PrivateKeyInfo", e);
    }
    checkRsa(key, "PrivateKeyInfo");
    return key;
  }

  @Override
  public byte[] sign(PrivateKey key, byte[] message) throws SetCryptoException {
    checkSigningKey(key);
    try {
      Signature signature = Signature.getInstance("RSASSA-PSS", provider);
      signature.setParameter(PSS);
      signature.initSign(key, random);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "signing key", e);
    }
  }

  @Override
  public void verify(PublicKey key, byte[] message, byte[] signatureValue)
      throws SetCryptoException {
    checkVerificationKey(key);
    boolean valid;
    try {
      Signature signature = Signature.getInstance("RSASSA-PSS", provider);
      signature.setParameter(PSS);
      signature.initVerify(key);
      signature.update(message);
      valid = signature.verify(signatureValue);
    } catch (SignatureException e) {
      valid = false;
    } catch (GeneralSecurityException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "verification key", e);
    }
    if (!valid) {
      throw new SetCryptoException(Reason.BAD_SIGNATURE, "signature");
    }
  }

  @Override
  public int maxKeyBlockSize() {
    return MODULUS_BITS / 8 - 2 * HASH_LENGTH - 2;
  }

  @Override
  public SealedKeyBlock sealKeyBlock(PublicKey recipient, byte[] block, byte[] info, byte[] aad)
      throws SetCryptoException {
    byte[] label = Der.encode(new DERSequence(new DEROctetString(info), new DEROctetString(aad)));
    return new SealedKeyBlock(new byte[0], oaepEncrypt(recipient, block, label));
  }

  @Override
  public byte[] openKeyBlock(KeyPair recipient, SealedKeyBlock sealed, byte[] info, byte[] aad)
      throws SetCryptoException {
    if (sealed.encapsulation().length != 0) {
      throw new SetCryptoException(Reason.MALFORMED, "AgentSetRecipientInfo.encapsulation");
    }
    byte[] label = Der.encode(new DERSequence(new DEROctetString(info), new DEROctetString(aad)));
    return oaepDecrypt(recipient.getPrivate(), sealed.ciphertext(), label);
  }

  /** RSA-OAEP-SHA256 encryption of a content key with an empty label (CMS ktri). */
  public byte[] wrapContentKey(PublicKey recipient, byte[] contentKey) throws SetCryptoException {
    return oaepEncrypt(recipient, contentKey, new byte[0]);
  }

  /** Inverse of {@link #wrapContentKey}. */
  public byte[] unwrapContentKey(PrivateKey key, byte[] encryptedKey) throws SetCryptoException {
    return oaepDecrypt(key, encryptedKey, new byte[0]);
  }

  private byte[] oaepEncrypt(PublicKey recipient, byte[] data, byte[] label)
      throws SetCryptoException {
    checkRsa(recipient, "recipient key");
    int capacity = ((RSAKey) recipient).getModulus().bitLength() / 8 - 2 * HASH_LENGTH - 2;
    if (data.length > capacity) {
      throw new SetCryptoException(Reason.TOO_LARGE, "KeyBlock");
    }
    try {
      Cipher cipher = Cipher.getInstance("RSA/NONE/OAEPPadding", provider);
      cipher.init(Cipher.ENCRYPT_MODE, recipient, oaep(label), random);
      return cipher.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "recipient key", e);
    }
  }

  private byte[] oaepDecrypt(PrivateKey key, byte[] ciphertext, byte[] label)
      throws SetCryptoException {
    checkRsa(key, "recipient private key");
    try {
      Cipher cipher = Cipher.getInstance("RSA/NONE/OAEPPadding", provider);
      cipher.init(Cipher.DECRYPT_MODE, key, oaep(label));
      return cipher.doFinal(ciphertext);
    } catch (BadPaddingException | IllegalBlockSizeException e) {
      throw new SetCryptoException(Reason.DECRYPTION_FAILED, "RSA-OAEP block");
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SetCryptoException(Reason.DECRYPTION_FAILED, "RSA-OAEP block", e);
    }
  }

  private static OAEPParameterSpec oaep(byte[] label) {
    return new OAEPParameterSpec(
        "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, new PSource.PSpecified(label));
  }

  @Override
  void checkSigningKey(PrivateKey key) throws SetCryptoException {
    checkRsa(key, "signing key");
  }

  @Override
  void checkVerificationKey(PublicKey key) throws SetCryptoException {
    checkRsa(key, "verification key");
  }

  private static void checkRsa(Object key, String field) throws SetCryptoException {
    if (!(key instanceof RSAKey rsa)) {
      throw wrongKey(field);
    }
    int bits = rsa.getModulus().bitLength();
    if (bits < MODULUS_BITS || bits > MAX_MODULUS_BITS) {
      throw wrongKey(field);
    }
    if (key instanceof RSAPublicKey pub
        && !pub.getPublicExponent().equals(BigInteger.valueOf(65537))) {
      throw wrongKey(field);
    }
  }

  private static boolean isRsaEncryption(AlgorithmIdentifier algorithm) {
    return algorithm.getAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption)
        && RsaParameters.isNullOrAbsent(algorithm.getParameters());
  }
}
