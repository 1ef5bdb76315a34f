package org.agentset.set.asn1.gateway;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.Thumbs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * What the merchant signs in PCertReq: its tags, what it has cached, and the brands/BINs it needs
 * gateway certificates for.
 *
 * <pre>
 * PCertReqData ::= SEQUENCE {
 *    pCertRRTags        RRTags,
 *    mThumbs            [0] EXPLICIT Thumbs OPTIONAL,
 *    brandAndBINSeq     SEQUENCE SIZE(1..MAX) OF BrandAndBIN,
 *    pCertRqExtensions  [1] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.3 (SETREF {@code pCertRRTags}, {@code brandAndBINSeq}, {@code mThumbs}
 * [C]); tags [U]. Content type {@code setct-PCertReqData}.
 */
public final class PCertReqData extends ASN1Object {

  private static final String TYPE = "PCertReqData";

  private final RRTags pCertRrTags;
  private final Thumbs mThumbs;
  private final List<BrandAndBIN> brandAndBinSeq;
  private final Extensions pCertRqExtensions;

  /** Builds PCertReqData; {@code mThumbs} and {@code pCertRqExtensions} may be null. */
  public PCertReqData(
      RRTags pCertRrTags,
      Thumbs mThumbs,
      List<BrandAndBIN> brandAndBinSeq,
      Extensions pCertRqExtensions) {
    this.pCertRrTags = Check.required("pCertRRTags", pCertRrTags);
    this.mThumbs = mThumbs;
    this.brandAndBinSeq =
        Check.list("brandAndBINSeq", Check.required("brandAndBINSeq", brandAndBinSeq), 1, 64);
    this.pCertRqExtensions = pCertRqExtensions;
  }

  private PCertReqData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    pCertRrTags = f.required("pCertRRTags", RRTags::getInstance);
    mThumbs = f.optionalExplicit(0, "mThumbs", Thumbs::getInstance);
    brandAndBinSeq =
        f.required("brandAndBINSeq", Values.sequenceOf(BrandAndBIN::getInstance, 1, 64));
    pCertRqExtensions =
        f.optionalImplicit(1, "pCertRqExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes PCertReqData. */
  public static PCertReqData getInstance(Object obj) {
    return obj instanceof PCertReqData v ? v : new PCertReqData(Fields.sequence(TYPE, obj));
  }

  public RRTags getPCertRrTags() {
    return pCertRrTags;
  }

  public Thumbs getMThumbs() {
    return mThumbs;
  }

  public List<BrandAndBIN> getBrandAndBinSeq() {
    return brandAndBinSeq;
  }

  public Extensions getPCertRqExtensions() {
    return pCertRqExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(pCertRrTags)
        .explicit(0, mThumbs)
        .add(DerSeq.sequenceOf(brandAndBinSeq))
        .implicit(1, pCertRqExtensions)
        .build();
  }
}
