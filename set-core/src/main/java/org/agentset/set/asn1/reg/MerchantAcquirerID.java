package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.purchase.PIHead;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * A merchant's identity at its acquirer, in Me-AqCInitReq and CertReqData.
 *
 * <pre>
 * MerchantAcquirerID ::= SEQUENCE {
 *    merchantBIN  BIN,
 *    merchantID   MerchantID
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.3 [C] (SETREF Me_AqCInitReq; SetCertMsgs).
 */
public final class MerchantAcquirerID extends ASN1Object {

  private static final String TYPE = "MerchantAcquirerID";

  private final String merchantBin;
  private final SetString merchantId;

  /** Builds MerchantAcquirerID; optional fields may be null. */
  public MerchantAcquirerID(String merchantBin, SetString merchantId) {
    this.merchantBin =
        Check.numeric("merchantBIN", Check.required("merchantBIN", merchantBin), 6, 6);
    this.merchantId = Check.required("merchantID", merchantId);
  }

  private MerchantAcquirerID(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    merchantBin = f.required("merchantBIN", SetTypes.BIN);
    merchantId = f.required("merchantID", SetString.decoder(PIHead.MERCHANT_ID_MAX));
    f.end();
  }

  /** Decodes MerchantAcquirerID. */
  public static MerchantAcquirerID getInstance(Object obj) {
    return obj instanceof MerchantAcquirerID v
        ? v
        : new MerchantAcquirerID(Fields.sequence(TYPE, obj));
  }

  public String getMerchantBin() {
    return merchantBin;
  }

  public SetString getMerchantId() {
    return merchantId;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.numeric(merchantBin)).add(merchantId).build();
  }
}
