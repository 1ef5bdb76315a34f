package org.agentset.set.asn1.gateway;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * What the gateway signs in PCertRes: the echoed tags and one item per requested brand/BIN.
 *
 * <pre>
 * PCertResTBS ::= SEQUENCE {
 *    pCertRRTags         RRTags,
 *    pCertResItems       SEQUENCE SIZE(1..MAX) OF PCertResItem,
 *    brandCRLIdentifier  [0] EXPLICIT BrandCRLIdentifier OPTIONAL,
 *    pCertRsExtensions   [1] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>[U]: SET-PROTOCOL.md §2.3 ({@code setct-PCertResTBS} exists [C]).
 */
public final class PCertResTBS extends ASN1Object {

  private static final String TYPE = "PCertResTBS";

  private final RRTags pCertRrTags;
  private final List<PCertResItem> pCertResItems;
  private final ASN1Sequence brandCrlIdentifier;
  private final Extensions pCertRsExtensions;

  /** Builds PCertResTBS; the optional fields may be null. */
  public PCertResTBS(
      RRTags pCertRrTags,
      List<PCertResItem> pCertResItems,
      ASN1Sequence brandCrlIdentifier,
      Extensions pCertRsExtensions) {
    this.pCertRrTags = Check.required("pCertRRTags", pCertRrTags);
    this.pCertResItems =
        Check.list("pCertResItems", Check.required("pCertResItems", pCertResItems), 1, 64);
    this.brandCrlIdentifier = SetTypes.checkBrandCrlIdentifier(brandCrlIdentifier);
    this.pCertRsExtensions = pCertRsExtensions;
  }

  private PCertResTBS(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    pCertRrTags = f.required("pCertRRTags", RRTags::getInstance);
    pCertResItems =
        f.required("pCertResItems", Values.sequenceOf(PCertResItem::getInstance, 1, 64));
    brandCrlIdentifier = f.optionalExplicit(0, "brandCRLIdentifier", SetTypes.BRAND_CRL_IDENTIFIER);
    pCertRsExtensions =
        f.optionalImplicit(1, "pCertRsExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes PCertResTBS. */
  public static PCertResTBS getInstance(Object obj) {
    return obj instanceof PCertResTBS v ? v : new PCertResTBS(Fields.sequence(TYPE, obj));
  }

  public RRTags getPCertRrTags() {
    return pCertRrTags;
  }

  public List<PCertResItem> getPCertResItems() {
    return pCertResItems;
  }

  public ASN1Sequence getBrandCrlIdentifier() {
    return brandCrlIdentifier;
  }

  public Extensions getPCertRsExtensions() {
    return pCertRsExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(pCertRrTags)
        .add(DerSeq.sequenceOf(pCertResItems))
        .explicit(0, brandCrlIdentifier)
        .implicit(1, pCertRsExtensions)
        .build();
  }
}
