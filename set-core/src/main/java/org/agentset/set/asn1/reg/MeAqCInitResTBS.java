package org.agentset.set.asn1.reg;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.Thumbs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * What the merchant/gateway CA signs in Me-AqCInitRes: the echoed identifiers and challenge, its
 * own challenge, and the registration form (or a referral). The CA's certificates travel in the
 * SignedData.
 *
 * <pre>
 * Me-AqCInitResTBS ::= SEQUENCE {
 *    rrpid               RRPID,
 *    lid-EE              LocalID,
 *    chall-EE            Challenge,
 *    lid-CA              [0] LocalID OPTIONAL,
 *    chall-CA            Challenge,
 *    requestType         RequestType,
 *    regFormOrReferral   RegFormOrReferral,
 *    caeThumb            [1] EXPLICIT CertThumb OPTIONAL,
 *    brandCRLIdentifier  [2] EXPLICIT BrandCRLIdentifier OPTIONAL,
 *    thumbs              [3] EXPLICIT Thumbs OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.3 [P] (assumed analogous to RegFormResTBS); tags [U]. Content type setct-
 * MeAqCInitResTBS.
 */
public final class MeAqCInitResTBS extends ASN1Object {

  private static final String TYPE = "MeAqCInitResTBS";

  private final byte[] rrpid;
  private final byte[] lidEe;
  private final byte[] challEe;
  private final byte[] lidCa;
  private final byte[] challCa;
  private final RequestType requestType;
  private final RegFormOrReferral regFormOrReferral;
  private final CertThumb caeThumb;
  private final ASN1Sequence brandCrlidentifier;
  private final Thumbs thumbs;

  /** Builds MeAqCInitResTBS; optional fields may be null. */
  public MeAqCInitResTBS(
      byte[] rrpid,
      byte[] lidEe,
      byte[] challEe,
      byte[] lidCa,
      byte[] challCa,
      RequestType requestType,
      RegFormOrReferral regFormOrReferral,
      CertThumb caeThumb,
      ASN1Sequence brandCrlidentifier,
      Thumbs thumbs) {
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.lidEe = Check.requiredOctets("lid-EE", lidEe, 1, SetTypes.LOCAL_ID_MAX);
    this.challEe = Check.requiredOctets("chall-EE", challEe, NONCE_SIZE, NONCE_SIZE);
    this.lidCa = Check.octets("lid-CA", lidCa, 1, SetTypes.LOCAL_ID_MAX);
    this.challCa = Check.requiredOctets("chall-CA", challCa, NONCE_SIZE, NONCE_SIZE);
    this.requestType = Check.required("requestType", requestType);
    this.regFormOrReferral = Check.required("regFormOrReferral", regFormOrReferral);
    this.caeThumb = caeThumb;
    this.brandCrlidentifier = SetTypes.checkBrandCrlIdentifier(brandCrlidentifier);
    this.thumbs = thumbs;
  }

  private MeAqCInitResTBS(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    lidEe = f.required("lid-EE", SetTypes.LOCAL_ID);
    challEe = f.required("chall-EE", SetTypes.NONCE);
    lidCa = f.optionalImplicit(0, "lid-CA", BERTags.OCTET_STRING, SetTypes.LOCAL_ID);
    challCa = f.required("chall-CA", SetTypes.NONCE);
    requestType = f.required("requestType", Values.enumerated(RequestType.class));
    regFormOrReferral = f.required("regFormOrReferral", RegFormOrReferral::getInstance);
    caeThumb = f.optionalExplicit(1, "caeThumb", CertThumb::getInstance);
    brandCrlidentifier = f.optionalExplicit(2, "brandCRLIdentifier", SetTypes.BRAND_CRL_IDENTIFIER);
    thumbs = f.optionalExplicit(3, "thumbs", Thumbs::getInstance);
    f.end();
  }

  /** Decodes MeAqCInitResTBS. */
  public static MeAqCInitResTBS getInstance(Object obj) {
    return obj instanceof MeAqCInitResTBS v ? v : new MeAqCInitResTBS(Fields.sequence(TYPE, obj));
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

  public byte[] getChallCa() {
    return challCa.clone();
  }

  public RequestType getRequestType() {
    return requestType;
  }

  public RegFormOrReferral getRegFormOrReferral() {
    return regFormOrReferral;
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
        .add(Der.octets(challCa))
        .add(Der.enumerated(requestType))
        .add(regFormOrReferral)
        .explicit(1, caeThumb)
        .explicit(2, brandCrlidentifier)
        .explicit(3, thumbs)
        .build();
  }
}
