package org.agentset.bank.iso8583;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a CardSecret crosses the network in a 0302 (field 48, subfield 2): AES-256-GCM under the
 * network's card-secret key, which the cardholder CA's side and the issuer share. A fresh 12-byte
 * random nonce per message; the additional authenticated data binds the secret to its record,
 *
 * <pre>
 * AAD  = ASCII "AgentSET SETCSEC v1|" + PAN + "|" + YYMM + "|" + serial hex
 * wire = nonce (12) ‖ ciphertext ‖ tag (16)
 * </pre>
 *
 * so a sealed secret moved onto another card, expiry or certificate does not open. The JDK's
 * provider does the AES (it is many times faster than Bouncy Castle's). Thread-safe.
 */
public final class CardSecretSeal {

  /** Nonce length, bytes. */
  public static final int NONCE_LENGTH = 12;

  /** GCM tag length, bytes. */
  public static final int TAG_LENGTH = 16;

  private static final String AAD_PREFIX = "AgentSET SETCSEC v1|";
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final String PROVIDER = "SunJCE";

  private final SecretKeySpec key;
  private final SecureRandom random;

  /**
   * A seal under {@code key}.
   *
   * @throws IllegalArgumentException unless the key is 32 bytes
   */
  public CardSecretSeal(byte[] key, SecureRandom random) {
    this.key = aesKey(key);
    this.random = random;
  }

  /** An AES-256 key, checked to be 32 bytes. */
  static SecretKeySpec aesKey(byte[] key) {
    if (key == null || key.length != 32) {
      throw new IllegalArgumentException("an AES-256 key is 32 bytes");
    }
    return new SecretKeySpec(key.clone(), "AES");
  }

  /** The sealed secret: nonce ‖ ciphertext ‖ tag. */
  public byte[] seal(String pan, String expiry, String serialHex, byte[] cardSecret) {
    byte[] nonce = new byte[NONCE_LENGTH];
    random.nextBytes(nonce);
    return encrypt(key, nonce, aad(pan, expiry, serialHex), cardSecret);
  }

  /** The CardSecret, or empty when {@code sealed} does not open under this key and record. */
  public Optional<byte[]> open(String pan, String expiry, String serialHex, byte[] sealed) {
    return decrypt(key, aad(pan, expiry, serialHex), sealed);
  }

  private static byte[] aad(String pan, String expiry, String serialHex) {
    return (AAD_PREFIX + pan + "|" + expiry + "|" + serialHex).getBytes(StandardCharsets.US_ASCII);
  }

  /** AES-256-GCM: nonce ‖ ciphertext ‖ tag. */
  public static byte[] encrypt(SecretKeySpec key, byte[] nonce, byte[] aad, byte[] plain) {
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION, PROVIDER);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
      cipher.updateAAD(aad);
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /** Opens nonce ‖ ciphertext ‖ tag; empty when it is too short or does not authenticate. */
  public static Optional<byte[]> decrypt(SecretKeySpec key, byte[] aad, byte[] sealed) {
    if (sealed == null || sealed.length < NONCE_LENGTH + TAG_LENGTH) {
      return Optional.empty();
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION, PROVIDER);
      cipher.init(
          Cipher.DECRYPT_MODE,
          key,
          new GCMParameterSpec(TAG_LENGTH * 8, Arrays.copyOf(sealed, NONCE_LENGTH)));
      cipher.updateAAD(aad);
      return Optional.of(cipher.doFinal(sealed, NONCE_LENGTH, sealed.length - NONCE_LENGTH));
    } catch (javax.crypto.AEADBadTagException e) {
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }
}
