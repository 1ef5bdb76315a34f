package org.agentset.set.msg;

import java.util.List;
import org.agentset.set.asn1.gateway.AuthHeader;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.agentset.set.asn1.msg.TransIDs;
import org.agentset.set.asn1.purchase.AuthStatus;
import org.agentset.set.asn1.purchase.CompletionCode;
import org.agentset.set.asn1.purchase.InqReq;
import org.agentset.set.asn1.purchase.InqReqData;
import org.agentset.set.asn1.purchase.InqRes;
import org.agentset.set.asn1.purchase.PRes;
import org.agentset.set.asn1.purchase.PResData;
import org.agentset.set.asn1.purchase.PResPayload;
import org.agentset.set.asn1.purchase.Results;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.Signatures;
import org.bouncycastle.asn1.ASN1Object;

/**
 * The merchant's answers to the cardholder after PReq: PRes and InqRes, both {@code S(M,
 * PResData)}, reporting the real state of the order and relaying the gateway receipt unchanged.
 */
final class MerchantResponses {

  private final PartyContext context;
  private final Credential signature;
  private final Wire wire;
  private final Verifier verifier;

  MerchantResponses(PartyContext context, Credential signature, Wire wire, Verifier verifier) {
    this.context = context;
    this.signature = signature;
    this.wire = wire;
    this.verifier = verifier;
  }

  MessageWrapper purchaseResponse(VerifiedPReq purchase, AuthorisationResult result)
      throws SetProtocolException {
    byte[] s = sign(purchase.transIds(), purchase.rrpid, purchase.init.challC, result);
    return wire.wrap(new PRes(Wire.contentInfo(s)), purchase.rrpid, purchase.transIds());
  }

  MessageWrapper answerInquiry(VerifiedPReq purchase, AuthorisationResult result, byte[] bytes)
      throws SetProtocolException {
    Received<InqReq> rx = wire.receive(bytes, InqReq.class);
    if (!rx.body().isSigned()) {
      throw new SetProtocolException(Refusal.SIGNATURE_REQUIRED, "InqReq.inqReqUnsigned");
    }
    Verifier.Verified v =
        verifier.signed(
            Wire.der(ProtectedContent.toDer(rx.body().getSigned())),
            FlowIdentifiers.INQ_REQ_DATA,
            CertificateProfile.CARDHOLDER,
            Refusal.SIGNATURE,
            "InqReq");
    if (!v.signer().equals(purchase.cardholder)) {
      throw new SetProtocolException(Refusal.SIGNATURE, "InqReq.signer");
    }
    InqReqData data = Wire.decode(v.content(), InqReqData::getInstance, "InqReqData");
    Wire.checkIds(rx.header(), data.getRrpid(), data.getTransIds().getXid());
    if (!Wire.same(data.getTransIds(), purchase.transIds())) {
      throw new SetProtocolException(Refusal.UNKNOWN_XID, "InqReqData.transIDs");
    }
    Wire.checkCritical(data.getInqRqExtensions(), java.util.Set.of(), "InqReqData.inqRqExtensions");
    if (!context
        .replay()
        .firstUse(
            ReplayKind.INQ_REQ_RRPID,
            data.getRrpid(),
            context.freshness().keepUntil(rx.header().getDate()))) {
      throw new SetProtocolException(Refusal.REPLAYED_RRPID, "InqReqData.rrpid");
    }
    byte[] s = sign(purchase.transIds(), data.getRrpid(), data.getChallC2(), result);
    return wire.wrap(new InqRes(Wire.contentInfo(s)), data.getRrpid(), purchase.transIds());
  }

  private byte[] sign(TransIDs ids, byte[] rrpid, byte[] challC, AuthorisationResult result)
      throws SetProtocolException {
    PResData data = new PResData(ids, rrpid, challC, null, List.of(payload(result)));
    try {
      return new Signatures(context.suite())
          .s(signature.signer(context.suite(), List.of()), MessageIdentifiers.PRES_DATA, data);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "PRes");
    }
  }

  /** The order's state: received, or authorized with the gateway's status and receipt. */
  private static PResPayload payload(AuthorisationResult result) {
    if (result == null) {
      return new PResPayload(CompletionCode.ORDER_RECEIVED, null, null);
    }
    AuthHeader h = result.header;
    Results results =
        new Results(
            null, new AuthStatus(h.getAuthDate(), h.getAuthCode(), h.getAuthAmt()), null, null);
    return new PResPayload(
        CompletionCode.AUTHORIZATION_PERFORMED,
        results,
        AgentSetExtensions.of(
            AgentSetExtensions.nonCritical(
                MessageIdentifiers.EXT_GATEWAY_RECEIPT, (ASN1Object) result.receipt)));
  }
}
