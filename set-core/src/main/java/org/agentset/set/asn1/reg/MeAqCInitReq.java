package org.agentset.set.asn1.reg;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.Thumbs;
import org.agentset.set.asn1.purchase.PInitReq;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * A merchant's or gateway's first registration message (SET's Me-AqCInitReq): its challenge, what
 * it asks for, who it is at its acquirer, brand and language. Sent in the clear.
 *
 * <pre>
 * Me-AqCInitReq ::= SEQUENCE {
 *    rrpid        RRPID,
 *    lid-EE       LocalID,
 *    chall-EE     Challenge,
 *    requestType  RequestType,
 *    idData       IDData,
 *    brandID      BrandID,
 *    language     Language,
 *    thumbs       [0] EXPLICIT Thumbs OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.3 [C] (SETREF Me_AqCInitReq); tag [U].
 */
public final class MeAqCInitReq extends ASN1Object {

  private static final String TYPE = "MeAqCInitReq";

  private final byte[] rrpid;
  private final byte[] lidEe;
  private final byte[] challEe;
  private final RequestType requestType;
  private final IDData idData;
  private final SetString brandId;
  private final String language;
  private final Thumbs thumbs;

  /** Builds MeAqCInitReq; optional fields may be null. */
  public MeAqCInitReq(
      byte[] rrpid,
      byte[] lidEe,
      byte[] challEe,
      RequestType requestType,
      IDData idData,
      SetString brandId,
      String language,
      Thumbs thumbs) {
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.lidEe = Check.requiredOctets("lid-EE", lidEe, 1, SetTypes.LOCAL_ID_MAX);
    this.challEe = Check.requiredOctets("chall-EE", challEe, NONCE_SIZE, NONCE_SIZE);
    this.requestType = Check.required("requestType", requestType);
    this.idData = Check.required("idData", idData);
    this.brandId = Check.required("brandID", brandId);
    this.language = Check.visible("language", Check.required("language", language), 1, 35);
    this.thumbs = thumbs;
  }

  private MeAqCInitReq(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    lidEe = f.required("lid-EE", SetTypes.LOCAL_ID);
    challEe = f.required("chall-EE", SetTypes.NONCE);
    requestType = f.required("requestType", Values.enumerated(RequestType.class));
    idData = f.required("idData", IDData::getInstance);
    brandId = f.required("brandID", SetString.decoder(PInitReq.BRAND_ID_MAX));
    language = f.required("language", SetTypes.LANGUAGE);
    thumbs = f.optionalExplicit(0, "thumbs", Thumbs::getInstance);
    f.end();
  }

  /** Decodes MeAqCInitReq. */
  public static MeAqCInitReq getInstance(Object obj) {
    return obj instanceof MeAqCInitReq v ? v : new MeAqCInitReq(Fields.sequence(TYPE, obj));
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

  public RequestType getRequestType() {
    return requestType;
  }

  public IDData getIdData() {
    return idData;
  }

  public SetString getBrandId() {
    return brandId;
  }

  public String getLanguage() {
    return language;
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
        .add(Der.enumerated(requestType))
        .add(idData)
        .add(brandId)
        .add(Der.visible(language))
        .explicit(0, thumbs)
        .build();
  }
}
