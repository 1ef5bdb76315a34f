package org.agentset.set.asn1.reg;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.Thumbs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * What the CA signs in CertRes (and CertInqRes): the echoed identifiers and challenge, and the
 * status. The new certificates travel in the SignedData.
 *
 * <pre>
 * CertResData ::= SEQUENCE {
 *    rrpid               RRPID,
 *    lid-EE              LocalID,
 *    chall-EE3           Challenge,
 *    lid-CA              [0] LocalID OPTIONAL,
 *    certStatus          CertStatus,
 *    certThumbs          [1] EXPLICIT Thumbs OPTIONAL,
 *    brandCRLIdentifier  [2] EXPLICIT BrandCRLIdentifier OPTIONAL,
 *    thumbs              [3] EXPLICIT Thumbs OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C] for the fields; tags [U]. Content type setct-CertResData.
 */
public final class CertResData extends ASN1Object {

  private static final String TYPE = "CertResData";

  private final byte[] rrpid;
  private final byte[] lidEe;
  private final byte[] challEe3;
  private final byte[] lidCa;
  private final CertStatus certStatus;
  private final Thumbs certThumbs;
  private final ASN1Sequence brandCrlidentifier;
  private final Thumbs thumbs;

  /** Builds CertResData; optional fields may be null. */
  public CertResData(
      byte[] rrpid,
      byte[] lidEe,
      byte[] challEe3,
      byte[] lidCa,
      CertStatus certStatus,
      Thumbs certThumbs,
      ASN1Sequence brandCrlidentifier,
      Thumbs thumbs) {
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.lidEe = Check.requiredOctets("lid-EE", lidEe, 1, SetTypes.LOCAL_ID_MAX);
    this.challEe3 = Check.requiredOctets("chall-EE3", challEe3, NONCE_SIZE, NONCE_SIZE);
    this.lidCa = Check.octets("lid-CA", lidCa, 1, SetTypes.LOCAL_ID_MAX);
    this.certStatus = Check.required("certStatus", certStatus);
    this.certThumbs = certThumbs;
    this.brandCrlidentifier = SetTypes.checkBrandCrlIdentifier(brandCrlidentifier);
    this.thumbs = thumbs;
  }

  private CertResData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    lidEe = f.required("lid-EE", SetTypes.LOCAL_ID);
    challEe3 = f.required("chall-EE3", SetTypes.NONCE);
    lidCa = f.optionalImplicit(0, "lid-CA", BERTags.OCTET_STRING, SetTypes.LOCAL_ID);
    certStatus = f.required("certStatus", CertStatus::getInstance);
    certThumbs = f.optionalExplicit(1, "certThumbs", Thumbs::getInstance);
    brandCrlidentifier = f.optionalExplicit(2, "brandCRLIdentifier", SetTypes.BRAND_CRL_IDENTIFIER);
    thumbs = f.optionalExplicit(3, "thumbs", Thumbs::getInstance);
    f.end();
  }

  /** Decodes CertResData. */
  public static CertResData getInstance(Object obj) {
    return obj instanceof CertResData v ? v : new CertResData(Fields.sequence(TYPE, obj));
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public byte[] getLidEe() {
    return lidEe.clone();
  }

  public byte[] getChallEe3() {
    return challEe3.clone();
  }

  public byte[] getLidCa() {
    return lidCa == null ? null : lidCa.clone();
  }

  public CertStatus getCertStatus() {
    return certStatus;
  }

  public Thumbs getCertThumbs() {
    return certThumbs;
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
        .add(Der.octets(challEe3))
        .implicit(0, Der.octets(lidCa))
        .add(certStatus)
        .explicit(1, certThumbs)
        .explicit(2, brandCrlidentifier)
        .explicit(3, thumbs)
        .build();
  }
}
