package org.agentset.set.crypto.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Arrays;
import org.agentset.set.crypto.Hkdf;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.generators.X25519KeyPairGenerator;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.bouncycastle.crypto.params.X25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * The pq-hybrid key encapsulation: ML-KEM-768 (FIPS 203) and X25519 (RFC 7748) run side by side and
 * their shared secrets are combined with HKDF-SHA256 over the whole transcript, so the result stays
 * secret as long as either component does.
 *
 * <pre>
 * (ss_M, ct_M) = ML-KEM-768.Encaps(pk_M)                        ct_M: 1088 bytes
 * (sk_E, ct_X) = X25519 ephemeral key pair                     ct_X: 32 bytes (ephemeral public)
 * ss_X         = X25519(sk_E, pk_X)                            all-zero output is refused
 * ss           = HKDF-SHA256(salt = "AgentSET/pq-hybrid/ML-KEM-768+X25519/v1",
 *                            ikm  = ss_M || ss_X,
 *                            info = ct_M || ct_X || pk_M || pk_X, L = 32)
 * encapsulation = ct_M || ct_X
 * </pre>
 *
 * <p>Like X-Wing it feeds both secrets and the X25519 ciphertext and public key to the combiner;
 * unlike X-Wing it uses HKDF-SHA256 (the hash every suite already uses) and also binds the ML-KEM
 * ciphertext and public key, which costs a few microseconds and removes any reliance on ML-KEM's
 * ciphertext-binding property.
 */
public final class HybridKem {

  /** ML-KEM-768 ciphertext length. */
  public static final int ML_KEM_CIPHERTEXT = 1088;

  /** X25519 public key length. */
  public static final int X25519_LENGTH = 32;

  /** Length of the encapsulation. */
  public static final int ENCAPSULATION_LENGTH = ML_KEM_CIPHERTEXT + X25519_LENGTH;

  private static final byte[] SALT =
      "AgentSET/pq-hybrid/ML-KEM-768+X25519/v1".getBytes(StandardCharsets.US_ASCII);

  private HybridKem() {}

  /** A shared secret and the encapsulation that conveys it. */
  public record Encapsulated(byte[] secret, byte[] encapsulation) {}

  /**
   * Encapsulates a fresh 32-byte secret to {@code recipient}.
   *
   * @throws SetCryptoException {@code WRONG_KEY} if the key is not an ML-KEM-768 + X25519 key
   */
  public static Encapsulated encapsulate(HybridPublicKey recipient, SecureRandom random)
      throws SetCryptoException {
    MLKEMPublicKeyParameters pkM = publicPart(recipient, MLKEMPublicKeyParameters.class, true);
    X25519PublicKeyParameters pkX = publicPart(recipient, X25519PublicKeyParameters.class, false);
    SecretWithEncapsulation ml = new MLKEMGenerator(random).generateEncapsulated(pkM);
    X25519KeyPairGenerator generator = new X25519KeyPairGenerator();
    generator.init(new X25519KeyGenerationParameters(random));
    AsymmetricCipherKeyPair ephemeral = generator.generateKeyPair();
    byte[] ctX = ((X25519PublicKeyParameters) ephemeral.getPublic()).getEncoded();
    byte[] ssX = agree((X25519PrivateKeyParameters) ephemeral.getPrivate(), pkX);
    byte[] ssM = ml.getSecret();
    byte[] ctM = ml.getEncapsulation();
    byte[] secret = combine(ssM, ssX, ctM, ctX, pkM.getEncoded(), pkX.getEncoded());
    return new Encapsulated(secret, concat(ctM, ctX));
  }

  /**
   * Recovers the secret from an encapsulation. ML-KEM's implicit rejection means a tampered ML-KEM
   * ciphertext yields an unrelated secret rather than an error; the AEAD that uses the secret then
   * fails.
   *
   * @throws SetCryptoException {@code MALFORMED} for an encapsulation of the wrong length, {@code
   *     DECRYPTION_FAILED} for a low-order X25519 point
   */
  public static byte[] decapsulate(KeyPair recipient, byte[] encapsulation)
      throws SetCryptoException {
    if (!(recipient.getPublic() instanceof HybridPublicKey pub)
        || !(recipient.getPrivate() instanceof HybridPrivateKey priv)) {
      throw new SetCryptoException(Reason.WRONG_KEY, "recipient key");
    }
    if (encapsulation.length != ENCAPSULATION_LENGTH) {
      throw new SetCryptoException(Reason.MALFORMED, "AgentSetRecipientInfo.encapsulation");
    }
    byte[] ctM = Arrays.copyOfRange(encapsulation, 0, ML_KEM_CIPHERTEXT);
    byte[] ctX = Arrays.copyOfRange(encapsulation, ML_KEM_CIPHERTEXT, ENCAPSULATION_LENGTH);
    MLKEMPrivateKeyParameters skM;
    X25519PrivateKeyParameters skX;
    try {
      skM =
          (MLKEMPrivateKeyParameters) PrivateKeyFactory.createKey(priv.postQuantum().getEncoded());
      skX = (X25519PrivateKeyParameters) PrivateKeyFactory.createKey(priv.classical().getEncoded());
    } catch (IOException | ClassCastException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "recipient private key", e);
    }
    byte[] ssM = new MLKEMExtractor(skM).extractSecret(ctM);
    byte[] ssX = agree(skX, new X25519PublicKeyParameters(ctX));
    MLKEMPublicKeyParameters pkM = publicPart(pub, MLKEMPublicKeyParameters.class, true);
    X25519PublicKeyParameters pkX = publicPart(pub, X25519PublicKeyParameters.class, false);
    return combine(ssM, ssX, ctM, ctX, pkM.getEncoded(), pkX.getEncoded());
  }

  private static byte[] combine(
      byte[] ssM, byte[] ssX, byte[] ctM, byte[] ctX, byte[] pkM, byte[] pkX) {
    byte[] ikm = concat(ssM, ssX);
    try {
      return Hkdf.derive(SALT, ikm, concat(concat(ctM, ctX), concat(pkM, pkX)), 32);
    } finally {
      Arrays.fill(ikm, (byte) 0);
      Arrays.fill(ssM, (byte) 0);
      Arrays.fill(ssX, (byte) 0);
    }
  }

  private static byte[] agree(X25519PrivateKeyParameters priv, X25519PublicKeyParameters pub)
      throws SetCryptoException {
    X25519Agreement agreement = new X25519Agreement();
    agreement.init(priv);
    byte[] out = new byte[agreement.getAgreementSize()];
    try {
      agreement.calculateAgreement(pub, out, 0);
    } catch (IllegalStateException e) {
      // Bouncy Castle refuses an all-zero result (a low-order point)
      throw new SetCryptoException(Reason.DECRYPTION_FAILED, "X25519 share", e);
    }
    return out;
  }

  private static <T extends AsymmetricKeyParameter> T publicPart(
      HybridPublicKey key, Class<T> type, boolean postQuantum) throws SetCryptoException {
    try {
      AsymmetricKeyParameter parameter =
          PublicKeyFactory.createKey(
              (postQuantum ? key.postQuantum() : key.classical()).getEncoded());
      return type.cast(parameter);
    } catch (IOException | ClassCastException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "recipient key", e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
