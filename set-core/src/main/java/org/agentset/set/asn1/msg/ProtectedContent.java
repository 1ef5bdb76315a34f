package org.agentset.set.asn1.msg;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * A SET message (or part of one) that is nothing but the product of a cryptographic operator: a CMS
 * ContentInfo of a given {@link ContentKind}, e.g. {@code PInitRes ::= S{M, PInitResData}}.
 *
 * <p>The ASN.1 layer keeps these opaque: signing, enveloping, verifying and opening are done by
 * {@code org.agentset.set.crypto}, which produces the ContentInfo from the DER of the inner type
 * (e.g. {@code PInitResData}) and gives it back after verification. Subclasses only fix the kind
 * and the name, so a PRes cannot be handed where a PInitRes is expected.
 */
public abstract class ProtectedContent extends ASN1Object {

  private final ContentInfo contentInfo;

  /**
   * Wraps an already checked ContentInfo (see {@link ContentKind#check}/{@link
   * ContentKind#decode}).
   */
  protected ProtectedContent(ContentInfo contentInfo) {
    this.contentInfo = contentInfo;
  }

  /** The CMS ContentInfo. */
  public ContentInfo getContentInfo() {
    return contentInfo;
  }

  /** Its content type (e.g. id-signedData). */
  public ASN1ObjectIdentifier getContentType() {
    return contentInfo.getContentType();
  }

  /** Its content (e.g. the SignedData). */
  public ASN1Encodable getContent() {
    return contentInfo.getContent();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return toDer(contentInfo);
  }

  /** {@code contentInfo} as a DER sequence (Bouncy Castle's ContentInfo encodes as BER). */
  public static ASN1Primitive toDer(ContentInfo contentInfo) {
    return new DERSequence(
        new ASN1Encodable[] {
          contentInfo.getContentType(), new DERTaggedObject(true, 0, contentInfo.getContent())
        });
  }
}
