package org.agentset.set.sai;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.StrictDer;
import org.agentset.set.asn1.sai.SealedToken;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.crypto.Aes256Gcm;
import org.agentset.set.crypto.SetCryptoException;

/**
 * The per-item keys K and the tokens sealed under them (DESIGN §1, §7). The wallet makes a fresh K
 * for every item slot, seals a {@link TokenPlaintext} (random authorisation code and slot number)
 * with AES-256-GCM under K with the mandate's terms hash as associated data, gives the agent only
 * the {@link SealedToken}, and keeps K. Only K opens the token, and only under the same terms:
 * destroying K makes the token worthless for ever.
 */
public final class SealedTokens {

  /** Length of K. */
  public static final int KEY_LENGTH = Aes256Gcm.KEY_LENGTH;

  private final SecureRandom random;

  public SealedTokens(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A fresh random K. */
  public byte[] newKey() {
    return bytes(KEY_LENGTH);
  }

  /** A fresh random authorisation code. */
  public byte[] newAuthorisationCode() {
    return bytes(TokenPlaintext.CODE_LENGTH);
  }

  /** Seals {@code plaintext} under {@code k}, bound to {@code termsHash}. */
  public SealedToken seal(byte[] k, byte[] termsHash, TokenPlaintext plaintext) {
    checkKey(k);
    byte[] nonce = bytes(SealedToken.NONCE_LENGTH);
    byte[] der = Der.encode(plaintext);
    try {
      return new SealedToken(nonce, Aes256Gcm.INSTANCE.seal(k, nonce, termsHash, der));
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  /**
   * Opens a token with {@code k} under {@code termsHash}.
   *
   * @throws SaiException {@code TOKEN_DOES_NOT_OPEN} if the key, the terms or the token differ from
   *     those sealed; {@code MALFORMED} if it opens to something that is not a TokenPlaintext
   */
  public static TokenPlaintext open(byte[] k, byte[] termsHash, SealedToken token)
      throws SaiException {
    checkKey(k);
    byte[] der;
    try {
      der =
          Aes256Gcm.INSTANCE.open(
              k, token.getNonce(), termsHash, token.getCiphertext(), "SealedToken");
    } catch (SetCryptoException e) {
      throw new SaiException(SaiException.Reason.TOKEN_DOES_NOT_OPEN, "SealedToken", e);
    }
    try {
      return TokenPlaintext.getInstance(StrictDer.parse(der, DerLimits.DEFAULT));
    } catch (SetDecodingException e) {
      throw SaiException.of(e);
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  private static void checkKey(byte[] k) {
    if (k == null || k.length != KEY_LENGTH) {
      throw new IllegalArgumentException("K must be " + KEY_LENGTH + " bytes");
    }
  }

  private byte[] bytes(int n) {
    byte[] out = new byte[n];
    random.nextBytes(out);
    return out;
  }
}
