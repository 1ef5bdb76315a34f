package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The card data a signed purchase sends to the gateway only: inside the extra-encrypted part of
 * PIDualSigned, never readable by the merchant (who sees only {@code DD(PIData)}, which EXNonce and
 * PANSecret keep from being brute-forced).
 *
 * <pre>
 * PANData ::= SEQUENCE {
 *    pan         PAN,
 *    cardExpiry  CardExpiry,
 *    panSecret   Secret,      -- shared by cardholder, gateway and CCA; all zero without a certificate
 *    exNonce     Nonce        -- fresh per PANData
 * }
 * </pre>
 *
 * <p>Fields from SET Book 2 table 4.6.2.45 (SET-PROTOCOL.md §3.4 [C]). {@link #toString()} never
 * shows the PAN.
 */
public final class PANData extends ASN1Object {

  private static final String TYPE = "PANData";

  private final String pan;
  private final String cardExpiry;
  private final byte[] panSecret;
  private final byte[] exNonce;

  /** Builds PANData. */
  public PANData(String pan, String cardExpiry, byte[] panSecret, byte[] exNonce) {
    this.pan = Check.numeric("pan", Check.required("pan", pan), 12, 19);
    this.cardExpiry =
        SetTypes.checkCardExpiry("cardExpiry", Check.required("cardExpiry", cardExpiry));
    this.panSecret = Check.requiredOctets("panSecret", panSecret, 1, SetTypes.SECRET_MAX);
    this.exNonce =
        Check.requiredOctets("exNonce", exNonce, SetTypes.NONCE_SIZE, SetTypes.NONCE_SIZE);
  }

  private PANData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    pan = f.required("pan", SetTypes.PAN);
    cardExpiry = f.required("cardExpiry", SetTypes.CARD_EXPIRY);
    panSecret = f.required("panSecret", SetTypes.SECRET);
    exNonce = f.required("exNonce", SetTypes.NONCE);
    f.end();
  }

  /** Decodes PANData. */
  public static PANData getInstance(Object obj) {
    return obj instanceof PANData v ? v : new PANData(Fields.sequence(TYPE, obj));
  }

  /** The card number. */
  public String getPan() {
    return pan;
  }

  /** Card expiry, YYYYMM. */
  public String getCardExpiry() {
    return cardExpiry;
  }

  /** PANSecret. */
  public byte[] getPanSecret() {
    return panSecret.clone();
  }

  /** EXNonce. */
  public byte[] getExNonce() {
    return exNonce.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.numeric(pan))
        .add(Der.numeric(cardExpiry))
        .add(Der.octets(panSecret))
        .add(Der.octets(exNonce))
        .build();
  }

  @Override
  public String toString() {
    return "PANData[redacted]";
  }
}
