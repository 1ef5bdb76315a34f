package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * A purchase request from a cardholder with a signature certificate: both halves of the dual
 * signature.
 *
 * <pre>
 * PReqDualSigned ::= SEQUENCE {
 *    piDualSigned  PIDualSigned,
 *    oiDualSigned  OIDualSigned
 * }
 * </pre>
 *
 * <p>SET Book 3 SetPayMsgs, as published (SET-PROTOCOL.md §3.4 [C]).
 */
public final class PReqDualSigned extends ASN1Object {

  private static final String TYPE = "PReqDualSigned";

  private final PIDualSigned piDualSigned;
  private final OIDualSigned oiDualSigned;

  /** Builds PReqDualSigned. */
  public PReqDualSigned(PIDualSigned piDualSigned, OIDualSigned oiDualSigned) {
    this.piDualSigned = Check.required("piDualSigned", piDualSigned);
    this.oiDualSigned = Check.required("oiDualSigned", oiDualSigned);
  }

  private PReqDualSigned(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    piDualSigned = f.required("piDualSigned", PIDualSigned::getInstance);
    oiDualSigned = f.required("oiDualSigned", OIDualSigned::getInstance);
    f.end();
  }

  /** Decodes PReqDualSigned. */
  public static PReqDualSigned getInstance(Object obj) {
    return obj instanceof PReqDualSigned v ? v : new PReqDualSigned(Fields.sequence(TYPE, obj));
  }

  public PIDualSigned getPiDualSigned() {
    return piDualSigned;
  }

  public OIDualSigned getOiDualSigned() {
    return oiDualSigned;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(piDualSigned).add(oiDualSigned).build();
  }
}
