package org.agentset.set.asn1;

import static org.agentset.set.asn1.Samples.*;

import java.time.Instant;
import java.util.List;
import org.agentset.set.asn1.gateway.AcqCardCode;
import org.agentset.set.asn1.gateway.AcqCardCodeMsg;
import org.agentset.set.asn1.gateway.AcqCardMsg;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.gateway.AuthHeader;
import org.agentset.set.asn1.gateway.AuthReq;
import org.agentset.set.asn1.gateway.AuthReqData;
import org.agentset.set.asn1.gateway.AuthReqItem;
import org.agentset.set.asn1.gateway.AuthReqPayload;
import org.agentset.set.asn1.gateway.AuthRes;
import org.agentset.set.asn1.gateway.AuthResBaggage;
import org.agentset.set.asn1.gateway.AuthResData;
import org.agentset.set.asn1.gateway.AuthResPayload;
import org.agentset.set.asn1.gateway.AuthRevCode;
import org.agentset.set.asn1.gateway.AuthRevReq;
import org.agentset.set.asn1.gateway.AuthRevReqBaggage;
import org.agentset.set.asn1.gateway.AuthRevReqData;
import org.agentset.set.asn1.gateway.AuthRevRes;
import org.agentset.set.asn1.gateway.AuthRevResBaggage;
import org.agentset.set.asn1.gateway.AuthRevResData;
import org.agentset.set.asn1.gateway.AuthTags;
import org.agentset.set.asn1.gateway.AuthToken;
import org.agentset.set.asn1.gateway.AuthTokenData;
import org.agentset.set.asn1.gateway.BrandAndBIN;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CapItem;
import org.agentset.set.asn1.gateway.CapPayload;
import org.agentset.set.asn1.gateway.CapReq;
import org.agentset.set.asn1.gateway.CapReqData;
import org.agentset.set.asn1.gateway.CapRes;
import org.agentset.set.asn1.gateway.CapResData;
import org.agentset.set.asn1.gateway.CapResItem;
import org.agentset.set.asn1.gateway.CapResPayload;
import org.agentset.set.asn1.gateway.CapToken;
import org.agentset.set.asn1.gateway.CapTokenData;
import org.agentset.set.asn1.gateway.CheckDigests;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.gateway.CredItem;
import org.agentset.set.asn1.gateway.CredReq;
import org.agentset.set.asn1.gateway.CredReqData;
import org.agentset.set.asn1.gateway.CredRes;
import org.agentset.set.asn1.gateway.CredResData;
import org.agentset.set.asn1.gateway.CredResItem;
import org.agentset.set.asn1.gateway.GatewayReceipt;
import org.agentset.set.asn1.gateway.GatewayReceiptData;
import org.agentset.set.asn1.gateway.MerTermIDs;
import org.agentset.set.asn1.gateway.MerchData;
import org.agentset.set.asn1.gateway.MerchGroup;
import org.agentset.set.asn1.gateway.MerchantBinding;
import org.agentset.set.asn1.gateway.PCertCode;
import org.agentset.set.asn1.gateway.PCertReq;
import org.agentset.set.asn1.gateway.PCertReqData;
import org.agentset.set.asn1.gateway.PCertRes;
import org.agentset.set.asn1.gateway.PCertResItem;
import org.agentset.set.asn1.gateway.PCertResTBS;
import org.agentset.set.asn1.gateway.RRTags;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.Linked;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.purchase.InstallRecurData;
import org.agentset.set.asn1.purchase.PI;
import org.agentset.set.asn1.purchase.PIUnsigned;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;

/** Sample merchant-gateway messages. */
public final class GatewayCases {

  private GatewayCases() {}

  public static RRTags rrTags(int seed) {
    return new RRTags(
        nonce(seed), new MerTermIDs(merchantId(), "T-01", big(7), null, big(12)), DATE);
  }

  public static AuthTags authTags() {
    return new AuthTags(rrTags(0x61), transIds(), big(1234));
  }

  public static AuthReqItem authReqItem() {
    return new AuthReqItem(
        authTags(),
        new CheckDigests(
            dd(MessageIdentifiers.OI_DATA, 0x51), dd(MessageIdentifiers.HOD_INPUT, 0xA0)),
        new AuthReqPayload(
            false,
            amount(),
            true,
            InstallRecurData.instalments(3),
            new MerchData("5734", MerchGroup.OTHER),
            null));
  }

