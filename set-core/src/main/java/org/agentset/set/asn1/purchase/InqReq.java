package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The cardholder's inquiry, signed with its signature certificate when it has one.
 *
 * <pre>
 * InqReq ::= CHOICE {
 *    inqReqSigned    [0] EXPLICIT InqReqSigned,   -- S { C, InqReqData }
 *    inqReqUnsigned  [1] EXPLICIT InqReqData
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.8 [C] for the two forms; tags [U].
 */
public final class InqReq extends ASN1Object {

  private static final String TYPE = "InqReq";

  private final ContentInfo signed;
  private final InqReqData unsigned;

  private InqReq(ContentInfo signed, InqReqData unsigned) {
    this.signed = signed;
    this.unsigned = unsigned;
  }

  /** A signed inquiry: {@code S(C, InqReqData)} made by the crypto layer. */
  public static InqReq signed(ContentInfo signedInqReqData) {
    return new InqReq(ContentKind.SIGNED.check("inqReqSigned", signedInqReqData), null);
  }

  /** An unsigned inquiry. */
  public static InqReq unsigned(InqReqData data) {
    return new InqReq(null, Check.required("inqReqUnsigned", data));
  }

  /** Decodes an InqReq. */
  public static InqReq getInstance(Object obj) {
    if (obj instanceof InqReq v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    return switch (t.getTagNo()) {
      case 0 ->
          new InqReq(
              Fields.explicitAlternative(
                  TYPE, "inqReqSigned", t, e -> ContentKind.SIGNED.decode("InqReqSigned", e)),
              null);
      case 1 ->
          new InqReq(
              null, Fields.explicitAlternative(TYPE, "inqReqUnsigned", t, InqReqData::getInstance));
      default -> throw Fields.unknownAlternative(TYPE, t);
    };
  }

  public boolean isSigned() {
    return signed != null;
  }

  /** The SignedData over InqReqData, or null. */
  public ContentInfo getSigned() {
    return signed;
  }

  /** The unsigned InqReqData, or null. */
  public InqReqData getUnsigned() {
    return unsigned;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return signed != null
        ? new DERTaggedObject(true, 0, ProtectedContent.toDer(signed))
        : new DERTaggedObject(true, 1, unsigned);
  }
}
