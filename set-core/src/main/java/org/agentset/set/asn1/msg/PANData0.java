package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The card data of a cardholder CertReq, carried in the extra-encrypted part of EncX to the CA:
 * CardSecret is the cardholder's half of PANSecret, which names the certificate without the PAN.
 *
 * <pre>
 * PANData0 ::= SEQUENCE {
 *    pan         PAN,
 *    cardExpiry  CardExpiry,
 *    cardSecret  Secret,
 *    exNonce     Nonce
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §1.3 [C]. {@link #toString()} never shows the PAN.
 */
public final class PANData0 extends ASN1Object {

  private static final String TYPE = "PANData0";

  private final String pan;
  private final String cardExpiry;
  private final byte[] cardSecret;
  private final byte[] exNonce;

  /** Builds PANData0. */
  public PANData0(String pan, String cardExpiry, byte[] cardSecret, byte[] exNonce) {
    this.pan = Check.numeric("pan", Check.required("pan", pan), 12, 19);
    this.cardExpiry =
        SetTypes.checkCardExpiry("cardExpiry", Check.required("cardExpiry", cardExpiry));
    this.cardSecret = Check.requiredOctets("cardSecret", cardSecret, 1, SetTypes.SECRET_MAX);
    this.exNonce =
        Check.requiredOctets("exNonce", exNonce, SetTypes.NONCE_SIZE, SetTypes.NONCE_SIZE);
  }

  private PANData0(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    pan = f.required("pan", SetTypes.PAN);
    cardExpiry = f.required("cardExpiry", SetTypes.CARD_EXPIRY);
    cardSecret = f.required("cardSecret", SetTypes.SECRET);
    exNonce = f.required("exNonce", SetTypes.NONCE);
    f.end();
  }

  /** Decodes PANData0. */
  public static PANData0 getInstance(Object obj) {
    return obj instanceof PANData0 v ? v : new PANData0(Fields.sequence(TYPE, obj));
  }

  /** The card number. */
  public String getPan() {
    return pan;
  }

  /** Card expiry, YYYYMM. */
  public String getCardExpiry() {
    return cardExpiry;
  }

  /** CardSecret. */
  public byte[] getCardSecret() {
    return cardSecret.clone();
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
        .add(Der.octets(cardSecret))
        .add(Der.octets(exNonce))
        .build();
  }

  @Override
  public String toString() {
    return "PANData0[redacted]";
  }
}
