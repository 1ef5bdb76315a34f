package org.agentset.set.asn1.reg;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.Thumbs;
import org.agentset.set.asn1.purchase.PInitReq;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The cardholder's first registration message: its challenge, the brand it wants a certificate for,
 * and what it has cached. Sent in the clear.
 *
 * <pre>
 * CardCInitReq ::= SEQUENCE {
 *    rrpid     RRPID,
 *    lid-EE    LocalID,
 *    chall-EE  Challenge,
 *    brandID   BrandID,
 *    thumbs    [0] EXPLICIT Thumbs OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C] ({RRPID, LID-EE, Chall-EE, BrandID, [Thumbs]}); tags [U].
 */
public final class CardCInitReq extends ASN1Object {

  private static final String TYPE = "CardCInitReq";

  private final byte[] rrpid;
  private final byte[] lidEe;
  private final byte[] challEe;
  private final SetString brandId;
  private final Thumbs thumbs;

  /** Builds CardCInitReq; optional fields may be null. */
  public CardCInitReq(
      byte[] rrpid, byte[] lidEe, byte[] challEe, SetString brandId, Thumbs thumbs) {
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.lidEe = Check.requiredOctets("lid-EE", lidEe, 1, SetTypes.LOCAL_ID_MAX);
    this.challEe = Check.requiredOctets("chall-EE", challEe, NONCE_SIZE, NONCE_SIZE);
    this.brandId = Check.required("brandID", brandId);
    this.thumbs = thumbs;
  }

  private CardCInitReq(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    lidEe = f.required("lid-EE", SetTypes.LOCAL_ID);
    challEe = f.required("chall-EE", SetTypes.NONCE);
    brandId = f.required("brandID", SetString.decoder(PInitReq.BRAND_ID_MAX));
    thumbs = f.optionalExplicit(0, "thumbs", Thumbs::getInstance);
    f.end();
  }

  /** Decodes CardCInitReq. */
  public static CardCInitReq getInstance(Object obj) {
    return obj instanceof CardCInitReq v ? v : new CardCInitReq(Fields.sequence(TYPE, obj));
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

  public SetString getBrandId() {
    return brandId;
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
        .add(brandId)
        .explicit(0, thumbs)
        .build();
  }
}
