package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * A certificate request, in its two forms: a cardholder's (and optionally a merchant's) {@code
 * EncX}, which carries the card or account data in the key-transport part, and a merchant's or
 * gateway's plain {@code Enc}. Both are signed with the new private signature key.
 *
 * <pre>
 * CertReq ::= CHOICE {
 *    encX  [0] EXPLICIT EncX { EE, CA, CertReqData, AcctInfo },   -- setct-CertReqTBEX
 *    enc   [1] EXPLICIT Enc { EE, CA, CertReqData }               -- setct-CertReqTBE
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2/§2.3 [C] for the two forms; tags [U].
 */
public final class CertReq extends ASN1Object {

  private static final String TYPE = "CertReq";

  private final boolean extra;
  private final ContentInfo content;

  /**
   * Builds a CertReq.
   *
   * @param extra true for the EncX form (cardholders; merchants sending AcctData)
   * @param content the crypto layer's EncX or Enc product
   */
  public CertReq(boolean extra, ContentInfo content) {
    this.extra = extra;
    this.content = ContentKind.ENCRYPTED.check(extra ? "encX" : "enc", content);
  }

  /** Decodes a CertReq. */
  public static CertReq getInstance(Object obj) {
    if (obj instanceof CertReq v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    return switch (t.getTagNo()) {
      case 0 ->
          new CertReq(
              true,
              Fields.explicitAlternative(
                  TYPE, "encX", t, e -> ContentKind.ENCRYPTED.decode("EncX", e)));
      case 1 ->
          new CertReq(
              false,
              Fields.explicitAlternative(
                  TYPE, "enc", t, e -> ContentKind.ENCRYPTED.decode("Enc", e)));
      default -> throw Fields.unknownAlternative(TYPE, t);
    };
  }

  /** Whether this is the EncX form. */
  public boolean isExtra() {
    return extra;
  }

  public ContentInfo getContent() {
    return content;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return new DERTaggedObject(true, extra ? 0 : 1, ProtectedContent.toDer(content));
  }
}
