package org.agentset.set.msg;

import java.time.YearMonth;
import java.util.Objects;
import org.agentset.set.asn1.msg.PANData;
import org.agentset.set.asn1.msg.PANToken;
import org.agentset.set.cert.PanIdentity;
import org.agentset.set.cert.PanSecret;
import org.agentset.set.crypto.CardholderSecrets;

/**
 * The card as the wallet holds it after cardholder registration: PAN, expiry, the CardSecret it
 * sent the CA (TransStain's key) and the PANSecret its certificate's identity is keyed with. Only
 * ever sent inside PANData, encrypted to the gateway; {@link #toString()} prints nothing of it.
 */
public final class CardAccount {

  private final String pan;
  private final YearMonth expiry;
  private final byte[] cardSecret;
  private final PanSecret panSecret;

  /**
   * @param pan the card number, 12 to 19 digits
   * @param expiry the card's expiry month
   * @param cardSecret the CardSecret of registration (20 bytes)
   * @param panSecret the PANSecret the certificate identity is keyed with
   */
  public CardAccount(String pan, YearMonth expiry, byte[] cardSecret, PanSecret panSecret) {
    this(pan, expiry, cardSecret, panSecret, true);
  }

  private CardAccount(
      String pan, YearMonth expiry, byte[] cardSecret, PanSecret panSecret, boolean registered) {
    this.pan = Objects.requireNonNull(pan, "pan");
    if (!pan.matches("[0-9]{12,19}")) {
      throw new IllegalArgumentException("a PAN is 12 to 19 digits");
    }
    this.expiry = Objects.requireNonNull(expiry, "expiry");
    this.cardSecret = registered ? Objects.requireNonNull(cardSecret, "cardSecret").clone() : null;
    this.panSecret = registered ? Objects.requireNonNull(panSecret, "panSecret") : null;
  }

  /**
   * A card never registered with the CA: no certificate, no CardSecret, no PANSecret. It can only
   * pay by SET's unsigned purchase ({@link CardholderPurchase#withoutCertificate}), which a gateway
   * takes only when its policy allows.
   */
  public static CardAccount uncertified(String pan, YearMonth expiry) {
    return new CardAccount(pan, expiry, null, null, false);
  }

  /** Whether the card went through cardholder registration (it has its secrets). */
  public boolean isCertified() {
    return cardSecret != null;
  }

  /** The first six digits (SET's BIN). */
  public String bin() {
    return pan.substring(0, 6);
  }

  /** The identity the cardholder certificate must carry. */
  public PanIdentity identity() {
    requireCertified();
    return PanIdentity.compute(panSecret, pan, expiry);
  }

  /**
   * The CardSecret (a copy), for the wallet to keep in its encrypted store after registration: it
   * is needed again for every purchase's TransStain.
   */
  public byte[] cardSecret() {
    requireCertified();
    return cardSecret.clone();
  }

  /** The PANSecret, for the wallet to keep in its encrypted store after registration. */
  public PanSecret panSecret() {
    requireCertified();
    return panSecret;
  }

  /** PANData {PAN, CardExpiry, PANSecret, EXNonce}. */
  PANData panData(byte[] exNonce) {
    requireCertified();
    return new PANData(pan, expiry(expiry), panSecret.bytes(), exNonce);
  }

  /** TransStain = HMAC-SHA256(CardSecret, XID). */
  byte[] transStain(byte[] xid) {
    requireCertified();
    return CardholderSecrets.transStain(cardSecret, xid);
  }

  /** PANToken {PAN, CardExpiry, EXNonce}: the card of an unsigned purchase. */
  PANToken panToken(byte[] exNonce) {
    return new PANToken(pan, expiry(expiry), exNonce);
  }

  private void requireCertified() {
    if (cardSecret == null) {
      throw new IllegalStateException("the card was never registered: it has no secrets");
    }
  }

  /** SET's CardExpiry form, YYYYMM. */
  public static String expiry(YearMonth expiry) {
    return String.format("%04d%02d", expiry.getYear(), expiry.getMonthValue());
  }

  @Override
  public String toString() {
    return "CardAccount[redacted]";
  }
}
