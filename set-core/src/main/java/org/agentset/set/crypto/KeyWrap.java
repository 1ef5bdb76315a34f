package org.agentset.set.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.agentset.set.crypto.SetCryptoException.Reason;

/**
 * AES-256 key wrap (RFC 3394, {@code id-aes256-wrap}) of a content key under a shared key, on the
 * JDK's provider: the CMS KEK recipient of SET's EncK.
 */
final class KeyWrap {

  private KeyWrap() {}

  static byte[] wrap(byte[] kek, byte[] cek) {
    try {
      Cipher cipher = Cipher.getInstance("AESWrap");
      cipher.init(Cipher.WRAP_MODE, new SecretKeySpec(kek, "AES"));
      return cipher.wrap(new SecretKeySpec(cek, "AES"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES key wrap unavailable", e);
    }
  }

  static byte[] unwrap(byte[] kek, byte[] wrapped) throws SetCryptoException {
    if (wrapped.length != 40) {
      throw new SetCryptoException(Reason.DECRYPTION_FAILED, "KEKRecipientInfo.encryptedKey");
    }
    try {
      Cipher cipher = Cipher.getInstance("AESWrap");
      cipher.init(Cipher.UNWRAP_MODE, new SecretKeySpec(kek, "AES"));
      return cipher.unwrap(wrapped, "AES", Cipher.SECRET_KEY).getEncoded();
    } catch (InvalidKeyException e) {
      throw new SetCryptoException(Reason.DECRYPTION_FAILED, "KEKRecipientInfo.encryptedKey");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES key wrap unavailable", e);
    }
  }
}
