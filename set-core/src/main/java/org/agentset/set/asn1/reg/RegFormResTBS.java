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
 * What the cardholder CA signs in RegFormRes: the echoed identifiers and challenge, its own
 * challenge, and the issuer's registration form (or a referral).
 *
 * <pre>
 * RegFormResTBS ::= SEQUENCE {
 *    rrpid               RRPID,
 *    lid-EE              LocalID,
 *    chall-EE2           Challenge,
 *    lid-CA              [0] LocalID OPTIONAL,
 *    chall-CA            Challenge,
 *    caeThumb            [1] EXPLICIT CertThumb OPTIONAL,
 *    requestType         RequestType,
 *    regFormOrReferral   RegFormOrReferral,
 *    brandCRLIdentifier  [2] EXPLICIT BrandCRLIdentifier OPTIONAL,
 *    thumbs              [3] EXPLICIT Thumbs OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C] for the fields; tags [U]. Content type setct-RegFormResTBS.
 */
public final class RegFormResTBS extends ASN1Object {

  private static final String TYPE = "RegFormResTBS";

  private final byte[] rrpid;
  private final byte[] lidEe;
  private final byte[] challEe2;
  private final byte[] lidCa;
  private final byte[] challCa;
  private final CertThumb caeThumb;
  private final RequestType requestType;
  private final RegFormOrReferral regFormOrReferral;
  private final ASN1Sequence brandCrlidentifier;
  private final Thumbs thumbs;

  /** Builds RegFormResTBS; optional fields may be null. */
  public RegFormResTBS(
      byte[] rrpid,
      byte[] lidEe,
      byte[] challEe2,
      byte[] lidCa,
      byte[] challCa,
      CertThumb caeThumb,
      RequestType requestType,
      RegFormOrReferral regFormOrReferral,
      ASN1Sequence brandCrlidentifier,
      Thumbs thumbs) {
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.lidEe = Check.requiredOctets("lid-EE", lidEe, 1, SetTypes.LOCAL_ID_MAX);
    this.challEe2 = Check.requiredOctets("chall-EE2", challEe2, NONCE_SIZE, NONCE_SIZE);
    this.lidCa = Check.octets("lid-CA", lidCa, 1, SetTypes.LOCAL_ID_MAX);
    this.challCa = Check.requiredOctets("chall-CA", challCa, NONCE_SIZE, NONCE_SIZE);
    this.caeThumb = caeThumb;
    this.requestType = Check.required("requestType", requestType);
    this.regFormOrReferral = Check.required("regFormOrReferral", regFormOrReferral);
    this.brandCrlidentifier = SetTypes.checkBrandCrlIdentifier(brandCrlidentifier);
    this.thumbs = thumbs;
  }

  private RegFormResTBS(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    lidEe = f.required("lid-EE", SetTypes.LOCAL_ID);
    challEe2 = f.required("chall-EE2", SetTypes.NONCE);
    lidCa = f.optionalImplicit(0, "lid-CA", BERTags.OCTET_STRING, SetTypes.LOCAL_ID);
    challCa = f.required("chall-CA", SetTypes.NONCE);
    caeThumb = f.optionalExplicit(1, "caeThumb", CertThumb::getInstance);
    requestType = f.required("requestType", Values.enumerated(RequestType.class));
    regFormOrReferral = f.required("regFormOrReferral", RegFormOrReferral::getInstance);
    brandCrlidentifier = f.optionalExplicit(2, "brandCRLIdentifier", SetTypes.BRAND_CRL_IDENTIFIER);
    thumbs = f.optionalExplicit(3, "thumbs", Thumbs::getInstance);
    f.end();
  }

  /** Decodes RegFormResTBS. */
  public static RegFormResTBS getInstance(Object obj) {
    return obj instanceof RegFormResTBS v ? v : new RegFormResTBS(Fields.sequence(TYPE, obj));
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public byte[] getLidEe() {
    return lidEe.clone();
  }

  public byte[] getChallEe2() {
    return challEe2.clone();
  }

  public byte[] getLidCa() {
    return lidCa == null ? null : lidCa.clone();
  }

  public byte[] getChallCa() {
    return challCa.clone();
  }

  public CertThumb getCaeThumb() {
    return caeThumb;
  }

  public RequestType getRequestType() {
    return requestType;
  }

  public RegFormOrReferral getRegFormOrReferral() {
    return regFormOrReferral;
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
        .add(Der.octets(challEe2))
        .implicit(0, Der.octets(lidCa))
        .add(Der.octets(challCa))
        .explicit(1, caeThumb)
        .add(Der.enumerated(requestType))
        .add(regFormOrReferral)
        .explicit(2, brandCrlidentifier)
        .explicit(3, thumbs)
        .build();
  }
}
