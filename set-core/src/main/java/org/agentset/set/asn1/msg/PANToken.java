package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * PANData without PANSecret: the card data of an unsigned purchase (inside EXH to the gateway), and
 * what an acquirer may return to a merchant in the X variants of AuthRes and CapToken. AgentSET's
 * gateway never returns it to a merchant (SET-PROTOCOL.md §5.4).
 *
 * <pre>
 * PANToken ::= SEQUENCE {
 *    pan         PAN,
 *    cardExpiry  CardExpiry,
 *    exNonce     Nonce
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.4 [P]. {@link #toString()} never shows the PAN.
 */
public final class PANToken extends ASN1Object {

  private static final String TYPE = "PANToken";

  private final String pan;
  private final String cardExpiry;
  private final byte[] exNonce;

  /** Builds a PANToken. */
  public PANToken(String pan, String cardExpiry, byte[] exNonce) {
    this.pan = Check.numeric("pan", Check.required("pan", pan), 12, 19);
    this.cardExpiry =
        SetTypes.checkCardExpiry("cardExpiry", Check.required("cardExpiry", cardExpiry));
    this.exNonce =
        Check.requiredOctets("exNonce", exNonce, SetTypes.NONCE_SIZE, SetTypes.NONCE_SIZE);
  }

  private PANToken(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    pan = f.required("pan", SetTypes.PAN);
    cardExpiry = f.required("cardExpiry", SetTypes.CARD_EXPIRY);
    exNonce = f.required("exNonce", SetTypes.NONCE);
    f.end();
  }

  /** Decodes a PANToken. */
  public static PANToken getInstance(Object obj) {
    return obj instanceof PANToken v ? v : new PANToken(Fields.sequence(TYPE, obj));
  }

  /** The card number. */
  public String getPan() {
    return pan;
  }

  /** Card expiry, YYYYMM. */
  public String getCardExpiry() {
    return cardExpiry;
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
        .add(Der.octets(exNonce))
        .build();
  }

  @Override
  public String toString() {
    return "PANToken[redacted]";
  }
}
