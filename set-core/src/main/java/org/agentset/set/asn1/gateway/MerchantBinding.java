package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.purchase.PIHead;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * AgentSET's fix for AuthRes not naming its addressee (SET-PROTOCOL.md §5.2: in the formal model "M
 * is existentially quantified! That is because Authorization Response does not refer to M"): the
 * gateway names, inside its signed AuthResPayload, the merchant it authorized for by merchant ID
 * and by the thumbprint of the signature certificate that signed the AuthReq. The merchant refuses
 * an AuthRes that names anyone else.
 *
 * <pre>
 * MerchantBinding ::= SEQUENCE {
 *    merchantID     MerchantID,
 *    merchantThumb  CertThumb      -- merchant signature certificate of the AuthReq
 * }
 * </pre>
 *
 * <p>Carried as the critical extension {@code EXT_MERCHANT_BINDING} in {@code
 * AuthResPayload.aRsExtensions}.
 */
public final class MerchantBinding extends ASN1Object {

  private static final String TYPE = "MerchantBinding";

  private final SetString merchantId;
  private final CertThumb merchantThumb;

  /** Builds a MerchantBinding. */
  public MerchantBinding(SetString merchantId, CertThumb merchantThumb) {
    this.merchantId = Check.required("merchantID", merchantId);
    this.merchantThumb = Check.required("merchantThumb", merchantThumb);
  }

  private MerchantBinding(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    merchantId = f.required("merchantID", SetString.decoder(PIHead.MERCHANT_ID_MAX));
    merchantThumb = f.required("merchantThumb", CertThumb::getInstance);
    f.end();
  }

  /** Decodes a MerchantBinding. */
  public static MerchantBinding getInstance(Object obj) {
    return obj instanceof MerchantBinding v ? v : new MerchantBinding(Fields.sequence(TYPE, obj));
  }

  public SetString getMerchantId() {
    return merchantId;
  }

  public CertThumb getMerchantThumb() {
    return merchantThumb;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(merchantId).add(merchantThumb).build();
  }
}
