package org.agentset.set.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.DERSequence;

/**
 * The keyed hashes around the card number, with HMAC-SHA256 and HKDF-SHA256 in place of SET 1.0's
 * HMAC-SHA1 and XOR:
 *
 * <pre>
 * HMAC(t, k)    = HMAC-SHA256(k, t)                                   SET's HMAC operator
 * TransStain    = HMAC-SHA256(CardSecret, XID)                        in PIHead
 * PANSecret     = HKDF-SHA256(salt = "AgentSET PANSecret v1",
 *                             ikm  = CardSecret || NonceCCA,
 *                             info = context, L = 32)                 SET: CardSecret XOR NonceCCA
 * HashedPAN     = HMAC-SHA256(PANSecret, DER(SEQUENCE { NumericString PAN,
 *                                                      NumericString CardExpiry }))
 * </pre>
 *
 * <p>HashedPAN is the cardholder certificate's identity instead of the card number: the CA
 * computes it at issue, the gateway recomputes it from the PANData it decrypts and compares. The
 * {@code context} for PANSecret is chosen by the registration code (e.g. the DER of the CA's
 * name), the same on both sides. A cardholder without a certificate sends {@link
 * #NO_PAN_SECRET}.
 */
public final class CardholderSecrets {

  /** The all-zero PANSecret of a cardholder without a certificate (SET Book 2, PANData). */
  public static final byte[] NO_PAN_SECRET = new byte[32];

  private static final byte[] PAN_SECRET_SALT =
      "AgentSET PANSecret v1".getBytes(StandardCharsets.US_ASCII);

  private CardholderSecrets() {}

  /** SET's HMAC operator: HMAC-SHA256 keyed by {@code key} over {@code data}. */
  public static byte[] hmac(byte[] key, byte[] data) {
    return Hkdf.hmac(key, data);
  }

  /** HMAC over the DER of an ASN.1 value. */
  public static byte[] hmac(byte[] key, ASN1Encodable value) {
    return Hkdf.hmac(key, Der.encode(value));
  }

  /** TransStain = HMAC-SHA256(CardSecret, XID). */
  public static byte[] transStain(byte[] cardSecret, byte[] xid) {
    return Hkdf.hmac(cardSecret, xid);
  }

  /** PANSecret from the cardholder's CardSecret and the CA's nonce. */
  public static byte[] panSecret(byte[] cardSecret, byte[] nonceCca, byte[] context) {
    byte[] ikm = Arrays.copyOf(cardSecret, cardSecret.length + nonceCca.length);
    System.arraycopy(nonceCca, 0, ikm, cardSecret.length, nonceCca.length);
    try {
      return Hkdf.derive(PAN_SECRET_SALT, ikm, context, 32);
    } finally {
      Arrays.fill(ikm, (byte) 0);
    }
  }

  /**
   * The hashed card identity of the cardholder certificate.
   *
   * @param pan the card number, digits only
   * @param cardExpiry the expiry as SET writes it (YYYYMM), digits only
   */
  public static byte[] hashedPan(byte[] panSecret, String pan, String cardExpiry) {
    if (!pan.matches("[0-9]{12,19}") || !cardExpiry.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("PAN or expiry is not digits of the right length");
    }
    return Hkdf.hmac(panSecret,
        Der.encode(new DERSequence(new ASN1Encodable[] {
            new DERNumericString(pan), new DERNumericString(cardExpiry)})));
  }
}
