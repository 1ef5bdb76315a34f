package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.PANData;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The payment instruction of a signed purchase: PIHead and the card data. Only its digest {@code
 * DD(PIData)} is signed (in PI-TBS) and shown to the merchant (in OIDualSigned); the gateway
 * rebuilds it from the decrypted PI-OILink and PANData and recomputes the digest.
 *
 * <pre>
 * PIData ::= SEQUENCE {
 *    piHead   PIHead,
 *    panData  PANData
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.4 [C] ({@code PIData = {PIHead, PANData}}). Content type {@code
 * setct-PIData}.
 */
public final class PIData extends ASN1Object {

  private static final String TYPE = "PIData";

  private final PIHead piHead;
  private final PANData panData;

  /** Builds PIData. */
  public PIData(PIHead piHead, PANData panData) {
    this.piHead = Check.required("piHead", piHead);
    this.panData = Check.required("panData", panData);
  }

  private PIData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    piHead = f.required("piHead", PIHead::getInstance);
    panData = f.required("panData", PANData::getInstance);
    f.end();
  }

  /** Decodes PIData. */
  public static PIData getInstance(Object obj) {
    return obj instanceof PIData v ? v : new PIData(Fields.sequence(TYPE, obj));
  }

  public PIHead getPiHead() {
    return piHead;
  }

  public PANData getPanData() {
    return panData;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(piHead).add(panData).build();
  }

  @Override
  public String toString() {
    return "PIData[panData redacted]";
  }
}
