package org.agentset.set.asn1.purchase;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.Thumbs;
import org.agentset.set.asn1.msg.TransIDs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * What the merchant signs in PInitRes: the transaction identifiers it assigns (XID, LID-M, PReq
 * date), the echoed {@code chall-C}, its own fresh {@code chall-M} (which makes the cardholder's
 * dual signature fresh), and {@code peThumb}, the gateway key-exchange certificate the cardholder
 * must encrypt the payment instruction to.
 *
 * <pre>
 * PInitResData ::= SEQUENCE {
 *    transIDs            TransIDs,
 *    rrpid               RRPID,
 *    chall-C             Challenge,
 *    chall-M             Challenge,
 *    brandCRLIdentifier  [0] EXPLICIT BrandCRLIdentifier OPTIONAL,
 *    peThumb             [1] EXPLICIT CertThumb,
 *    thumbs              [2] EXPLICIT Thumbs OPTIONAL,
 *    piRsExtensions      [3] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>SET Book 3 SetPayMsgs, as published (SET-PROTOCOL.md §3.3 [C]). The BrandCRLIdentifier is a
 * signed structure of the certificate layer, carried here as its SEQUENCE (decode and verify it
 * with {@code org.agentset.set.cert}). Content type {@code setct-PInitResData}.
 */
public final class PInitResData extends ASN1Object {

  private static final String TYPE = "PInitResData";

  private final TransIDs transIds;
  private final byte[] rrpid;
  private final byte[] challC;
  private final byte[] challM;
  private final ASN1Sequence brandCrlIdentifier;
  private final CertThumb peThumb;
  private final Thumbs thumbs;
  private final Extensions piRsExtensions;

  /**
   * Builds PInitResData; {@code brandCrlIdentifier}, {@code thumbs}, {@code piRsExtensions} may be
   * null.
   */
  public PInitResData(
      TransIDs transIds,
      byte[] rrpid,
      byte[] challC,
      byte[] challM,
      ASN1Sequence brandCrlIdentifier,
      CertThumb peThumb,
      Thumbs thumbs,
      Extensions piRsExtensions) {
    this.transIds = Check.required("transIDs", transIds);
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.challC = Check.requiredOctets("chall-C", challC, NONCE_SIZE, NONCE_SIZE);
    this.challM = Check.requiredOctets("chall-M", challM, NONCE_SIZE, NONCE_SIZE);
    this.brandCrlIdentifier = SetTypes.checkBrandCrlIdentifier(brandCrlIdentifier);
    this.peThumb = Check.required("peThumb", peThumb);
    this.thumbs = thumbs;
    this.piRsExtensions = piRsExtensions;
  }

  private PInitResData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    transIds = f.required("transIDs", TransIDs::getInstance);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    challC = f.required("chall-C", SetTypes.NONCE);
    challM = f.required("chall-M", SetTypes.NONCE);
    brandCrlIdentifier = f.optionalExplicit(0, "brandCRLIdentifier", SetTypes.BRAND_CRL_IDENTIFIER);
    peThumb = f.explicit(1, "peThumb", CertThumb::getInstance);
    thumbs = f.optionalExplicit(2, "thumbs", Thumbs::getInstance);
    piRsExtensions = f.optionalImplicit(3, "piRsExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes PInitResData. */
  public static PInitResData getInstance(Object obj) {
    return obj instanceof PInitResData v ? v : new PInitResData(Fields.sequence(TYPE, obj));
  }

  public TransIDs getTransIds() {
    return transIds;
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public byte[] getChallC() {
    return challC.clone();
  }

  public byte[] getChallM() {
    return challM.clone();
  }

  /** The BrandCRLIdentifier (a signed structure), or null. */
  public ASN1Sequence getBrandCrlIdentifier() {
    return brandCrlIdentifier;
  }

  /** The gateway key-exchange certificate to encrypt to. */
  public CertThumb getPeThumb() {
    return peThumb;
  }

  public Thumbs getThumbs() {
    return thumbs;
  }

  public Extensions getPiRsExtensions() {
    return piRsExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(transIds)
        .add(Der.octets(rrpid))
        .add(Der.octets(challC))
        .add(Der.octets(challM))
        .explicit(0, brandCrlIdentifier)
        .explicit(1, peThumb)
        .explicit(2, thumbs)
        .implicit(3, piRsExtensions)
        .build();
  }
}
