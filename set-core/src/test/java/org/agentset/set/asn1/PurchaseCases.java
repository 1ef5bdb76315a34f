package org.agentset.set.asn1;

import static org.agentset.set.asn1.Samples.*;

import java.util.List;
import org.agentset.set.asn1.gateway.AcqCardMsg;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.purchase.AuthStatus;
import org.agentset.set.asn1.purchase.CapStatus;
import org.agentset.set.asn1.purchase.CompletionCode;
import org.agentset.set.asn1.purchase.CreditStatus;
import org.agentset.set.asn1.purchase.HODInput;
import org.agentset.set.asn1.purchase.InqReq;
import org.agentset.set.asn1.purchase.InqReqData;
import org.agentset.set.asn1.purchase.InqRes;
import org.agentset.set.asn1.purchase.InstallRecurData;
import org.agentset.set.asn1.purchase.OIData;
import org.agentset.set.asn1.purchase.OIDualSigned;
import org.agentset.set.asn1.purchase.PI;
import org.agentset.set.asn1.purchase.PIData;
import org.agentset.set.asn1.purchase.PIDualSigned;
import org.agentset.set.asn1.purchase.PIHead;
import org.agentset.set.asn1.purchase.PIOILink;
import org.agentset.set.asn1.purchase.PISignature;
import org.agentset.set.asn1.purchase.PITBS;
import org.agentset.set.asn1.purchase.PIUnsigned;
import org.agentset.set.asn1.purchase.PInitReq;
import org.agentset.set.asn1.purchase.PInitRes;
import org.agentset.set.asn1.purchase.PInitResData;
import org.agentset.set.asn1.purchase.PReq;
import org.agentset.set.asn1.purchase.PReqDualSigned;
import org.agentset.set.asn1.purchase.PReqUnsigned;
import org.agentset.set.asn1.purchase.PRes;
import org.agentset.set.asn1.purchase.PResData;
import org.agentset.set.asn1.purchase.PResPayload;
import org.agentset.set.asn1.purchase.Results;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extensions;

/** Sample purchase messages, one per type (golden vectors are kept for these). */
public final class PurchaseCases {

  private PurchaseCases() {}

  public static PInitReq pInitReq() {
    return new PInitReq(
        nonce(0x11),
        "en-GB",
        bytes(0x10, 8),
        bytes(0x20, 8),
        nonce(0x12),
        brand(),
        "412345",
        thumbs(),
        null);
  }

  public static PInitResData pInitResData() {
    return new PInitResData(
        transIds(), nonce(0x11), nonce(0x12), nonce(0x13), null, thumb(0x80), thumbs(), null);
  }

  public static PInitRes pInitRes() {
    return new PInitRes(signed(MessageIdentifiers.PINIT_RES_DATA, der(pInitResData())));
  }

  public static PReq pReqDualSigned() {
    PISignature sig = new PISignature(signed(MessageIdentifiers.PI_TBS, null));
    PIDualSigned pi = new PIDualSigned(sig, enveloped(MessageIdentifiers.PI_DUAL_SIGNED_TBE, 0x21));
    OIDualSigned oi = new OIDualSigned(oiData(), dd(MessageIdentifiers.PI_DATA, 0x31));
    return new PReq(new PReqDualSigned(pi, oi));
  }

  public static PReq pReqUnsigned() {
    return new PReq(
        new PReqUnsigned(
            new PIUnsigned(enveloped(MessageIdentifiers.PI_UNSIGNED_TBE, 0x41)), oiData()));
  }

  public static PResData pResData() {
    Results results =
        new Results(
            new AcqCardMsg(enveloped(CMSObjectIdentifiers.data, 0x74)),
            new AuthStatus(DATE, AuthCode.APPROVED, amount()),
            new CapStatus(DATE, CapCode.SUCCESS, amount()),
            List.of(new CreditStatus(DATE, CredCode.SUCCESS, new CurrencyAmount(978, 345, -2))));
    Extensions receipt =
        AgentSetExtensions.of(
            AgentSetExtensions.nonCritical(
                MessageIdentifiers.EXT_GATEWAY_RECEIPT,
                GatewayCases.authResPayload().getGatewayReceipt()));
    return new PResData(
        transIds(),
        nonce(0x11),
        nonce(0x12),
        null,
        List.of(
            new PResPayload(CompletionCode.CAPTURE_PERFORMED, results, receipt),
            new PResPayload(CompletionCode.ORDER_RECEIVED, null, null)));
  }

  public static PRes pRes() {
    return new PRes(signed(MessageIdentifiers.PRES_DATA, der(pResData())));
  }

  public static InqReq inqReq() {
    return InqReq.unsigned(new InqReqData(transIds(), nonce(0x14), nonce(0x15), null));
  }

  public static List<Case> all() {
    return List.of(
        new Case("PInitReq", pInitReq(), PInitReq::getInstance),
        new Case("PInitResData", pInitResData(), PInitResData::getInstance),
        new Case("PInitRes", pInitRes(), PInitRes::getInstance),
        new Case(
            "HODInput",
            new HODInput(
                "2 x widget".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                amount(),
                nonce(0x05),
                InstallRecurData.instalments(3),
                null),
            HODInput::getInstance),
        new Case("OIData", oiData(), OIData::getInstance),
        new Case("PIHead", piHead(), PIHead::getInstance),
        new Case("PIData", new PIData(piHead(), panData()), PIData::getInstance),
        new Case(
            "PI-OILink",
            new PIOILink(piHead(), dd(MessageIdentifiers.OI_DATA, 0x51)),
            PIOILink::getInstance),
        new Case(
            "PI-TBS",
            new PITBS(dd(MessageIdentifiers.PI_DATA, 0x31), dd(MessageIdentifiers.OI_DATA, 0x51)),
            PITBS::getInstance),
        new Case("PReq-dualSigned", pReqDualSigned(), PReq::getInstance),
        new Case("PReq-unsigned", pReqUnsigned(), PReq::getInstance),
        new Case("PRes", pRes(), PRes::getInstance),
        new Case("PResData", pResData(), PResData::getInstance),
        new Case(
            "InqReq-signed",
            InqReq.signed(signed(MessageIdentifiers.PRES_DATA, null)),
            InqReq::getInstance),
        new Case("InqReq-unsigned", inqReq(), InqReq::getInstance),
        new Case(
            "InqRes",
            new InqRes(signed(MessageIdentifiers.PRES_DATA, der(pResData()))),
            InqRes::getInstance),
        new Case(
            "PI-dualSigned",
            PI.of(pReqDualSigned().getDualSigned().getPiDualSigned()),
            PI::getInstance));
  }

  static byte[] der(org.bouncycastle.asn1.ASN1Object o) {
    return new Case("", o, null).der();
  }
}
