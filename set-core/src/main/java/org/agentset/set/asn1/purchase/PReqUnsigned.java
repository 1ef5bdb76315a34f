package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * A purchase request from a cardholder without a certificate: the EXH-protected PI and the order
 * information, unsigned.
 *
 * <pre>
 * PReqUnsigned ::= SEQUENCE {
 *    piUnsigned  PIUnsigned,
 *    oiData      OIData
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.4 [C] ("The PReq carries OIData alongside"); field order [U].
 */
public final class PReqUnsigned extends ASN1Object {

  private static final String TYPE = "PReqUnsigned";

  private final PIUnsigned piUnsigned;
  private final OIData oiData;

  /** Builds PReqUnsigned. */
  public PReqUnsigned(PIUnsigned piUnsigned, OIData oiData) {
    this.piUnsigned = Check.required("piUnsigned", piUnsigned);
    this.oiData = Check.required("oiData", oiData);
  }

  private PReqUnsigned(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    piUnsigned = f.required("piUnsigned", PIUnsigned::getInstance);
    oiData = f.required("oiData", OIData::getInstance);
    f.end();
  }

  /** Decodes PReqUnsigned. */
  public static PReqUnsigned getInstance(Object obj) {
    return obj instanceof PReqUnsigned v ? v : new PReqUnsigned(Fields.sequence(TYPE, obj));
  }

  public PIUnsigned getPiUnsigned() {
    return piUnsigned;
  }

  public OIData getOiData() {
    return oiData;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(piUnsigned).add(oiData).build();
  }
}
