package org.agentset.set.asn1.gateway;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * The gateway's credit results, one per CredItem, signed and enveloped to the merchant in CredRes.
 * [U]: shaped after CapResData (setct-CredResData exists [C]).
 *
 * <pre>
 * CredResData ::= SEQUENCE {
 *    credRRTags      RRTags,
 *    brandCRLIdentifier  [0] EXPLICIT BrandCRLIdentifier OPTIONAL,
 *    peThumb         [1] EXPLICIT CertThumb OPTIONAL,
 *    credResItemSeq  SEQUENCE SIZE(1..MAX) OF CredResItem,
 *    cRsExtensions   [2] MsgExtensions OPTIONAL
 * }
 * </pre>
 */
public final class CredResData extends ASN1Object {

  private static final String TYPE = "CredResData";

  private final RRTags credRrTags;
  private final ASN1Sequence brandCrlIdentifier;
  private final CertThumb peThumb;
  private final List<CredResItem> items;
  private final Extensions extensions;

  /** Builds CredResData; the optional fields may be null. */
  public CredResData(
      RRTags credRrTags,
      ASN1Sequence brandCrlIdentifier,
      CertThumb peThumb,
      List<CredResItem> items,
      Extensions extensions) {
    this.credRrTags = Check.required("credRRTags", credRrTags);
    this.brandCrlIdentifier = SetTypes.checkBrandCrlIdentifier(brandCrlIdentifier);
    this.peThumb = peThumb;
    this.items =
        Check.list(
            "credResItemSeq", Check.required("credResItemSeq", items), 1, CapReqData.MAX_ITEMS);
    this.extensions = extensions;
  }

  private CredResData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    credRrTags = f.required("credRRTags", RRTags::getInstance);
    brandCrlIdentifier = f.optionalExplicit(0, "brandCRLIdentifier", SetTypes.BRAND_CRL_IDENTIFIER);
    peThumb = f.optionalExplicit(1, "peThumb", CertThumb::getInstance);
    items =
        f.required(
            "credResItemSeq", Values.sequenceOf(CredResItem::getInstance, 1, CapReqData.MAX_ITEMS));
    extensions = f.optionalImplicit(2, "cRsExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes CredResData. */
  public static CredResData getInstance(Object obj) {
    return obj instanceof CredResData v ? v : new CredResData(Fields.sequence(TYPE, obj));
  }

  public RRTags getCredRrTags() {
    return credRrTags;
  }

  public ASN1Sequence getBrandCrlIdentifier() {
    return brandCrlIdentifier;
  }

  public CertThumb getPeThumb() {
    return peThumb;
  }

  public List<CredResItem> getCredResItemSeq() {
    return items;
  }

  public Extensions getCRsExtensions() {
    return extensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(credRrTags)
        .explicit(0, brandCrlIdentifier)
        .explicit(1, peThumb)
        .add(DerSeq.sequenceOf(items))
        .implicit(2, extensions)
        .build();
  }
}
