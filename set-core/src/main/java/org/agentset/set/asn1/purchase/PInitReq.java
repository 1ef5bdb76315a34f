package org.agentset.set.asn1.purchase;

import static org.agentset.set.asn1.msg.SetTypes.LOCAL_ID_MAX;
import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.Thumbs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * The wallet's opening of a purchase: its challenge {@code chall-C} (which makes the merchant's
 * PInitRes signature fresh), the brand and BIN so the merchant can pick a gateway, and the
 * thumbprints of what the wallet has cached. Sent in the clear: it holds nothing confidential.
 *
 * <pre>
 * PInitReq ::= SEQUENCE {
 *    rrpid           RRPID,
 *    language        Language,
 *    localID-C       LocalID,
 *    localID-M       [0] LocalID OPTIONAL,
 *    chall-C         Challenge,
 *    brandID         BrandID,                 -- SETString { ub-BrandID (40) }
 *    bin             BIN,
 *    thumbs          [1] EXPLICIT Thumbs OPTIONAL,
 *    piRqExtensions  [2] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>SET Book 3 SetPayMsgs (2.23.42.6.2), as published (SET-PROTOCOL.md §3.3 [C]).
 */
public final class PInitReq extends ASN1Object {

  private static final String TYPE = "PInitReq";

  /** ub-BrandID. */
  public static final int BRAND_ID_MAX = 40;

  private final byte[] rrpid;
  private final String language;
  private final byte[] localIdC;
  private final byte[] localIdM;
  private final byte[] challC;
  private final SetString brandId;
  private final String bin;
  private final Thumbs thumbs;
  private final Extensions piRqExtensions;

  /** Builds a PInitReq; {@code localIdM}, {@code thumbs} and {@code piRqExtensions} may be null. */
  public PInitReq(
      byte[] rrpid,
      String language,
      byte[] localIdC,
      byte[] localIdM,
      byte[] challC,
      SetString brandId,
      String bin,
      Thumbs thumbs,
      Extensions piRqExtensions) {
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.language = Check.visible("language", Check.required("language", language), 1, 35);
    this.localIdC = Check.requiredOctets("localID-C", localIdC, 1, LOCAL_ID_MAX);
    this.localIdM = Check.octets("localID-M", localIdM, 1, LOCAL_ID_MAX);
    this.challC = Check.requiredOctets("chall-C", challC, NONCE_SIZE, NONCE_SIZE);
    this.brandId = Check.required("brandID", brandId);
    this.bin = Check.numeric("bin", Check.required("bin", bin), 6, 6);
    this.thumbs = thumbs;
    this.piRqExtensions = piRqExtensions;
  }

  private PInitReq(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    language = f.required("language", SetTypes.LANGUAGE);
    localIdC = f.required("localID-C", SetTypes.LOCAL_ID);
    localIdM = f.optionalImplicit(0, "localID-M", BERTags.OCTET_STRING, SetTypes.LOCAL_ID);
    challC = f.required("chall-C", SetTypes.NONCE);
    brandId = f.required("brandID", SetString.decoder(BRAND_ID_MAX));
    bin = f.required("bin", SetTypes.BIN);
    thumbs = f.optionalExplicit(1, "thumbs", Thumbs::getInstance);
    piRqExtensions = f.optionalImplicit(2, "piRqExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes a PInitReq. */
  public static PInitReq getInstance(Object obj) {
    return obj instanceof PInitReq v ? v : new PInitReq(Fields.sequence(TYPE, obj));
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public String getLanguage() {
    return language;
  }

  public byte[] getLocalIdC() {
    return localIdC.clone();
  }

  /** The merchant's local ID from SET initiation, or null. */
  public byte[] getLocalIdM() {
    return localIdM == null ? null : localIdM.clone();
  }

  public byte[] getChallC() {
    return challC.clone();
  }

  public SetString getBrandId() {
    return brandId;
  }

  /** First six digits of the PAN. */
  public String getBin() {
    return bin;
  }

  /** Thumbprints of what the wallet has cached, or null. */
  public Thumbs getThumbs() {
    return thumbs;
  }

  /** Extensions, or null. */
  public Extensions getPiRqExtensions() {
    return piRqExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.octets(rrpid))
        .add(Der.visible(language))
        .add(Der.octets(localIdC))
        .implicit(0, Der.octets(localIdM))
        .add(Der.octets(challC))
        .add(brandId)
        .add(Der.numeric(bin))
        .explicit(1, thumbs)
        .implicit(2, piRqExtensions)
        .build();
  }
}
