package org.agentset.set.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.agentset.set.crypto.SetCryptoException.Reason;

/**
 * AES-256-GCM with a 96-bit nonce and a 128-bit tag: the bulk cipher of every AgentSET suite,
 * replacing SET 1.0's DES-CBC.
 *
 * <p>It runs on the JDK's own provider, whose AES-GCM uses the CPU's AES instructions and is an
 * order of magnitude faster here than Bouncy Castle's pure-Java code (see BUILD-NOTES); it never
 * touches the global provider list. A nonce must never repeat under one key: every caller in this
 * package uses a fresh random key per envelope, or a key derived for a single message.
 */
public final class Aes256Gcm {

  /** The one instance (the class is stateless). */
  public static final Aes256Gcm INSTANCE = new Aes256Gcm();

  /** Key length in bytes. */
  public static final int KEY_LENGTH = 32;

  /** Nonce length in bytes. */
  public static final int NONCE_LENGTH = 12;

  /** Tag length in bytes. */
  public static final int TAG_LENGTH = 16;

  private Aes256Gcm() {}

  /**
   * Encrypts and authenticates.
   *
   * @return the ciphertext followed by the 16-byte tag
   */
  public byte[] seal(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) {
    checkSizes(key, nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce);
      cipher.updateAAD(aad);
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM unavailable", e);
    }
  }

  /**
   * Checks the tag and decrypts.
   *
   * @param field the structure named in the exception if the tag does not verify
   * @throws SetCryptoException {@code DECRYPTION_FAILED} if key, nonce, associated data or
   *     ciphertext differ from those sealed; {@code MALFORMED} if shorter than a tag
   */
  public byte[] open(byte[] key, byte[] nonce, byte[] aad, byte[] ciphertextAndTag, String field)
      throws SetCryptoException {
    checkSizes(key, nonce);
    if (ciphertextAndTag.length < TAG_LENGTH) {
      throw new SetCryptoException(Reason.MALFORMED, field);
    }
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce);
      cipher.updateAAD(aad);
      return cipher.doFinal(ciphertextAndTag);
    } catch (AEADBadTagException e) {
      throw new SetCryptoException(Reason.DECRYPTION_FAILED, field);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM unavailable", e);
    }
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
    return cipher;
  }

  private static void checkSizes(byte[] key, byte[] nonce) {
    if (key.length != KEY_LENGTH) {
      throw new IllegalArgumentException("AES-256-GCM needs a 32-byte key");
    }
    if (nonce.length != NONCE_LENGTH) {
      throw new IllegalArgumentException("AES-256-GCM needs a 12-byte nonce");
    }
  }
}