  public static CapToken capToken(int seed) {
    return new CapToken(enveloped(CMSObjectIdentifiers.data, seed));
  }

  public static AuthResPayload authResPayload() {
    GatewayReceiptData receiptData =
        new GatewayReceiptData(
            nonce(0x30),
            nonce(0x61),
            dd(MessageIdentifiers.HOD_INPUT, 0xA0),
            amount(),
            AuthCode.APPROVED,
            merchantId(),
            thumb(0x90),
            DATE,
            GatewayReceiptData.LABEL);
    GatewayReceipt receipt =
        new GatewayReceipt(
            signed(MessageIdentifiers.GATEWAY_RECEIPT_DATA, PurchaseCases.der(receiptData)));
    return new AuthResPayload(
        new AuthHeader(amount(), AuthCode.APPROVED, DATE, "A1B2C3", "00", bytes(0x01, 12)),
        new CapResPayload(CapCode.SUCCESS, amount(), DATE, big(42), big(3)),
        AgentSetExtensions.of(
            AgentSetExtensions.critical(
                MessageIdentifiers.EXT_MERCHANT_BINDING,
                new MerchantBinding(merchantId(), thumb(0x90))),
            AgentSetExtensions.nonCritical(MessageIdentifiers.EXT_GATEWAY_RECEIPT, receipt)));
  }

  public static AuthReq authReq() {
    return new AuthReq(
        enveloped(CMSObjectIdentifiers.data, 0x71),
        PI.of(new PIUnsigned(enveloped(MessageIdentifiers.PI_UNSIGNED_TBE, 0x41))));
  }

  public static AuthRes authRes() {
    return new AuthRes(
        false,
        enveloped(CMSObjectIdentifiers.data, 0x72),
        new AuthResBaggage(
            capToken(0x73),
            new AcqCardMsg(enveloped(CMSObjectIdentifiers.data, 0x74)),
            new AuthToken(enveloped(CMSObjectIdentifiers.data, 0x75))));
  }

  public static CapReqData capReqData() {
    CapPayload capPayload = new CapPayload(DATE, amount(), authReqItem(), authResPayload(), null);
    return new CapReqData(
        rrTags(0x62), thumbs(), List.of(new CapItem(transIds(), nonce(0x61), capPayload)), null);
  }

