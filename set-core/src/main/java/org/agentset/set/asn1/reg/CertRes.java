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
 * The CA's answer to CertReq (and, same structure, to CertInqReq): for a cardholder, CertResData
 * signed and then encrypted under the back key the cardholder supplied (it has no key-exchange
 * certificate); for a merchant or gateway, signed only ("The CertRes shall be signed but not
 * encrypted if the EE is a Merchant or Payment Gateway").
 *
 * <pre>
 * CertRes ::= CHOICE {
 *    encK  [0] EXPLICIT EncK { CABackKey, CA, CertResData },   -- setct-CertResTBE
 *    sig   [1] EXPLICIT S { CA, CertResData }                  -- setct-CertResData
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2/§2.3 [C] for the two forms; tags [U].
 */
public final class CertRes extends ASN1Object {

  private static final String TYPE = "CertRes";

  private final boolean encrypted;
  private final ContentInfo content;

  /**
   * Builds a CertRes.
   *
   * @param encrypted true for a cardholder's EncK form, false for the signed form
   */
  public CertRes(boolean encrypted, ContentInfo content) {
    this.encrypted = encrypted;
    this.content =
        (encrypted ? ContentKind.ENCRYPTED : ContentKind.SIGNED)
            .check(encrypted ? "encK" : "sig", content);
  }

  /** Decodes a CertRes. */
  public static CertRes getInstance(Object obj) {
    return obj instanceof CertRes v ? v : decode(TYPE, obj);
  }

  static CertRes decode(String type, Object obj) {
    ASN1TaggedObject t = Fields.choice(type, obj);
    return switch (t.getTagNo()) {
      case 0 ->
          new CertRes(
              true,
              Fields.explicitAlternative(
                  type, "encK", t, e -> ContentKind.ENCRYPTED.decode("EncK", e)));
      case 1 ->
          new CertRes(
              false,
              Fields.explicitAlternative(type, "sig", t, e -> ContentKind.SIGNED.decode("S", e)));
      default -> throw Fields.unknownAlternative(type, t);
    };
  }

  /** Whether this is the cardholder's encrypted form. */
  public boolean isEncrypted() {
    return encrypted;
  }

  public ContentInfo getContent() {
    return content;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return new DERTaggedObject(true, encrypted ? 0 : 1, ProtectedContent.toDer(content));
  }
}
