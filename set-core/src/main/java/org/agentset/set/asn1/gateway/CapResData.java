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
 * The gateway's capture results, one per CapItem, signed and enveloped to the merchant in CapRes.
 *
 * <pre>
 * CapResData ::= SEQUENCE {
 *    capRRTags           RRTags,
 *    brandCRLIdentifier  [0] EXPLICIT BrandCRLIdentifier OPTIONAL,
 *    peThumb             [1] EXPLICIT CertThumb OPTIONAL,
 *    capResItemSeq       SEQUENCE SIZE(1..MAX) OF CapResItem,
 *    cRsExtensions       [2] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.7 [U] ({@code setct-CapResData} exists [C]).
 */
public final class CapResData extends ASN1Object {

  private static final String TYPE = "CapResData";

  private final RRTags capRrTags;
  private final ASN1Sequence brandCrlIdentifier;
  private final CertThumb peThumb;
  private final List<CapResItem> capResItemSeq;
  private final Extensions cRsExtensions;

  /** Builds CapResData; the optional fields may be null. */
  public CapResData(
      RRTags capRrTags,
      ASN1Sequence brandCrlIdentifier,
      CertThumb peThumb,
      List<CapResItem> capResItemSeq,
      Extensions cRsExtensions) {
    this.capRrTags = Check.required("capRRTags", capRrTags);
    this.brandCrlIdentifier = SetTypes.checkBrandCrlIdentifier(brandCrlIdentifier);
    this.peThumb = peThumb;
    this.capResItemSeq =
        Check.list(
            "capResItemSeq",
            Check.required("capResItemSeq", capResItemSeq),
            1,
            CapReqData.MAX_ITEMS);
    this.cRsExtensions = cRsExtensions;
  }

  private CapResData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    capRrTags = f.required("capRRTags", RRTags::getInstance);
    brandCrlIdentifier = f.optionalExplicit(0, "brandCRLIdentifier", SetTypes.BRAND_CRL_IDENTIFIER);
    peThumb = f.optionalExplicit(1, "peThumb", CertThumb::getInstance);
    capResItemSeq =
        f.required(
            "capResItemSeq", Values.sequenceOf(CapResItem::getInstance, 1, CapReqData.MAX_ITEMS));
    cRsExtensions = f.optionalImplicit(2, "cRsExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes CapResData. */
  public static CapResData getInstance(Object obj) {
    return obj instanceof CapResData v ? v : new CapResData(Fields.sequence(TYPE, obj));
  }

  public RRTags getCapRrTags() {
    return capRrTags;
  }

  public ASN1Sequence getBrandCrlIdentifier() {
    return brandCrlIdentifier;
  }

  public CertThumb getPeThumb() {
    return peThumb;
  }

  public List<CapResItem> getCapResItemSeq() {
    return capResItemSeq;
  }

  public Extensions getCRsExtensions() {
    return cRsExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(capRrTags)
        .explicit(0, brandCrlIdentifier)
        .explicit(1, peThumb)
        .add(DerSeq.sequenceOf(capResItemSeq))
        .implicit(2, cRsExtensions)
        .build();
  }
}
