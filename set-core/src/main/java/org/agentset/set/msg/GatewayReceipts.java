package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import org.agentset.set.asn1.gateway.AuthHeader;
import org.agentset.set.asn1.gateway.GatewayReceipt;
import org.agentset.set.asn1.gateway.GatewayReceiptData;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.cert.CertificateProfile;

/**
 * The gateway-signed receipt of an authorization (SET-PROTOCOL.md §5.2 fix): the gateway signs
 * {XID, AuthRRPID, HOD, AuthAmt, AuthCode, merchant}, the merchant relays it in PRes, and the
 * cardholder, who holds XID, HOD and the merchant's certificate from its own PReq, verifies that
 * the gateway it encrypted its card to authorized exactly this order for exactly this merchant.
 */
final class GatewayReceipts {

  private final Verifier verifier;

  GatewayReceipts(Verifier verifier) {
    this.verifier = verifier;
  }

  /**
   * Verifies a receipt.
   *
   * @param gatewayKeyExchange the gateway certificate the PI was (or the AuthReq is) encrypted to;
   *     the receipt must be signed by the same gateway's signature certificate
   * @param xid the purchase's XID
   * @param hod the purchase's HOD
   * @param merchantId the merchant ID the cardholder signed in PIHead
   * @param merchantThumb the merchant signature certificate the purchase was made with
   * @throws SetProtocolException {@link Refusal#GATEWAY_RECEIPT} when absent, forged, or about
   *     another purchase, merchant or gateway
   */
  GatewayReceiptData verify(
      GatewayReceipt receipt,
      X509Certificate gatewayKeyExchange,
      byte[] xid,
      DetachedDigest hod,
      SetString merchantId,
      CertThumb merchantThumb,
      String field)
      throws SetProtocolException {
    if (receipt == null) {
      throw new SetProtocolException(Refusal.GATEWAY_RECEIPT, field);
    }
    Verifier.Verified v =
        verifier.signed(
            Wire.der(receipt),
            MessageIdentifiers.GATEWAY_RECEIPT_DATA,
            CertificateProfile.GATEWAY_SIGNATURE,
            Refusal.GATEWAY_RECEIPT,
            field);
    if (!Verifier.sameSubject(v.signer(), gatewayKeyExchange)) {
      throw new SetProtocolException(Refusal.GATEWAY_RECEIPT, field + ".signer");
    }
    GatewayReceiptData data =
        Wire.decode(v.content(), GatewayReceiptData::getInstance, "GatewayReceiptData");
    if (!Wire.same(data.getXid(), xid)
        || !Wire.same(data.getHod(), hod)
        || !Wire.same(data.getMerchantId(), merchantId)
        || !Wire.same(data.getMerchantThumb(), merchantThumb)
        || !GatewayReceiptData.LABEL.equals(data.getLabel())) {
      throw new SetProtocolException(Refusal.GATEWAY_RECEIPT, field + ".content");
    }
    return data;
  }

  /** Whether the receipt states the same result as the AuthRes header. */
  static boolean matches(GatewayReceiptData data, byte[] authRrpid, AuthHeader header) {
    return Wire.same(data.getAuthRrpid(), authRrpid)
        && data.getAuthCode() == header.getAuthCode()
        && Wire.same(data.getAuthAmt(), header.getAuthAmt());
  }
}
