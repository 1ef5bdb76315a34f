package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The merchant's half of a signed purchase: the order information in the clear, linked to the
 * payment instruction by its digest only. With it the merchant recomputes PI-TBS and verifies the
 * dual signature without learning anything in PIData.
 *
 * <pre>
 * OIDualSigned ::= L { OIData, PIData }   -- SEQUENCE { oiData OIData, hPIData DD { PIData } }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.4 [P]: {@code OIDualSigned = {OIData, DD(PIData)}} (formal model [C]).
 */
public final class OIDualSigned extends ASN1Object {

  private static final String TYPE = "OIDualSigned";

  private final OIData oiData;
  private final DetachedDigest hPIData;

  /** Builds OIDualSigned. */
  public OIDualSigned(OIData oiData, DetachedDigest hPIData) {
    this.oiData = Check.required("oiData", oiData);
    this.hPIData = Check.required("hPIData", hPIData);
  }

  private OIDualSigned(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    oiData = f.required("oiData", OIData::getInstance);
    hPIData = f.required("hPIData", DetachedDigest::getInstance);
    f.end();
  }

  /** Decodes OIDualSigned. */
  public static OIDualSigned getInstance(Object obj) {
    return obj instanceof OIDualSigned v ? v : new OIDualSigned(Fields.sequence(TYPE, obj));
  }

  public OIData getOiData() {
    return oiData;
  }

  /** DD(PIData). */
  public DetachedDigest getHPIData() {
    return hPIData;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(oiData).add(hPIData).build();
  }
}
