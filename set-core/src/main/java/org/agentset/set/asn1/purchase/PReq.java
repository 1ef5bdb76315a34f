package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * The purchase request, signed (dual signature) or unsigned.
 *
 * <pre>
 * PReq ::= CHOICE {
 *    pReqDualSigned  [0] EXPLICIT PReqDualSigned,
 *    pReqUnsigned    [1] EXPLICIT PReqUnsigned
 * }
 * </pre>
 *
 * <p>SET Book 3 SetPayMsgs, as published (SET-PROTOCOL.md §3.4 [C]).
 */
public final class PReq extends ASN1Object {

  private static final String TYPE = "PReq";

  private final PReqDualSigned dualSigned;
  private final PReqUnsigned unsigned;

  /** A signed purchase request. */
  public PReq(PReqDualSigned dualSigned) {
    this.dualSigned = Check.required("pReqDualSigned", dualSigned);
    this.unsigned = null;
  }

  /** An unsigned purchase request. */
  public PReq(PReqUnsigned unsigned) {
    this.dualSigned = null;
    this.unsigned = Check.required("pReqUnsigned", unsigned);
  }

  /** Decodes a PReq. */
  public static PReq getInstance(Object obj) {
    if (obj instanceof PReq v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    return switch (t.getTagNo()) {
      case 0 ->
          new PReq(
              Fields.explicitAlternative(TYPE, "pReqDualSigned", t, PReqDualSigned::getInstance));
      case 1 ->
          new PReq(Fields.explicitAlternative(TYPE, "pReqUnsigned", t, PReqUnsigned::getInstance));
      default -> throw Fields.unknownAlternative(TYPE, t);
    };
  }

  /** Whether the request is dual-signed. */
  public boolean isDualSigned() {
    return dualSigned != null;
  }

  /** The signed request, or null. */
  public PReqDualSigned getDualSigned() {
    return dualSigned;
  }

  /** The unsigned request, or null. */
  public PReqUnsigned getUnsigned() {
    return unsigned;
  }

  /** The order information of either form. */
  public OIData getOiData() {
    return dualSigned != null ? dualSigned.getOiDualSigned().getOiData() : unsigned.getOiData();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return dualSigned != null
        ? new DERTaggedObject(true, 0, dualSigned)
        : new DERTaggedObject(true, 1, unsigned);
  }
}
