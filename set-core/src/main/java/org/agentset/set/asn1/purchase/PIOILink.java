package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * What the cardholder encrypts to the gateway (with PANData as the extra data) in PIDualSigned:
 * PIHead linked to the order information by its digest, so the gateway can check the merchant's
 * {@code CheckDigests.hOIData} against the cardholder's.
 *
 * <pre>
 * PI-OILink ::= L { PIHead, OIData }   -- SEQUENCE { piHead PIHead, hOIData DD { OIData } }
 * </pre>
 *
 * <p>SET Book 3 SetPayMsgs (SET-PROTOCOL.md §3.4 [C]); {@code L{T1,T2} = {T1, DD(T2)}} (§4.1).
 */
public final class PIOILink extends ASN1Object {

  private static final String TYPE = "PI-OILink";

  private final PIHead piHead;
  private final DetachedDigest hOIData;

  /** Builds PI-OILink. */
  public PIOILink(PIHead piHead, DetachedDigest hOIData) {
    this.piHead = Check.required("piHead", piHead);
    this.hOIData = Check.required("hOIData", hOIData);
  }

  private PIOILink(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    piHead = f.required("piHead", PIHead::getInstance);
    hOIData = f.required("hOIData", DetachedDigest::getInstance);
    f.end();
  }

  /** Decodes PI-OILink. */
  public static PIOILink getInstance(Object obj) {
    return obj instanceof PIOILink v ? v : new PIOILink(Fields.sequence(TYPE, obj));
  }

  public PIHead getPiHead() {
    return piHead;
  }

  /** DD(OIData). */
  public DetachedDigest getHOIData() {
    return hOIData;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(piHead).add(hOIData).build();
  }
}
