package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * What the dual signature signs: the digests of both halves of the purchase. The merchant verifies
 * it with {@code DD(OIData)} computed from the OIData it holds and {@code DD(PIData)} as received;
 * the gateway with {@code DD(PIData)} computed from what it decrypted and {@code DD(OIData)} from
 * PI-OILink.
 *
 * <pre>
 * PI-TBS ::= SEQUENCE {
 *    hPIData  DD { PIData },
 *    hOIData  DD { OIData }
 * }
 * PISignature ::= SO { C, PI-TBS }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.4 [P] (text cut off in the retrieved ASN.1; the formal model confirms the
 * pair). Content type {@code setct-PI-TBS}. AgentSET's {@link GatewayBinding} is inside both PIData
 * (PIHead) and OIData, hence under this signature.
 */
public final class PITBS extends ASN1Object {

  private static final String TYPE = "PI-TBS";

  private final DetachedDigest hPIData;
  private final DetachedDigest hOIData;

  /** Builds PI-TBS. */
  public PITBS(DetachedDigest hPIData, DetachedDigest hOIData) {
    this.hPIData = Check.required("hPIData", hPIData);
    this.hOIData = Check.required("hOIData", hOIData);
  }

  private PITBS(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    hPIData = f.required("hPIData", DetachedDigest::getInstance);
    hOIData = f.required("hOIData", DetachedDigest::getInstance);
    f.end();
  }

  /** Decodes PI-TBS. */
  public static PITBS getInstance(Object obj) {
    return obj instanceof PITBS v ? v : new PITBS(Fields.sequence(TYPE, obj));
  }

  /** DD(PIData). */
  public DetachedDigest getHPIData() {
    return hPIData;
  }

  /** DD(OIData). */
  public DetachedDigest getHOIData() {
    return hOIData;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(hPIData).add(hOIData).build();
  }
}
