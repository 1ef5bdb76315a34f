package org.agentset.set.asn1.reg;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.Thumbs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * What the cardholder CA signs in CardCInitRes: the echoed identifiers and challenge, its own local
 * ID, and the thumbprint of the CA key-exchange certificate the cardholder must encrypt RegFormReq
 * to. The CA's key-exchange and signature certificates travel in the SignedData.
 *
 * <pre>
 * CardCInitResTBS ::= SEQUENCE {
 *    rrpid               RRPID,
 *    lid-EE              LocalID,
 *    chall-EE            Challenge,
 *    lid-CA              [0] LocalID OPTIONAL,
 *    caeThumb            [1] EXPLICIT CertThumb OPTIONAL,
 *    brandCRLIdentifier  [2] EXPLICIT BrandCRLIdentifier OPTIONAL,
 *    thumbs              [3] EXPLICIT Thumbs OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C] for the fields; tags [U]. Content type setct-CardCInitResTBS.
 */
public final class CardCInitResTBS extends ASN1Object {

  private static final String TYPE = "CardCInitResTBS";

  private final byte[] rrpid;
  private final byte[] lidEe;
  private final byte[] challEe;
  private final byte[] lidCa;
  private final CertThumb caeThumb;
  private final ASN1Sequence brandCrlidentifier;
  private final Thumbs thumbs;

  /** Builds CardCInitResTBS; optional fields may be null. */
  public CardCInitResTBS(
      byte[] rrpid,
      byte[] lidEe,
      byte[] challEe,
      byte[] lidCa,
      CertThumb caeThumb,
      ASN1Sequence brandCrlidentifier,
      Thumbs thumbs) {
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.lidEe = Check.requiredOctets("lid-EE", lidEe, 1, SetTypes.LOCAL_ID_MAX);
    this.challEe = Check.requiredOctets("chall-EE", challEe, NONCE_SIZE, NONCE_SIZE);
    this.lidCa = Check.octets("lid-CA", lidCa, 1, SetTypes.LOCAL_ID_MAX);
    this.caeThumb = caeThumb;
    this.brandCrlidentifier = SetTypes.checkBrandCrlIdentifier(brandCrlidentifier);
    this.thumbs = thumbs;
  }

  private CardCInitResTBS(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    lidEe = f.required("lid-EE", SetTypes.LOCAL_ID);
    challEe = f.required("chall-EE", SetTypes.NONCE);
    lidCa = f.optionalImplicit(0, "lid-CA", BERTags.OCTET_STRING, SetTypes.LOCAL_ID);
    caeThumb = f.optionalExplicit(1, "caeThumb", CertThumb::getInstance);
    brandCrlidentifier = f.optionalExplicit(2, "brandCRLIdentifier", SetTypes.BRAND_CRL_IDENTIFIER);
    thumbs = f.optionalExplicit(3, "thumbs", Thumbs::getInstance);
    f.end();
  }

  /** Decodes CardCInitResTBS. */
  public static CardCInitResTBS getInstance(Object obj) {
    return obj instanceof CardCInitResTBS v ? v : new CardCInitResTBS(Fields.sequence(TYPE, obj));
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public byte[] getLidEe() {
    return lidEe.clone();
  }

  public byte[] getChallEe() {
    return challEe.clone();
  }

  public byte[] getLidCa() {
    return lidCa == null ? null : lidCa.clone();
  }

  public CertThumb getCaeThumb() {
    return caeThumb;
  }

  public ASN1Sequence getBrandCrlidentifier() {
    return brandCrlidentifier;
  }

  public Thumbs getThumbs() {
    return thumbs;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.octets(rrpid))
        .add(Der.octets(lidEe))
        .add(Der.octets(challEe))
        .implicit(0, Der.octets(lidCa))
        .explicit(1, caeThumb)
        .explicit(2, brandCrlidentifier)
        .explicit(3, thumbs)
        .build();
  }
}
