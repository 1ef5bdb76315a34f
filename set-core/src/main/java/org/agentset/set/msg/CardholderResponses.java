package org.agentset.set.msg;

import java.util.List;
import java.util.Set;
import org.agentset.set.asn1.gateway.GatewayReceiptData;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.agentset.set.asn1.purchase.AuthStatus;
import org.agentset.set.asn1.purchase.CompletionCode;
import org.agentset.set.asn1.purchase.InqReq;
import org.agentset.set.asn1.purchase.InqReqData;
import org.agentset.set.asn1.purchase.InqRes;
import org.agentset.set.asn1.purchase.PRes;
import org.agentset.set.asn1.purchase.PResData;
import org.agentset.set.asn1.purchase.PResPayload;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.Signatures;

/**
 * The cardholder's checks of what the merchant answers after PReq (PRes, and InqRes to an inquiry),
 * with the gateway receipt: the cardholder accepts "authorized" only on the gateway's own signature
 * over its XID, HOD and merchant (§5.2 fix), not on the merchant's word.
 */
final class CardholderResponses {

  private final PartyContext context;
  private final Wire wire;
  private final Verifier verifier;
  private final GatewayReceipts receipts;

  CardholderResponses(PartyContext context, Wire wire, Verifier verifier) {
    this.context = context;
    this.wire = wire;
    this.verifier = verifier;
    this.receipts = new GatewayReceipts(verifier);
  }

  PurchaseOutcome purchaseResponse(PReqSent sent, byte[] bytes) throws SetProtocolException {
    Received<PRes> rx = wire.receive(bytes, PRes.class);
    return outcome(rx, sent, sent.rrpid, sent.challC, "PRes");
  }

  InquirySent inquire(PReqSent sent, Credential signature) throws SetProtocolException {
    byte[] rrpid = context.nonce();
    byte[] challC2 = context.nonce();
    InqReqData data = new InqReqData(sent.transIds, rrpid, challC2, null);
    try {
      byte[] s =
          new Signatures(context.suite())
              .s(signature.signer(context.suite(), List.of()), FlowIdentifiers.INQ_REQ_DATA, data);
      InqReq req = InqReq.signed(Wire.contentInfo(s));
      return new InquirySent(wire.wrap(req, rrpid, sent.transIds), sent, rrpid, challC2);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "InqReq");
    }
  }

  PurchaseOutcome inquiryResponse(InquirySent sent, byte[] bytes) throws SetProtocolException {
    Received<InqRes> rx = wire.receive(bytes, InqRes.class);
    return outcome(rx, sent.purchase, sent.rrpid, sent.challC2, "InqRes");
  }

  private PurchaseOutcome outcome(
      Received<? extends ProtectedContent> rx,
      PReqSent sent,
      byte[] rrpid,
      byte[] chall,
      String field)
      throws SetProtocolException {
    Verifier.Verified v =
        verifier.signed(
            Wire.der(rx.body()),
            MessageIdentifiers.PRES_DATA,
            CertificateProfile.MERCHANT_SIGNATURE,
            Refusal.SIGNATURE,
            field);
    if (!v.signer().equals(sent.merchant)) {
      throw new SetProtocolException(Refusal.MERCHANT_MISMATCH, field + ".signer");
    }
    PResData data = Wire.decode(v.content(), PResData::getInstance, "PResData");
    Wire.checkIds(rx.header(), data.getRrpid(), data.getTransIds().getXid());
    if (!Wire.same(data.getRrpid(), rrpid)) {
      throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "PResData.rrpid");
    }
    if (!Wire.same(data.getChallC(), chall)) {
      throw new SetProtocolException(Refusal.CHALLENGE_MISMATCH, "PResData.chall-C");
    }
    if (!Wire.same(data.getTransIds(), sent.transIds)) {
      throw new SetProtocolException(Refusal.UNKNOWN_XID, "PResData.transIDs");
    }
    PResPayload payload = data.getPResPayloadSeq().get(0);
    Wire.checkCritical(payload.getPRsExtensions(), Set.of(), "PResPayload.pRsExtensions");
    CompletionCode code = payload.getCompletionCode();
    if (code != CompletionCode.AUTHORIZATION_PERFORMED
        && code != CompletionCode.CAPTURE_PERFORMED) {
      return new PurchaseOutcome(code, null, null, null);
    }
    AuthStatus status = payload.getResults() == null ? null : payload.getResults().getAuthStatus();
    if (status == null) {
      throw new SetProtocolException(Refusal.GATEWAY_RECEIPT, "PResPayload.results.authStatus");
    }
    GatewayReceiptData receipt =
        receipts.verify(
            Wire.decode(payload::getGatewayReceipt, "PResPayload.pRsExtensions"),
            sent.gatewayKeyExchange,
            sent.transIds.getXid(),
            sent.hod,
            sent.merchantId,
            Certificates.thumb(sent.merchant),
            "PResPayload.gatewayReceipt");
    if (receipt.getAuthCode() != status.getAuthCode()
        || !Amounts.equal(receipt.getAuthAmt(), status.getAuthAmt())) {
      throw new SetProtocolException(Refusal.GATEWAY_RECEIPT, "PResPayload.results.authStatus");
    }
    if (!Amounts.notAbove(receipt.getAuthAmt(), sent.order.amount())) {
      throw new SetProtocolException(Refusal.AMOUNT_MISMATCH, "GatewayReceiptData.authAmt");
    }
    return new PurchaseOutcome(code, status.getAuthCode(), status.getAuthAmt(), receipt);
  }
}
