package org.agentset.set.crypto;

import org.bouncycastle.asn1.ASN1Encodable;

/**
 * The keyed hashes around the card number, with HMAC-SHA256 and HKDF-SHA256 in place of SET 1.0's
 * HMAC-SHA1 and XOR:
 *
 * <pre>
 * HMAC(t, k)    = HMAC-SHA256(k, t)                                   SET's HMAC operator
 * TransStain    = HMAC-SHA256(CardSecret, XID)                        in PIHead
 * </pre>
 *
 * <p>PANSecret and the hashed card identity in the cardholder certificate live with the
 * certificates, in {@link org.agentset.set.cert.PanSecret} and {@link
 * org.agentset.set.cert.PanIdentity}, so the CA, the wallet and the gateway share one formula. A
 * cardholder without a certificate sends {@link #NO_PAN_SECRET}.
 */
public final class CardholderSecrets {

  /** The all-zero PANSecret of a cardholder without a certificate (SET Book 2, PANData). */
  public static final byte[] NO_PAN_SECRET = new byte[32];

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
}