  public static List<Case> all() {
    AuthReqData authReqData = new AuthReqData(authReqItem(), thumbs(), true);
    AuthResData authResData = new AuthResData(authTags(), null, thumb(0x80), authResPayload());
    CapPayload capPayload = new CapPayload(DATE, amount(), authReqItem(), authResPayload(), null);
    CapReqData capReqData =
        new CapReqData(
            rrTags(0x62),
            thumbs(),
            List.of(new CapItem(transIds(), nonce(0x61), capPayload)),
            null);
    CapResData capResData =
        new CapResData(
            rrTags(0x62),
            null,
            thumb(0x80),
            List.of(
                new CapResItem(
                    transIds(),
                    nonce(0x61),
                    new CapResPayload(CapCode.SUCCESS, amount(), DATE, null, null))),
            null);
    AuthRevReqData authRevReqData =
        new AuthRevReqData(
            authTags(),
            authReqData,
            authResPayload(),
            new org.agentset.set.asn1.msg.CurrencyAmount(978, 0, -2),
            null);
    AuthRevResData authRevResData =
        new AuthRevResData(
            AuthRevCode.APPROVED,
            authTags(),
            null,
            null,
            new org.agentset.set.asn1.msg.CurrencyAmount(978, 0, -2),
            null,
            null);
    CredReqData credReqData =
        new CredReqData(
            rrTags(0x63),
            thumbs(),
            List.of(new CredItem(transIds(), nonce(0x62), DATE, amount())),
            null);
    CredResData credResData =
        new CredResData(
            rrTags(0x63),
            null,
            thumb(0x80),
            List.of(new CredResItem(transIds(), nonce(0x62), CredCode.SUCCESS, amount(), big(42))),
            null);
    PCertReqData pCertReqData =
        new PCertReqData(
            rrTags(0x64),
            null,
            List.of(
                new BrandAndBIN(brand(), "412345"),
                new BrandAndBIN(SetString.of("Kärtchen", 40), null)),
            null);
    PCertResTBS pCertResTbs =
        new PCertResTBS(
            rrTags(0x64),
            List.of(
                new PCertResItem(PCertCode.SUCCESS, thumb(0x80)),
                new PCertResItem(PCertCode.BRAND_NOT_SUPPORTED, null)),
            null,
            null);
    return List.of(
        new Case("AuthReqData", authReqData, AuthReqData::getInstance),
        new Case(
            "AuthReqTBS",
            new Linked(authReqData, dd(MessageIdentifiers.PI, 0x33)),
            Linked::getInstance),
        new Case("AuthReq", authReq(), AuthReq::getInstance),
        new Case(
            "AuthReq-authToken",
            new AuthReq(
                enveloped(CMSObjectIdentifiers.data, 0x71),
                PI.of(new AuthToken(enveloped(CMSObjectIdentifiers.data, 0x75)))),
            AuthReq::getInstance),
        new Case("AuthResData", authResData, AuthResData::getInstance),
        new Case("AuthRes", authRes(), AuthRes::getInstance),
        new Case(
            "AuthRes-encBX",
            new AuthRes(
                true,
                enveloped(CMSObjectIdentifiers.data, 0x72),
                new AuthResBaggage(null, null, null)),
            AuthRes::getInstance),
        new Case(
            "CapTokenData",
            new CapTokenData(nonce(0x61), amount(), bytes(0x10, 40)),
            CapTokenData::getInstance),
        new Case(
            "AuthTokenData",
            new AuthTokenData(
                transIds(),
                amount(),
                merchantId(),
                new org.agentset.set.asn1.msg.BackKeyData(AES256_GCM, bytes(0xC0, 32)),
                InstallRecurData.recurring(30, Instant.parse("2027-03-01T00:00:00Z")),
                2L,
                DATE,
                amount(),
                bytes(0x11, 16)),
            AuthTokenData::getInstance),
        new Case(
            "AcqCardCodeMsg",
            new AcqCardCodeMsg(
                AcqCardCode.CALL_CUSTOMER_SERVICE,
                SetString.of("Please call your bank", 256),
                "https://bank.example/help",
                "0800123456"),
            AcqCardCodeMsg::getInstance),
        new Case(
            "GatewayReceipt", authResPayload().getGatewayReceipt(), GatewayReceipt::getInstance),
        new Case("CapReqData", capReqData, CapReqData::getInstance),
        new Case(
            "CapReq",
            new CapReq(
                false,
                enveloped(CMSObjectIdentifiers.data, 0x76),
                List.of(capToken(0x73), capToken(0x77))),
            CapReq::getInstance),
        new Case("CapResData", capResData, CapResData::getInstance),
        new Case(
            "CapRes", new CapRes(enveloped(CMSObjectIdentifiers.data, 0x78)), CapRes::getInstance),
        new Case("AuthRevReqData", authRevReqData, AuthRevReqData::getInstance),
        new Case(
            "AuthRevReq",
            new AuthRevReq(
                enveloped(CMSObjectIdentifiers.data, 0x79),
                new AuthRevReqBaggage(
                    PI.of(new PIUnsigned(enveloped(MessageIdentifiers.PI_UNSIGNED_TBE, 0x41))),
                    capToken(0x73))),
            AuthRevReq::getInstance),
        new Case("AuthRevResData", authRevResData, AuthRevResData::getInstance),
        new Case(
            "AuthRevRes",
            new AuthRevRes(
                enveloped(CMSObjectIdentifiers.data, 0x7A),
                new AuthRevResBaggage(capToken(0x7B), null)),
            AuthRevRes::getInstance),
        new Case("CredReqData", credReqData, CredReqData::getInstance),
        new Case(
            "CredReq",
            new CredReq(enveloped(CMSObjectIdentifiers.data, 0x7C), List.of(capToken(0x73))),
            CredReq::getInstance),
        new Case("CredResData", credResData, CredResData::getInstance),
        new Case(
            "CredRes",
            new CredRes(enveloped(CMSObjectIdentifiers.data, 0x7D)),
            CredRes::getInstance),
        new Case("PCertReqData", pCertReqData, PCertReqData::getInstance),
        new Case(
            "PCertReq",
            new PCertReq(
                signed(MessageIdentifiers.PCERT_REQ_DATA, PurchaseCases.der(pCertReqData))),
            PCertReq::getInstance),
        new Case("PCertResTBS", pCertResTbs, PCertResTBS::getInstance),
        new Case(
            "PCertRes",
            new PCertRes(signed(MessageIdentifiers.PCERT_RES_TBS, PurchaseCases.der(pCertResTbs))),
            PCertRes::getInstance));
  }
}
