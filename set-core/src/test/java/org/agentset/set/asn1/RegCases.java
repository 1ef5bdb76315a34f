package org.agentset.set.asn1;

import static org.agentset.set.asn1.Samples.*;

import java.util.List;
import org.agentset.set.asn1.msg.BackKeyData;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.PANData0;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.reg.AcctData;
import org.agentset.set.asn1.reg.AcctInfo;
import org.agentset.set.asn1.reg.AcquirerID;
import org.agentset.set.asn1.reg.CAMsg;
import org.agentset.set.asn1.reg.CardCInitReq;
import org.agentset.set.asn1.reg.CardCInitRes;
import org.agentset.set.asn1.reg.CardCInitResTBS;
import org.agentset.set.asn1.reg.CertInqReq;
import org.agentset.set.asn1.reg.CertInqReqTBS;
import org.agentset.set.asn1.reg.CertInqRes;
import org.agentset.set.asn1.reg.CertReq;
import org.agentset.set.asn1.reg.CertReqData;
import org.agentset.set.asn1.reg.CertRes;
import org.agentset.set.asn1.reg.CertResData;
import org.agentset.set.asn1.reg.CertStatus;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.asn1.reg.IDData;
import org.agentset.set.asn1.reg.MeAqCInitReq;
import org.agentset.set.asn1.reg.MeAqCInitRes;
import org.agentset.set.asn1.reg.MeAqCInitResTBS;
import org.agentset.set.asn1.reg.MerchantAcquirerID;
import org.agentset.set.asn1.reg.PublicKeySorE;
import org.agentset.set.asn1.reg.ReferralData;
import org.agentset.set.asn1.reg.RegField;
import org.agentset.set.asn1.reg.RegFormData;
import org.agentset.set.asn1.reg.RegFormItem;
import org.agentset.set.asn1.reg.RegFormOrReferral;
import org.agentset.set.asn1.reg.RegFormReq;
import org.agentset.set.asn1.reg.RegFormReqData;
import org.agentset.set.asn1.reg.RegFormRes;
import org.agentset.set.asn1.reg.RegFormResTBS;
import org.agentset.set.asn1.reg.RegTemplate;
import org.agentset.set.asn1.reg.RequestType;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** Sample registration messages. */
public final class RegCases {

  private RegCases() {}

  public static SubjectPublicKeyInfo ed25519Key(int seed) {
    return new SubjectPublicKeyInfo(
        new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), bytes(seed, 32));
  }

  public static RegFormOrReferral regForm() {
    RegTemplate template =
        new RegTemplate(
            7,
            "https://ca.example/brand.png",
            null,
            List.of(
                new RegField(
                    new ASN1ObjectIdentifier("2.23.42.9.1"),
                    SetString.of("Postcode", 128),
                    SetString.of("As on your statement", 512),
                    10,
                    true,
                    false),
                new RegField(null, SetString.of("Name", 128), null, null, false, true)));
    return RegFormOrReferral.of(
        new RegFormData(template, SetString.of("You agree to the CA policy.", 4096)));
  }

  public static CardCInitReq cardCInitReq() {
    return new CardCInitReq(nonce(0x90), bytes(0x91, 4), nonce(0x92), brand(), thumbs());
  }

  public static CertReqData certReqData() {
    return new CertReqData(
        nonce(0x93),
        bytes(0x91, 4),
        nonce(0x94),
        bytes(0x95, 6),
        nonce(0x96),
        RequestType.CARD_INITIAL_SIG,
        DATE,
        null,
        7,
        List.of(new RegFormItem(SetString.of("Postcode", 128), SetString.of("1234 AB", 128))),
        new BackKeyData(AES256_GCM, bytes(0x97, 32)),
        new PublicKeySorE(ed25519Key(0x98), null),
        null,
        thumbs());
  }

  public static CertResData certResData() {
    CertStatus status =
        new CertStatus(
            CertStatusCode.REQUEST_COMPLETE,
            nonce(0x99),
            SetString.of("Welcome", 512),
            new CAMsg(
                "https://ca.example/card.png", null, 978, SetString.of("Card registered", 512)),
            null);
    return new CertResData(
        nonce(0x93), bytes(0x91, 4), nonce(0x94), bytes(0x95, 6), status, null, null, thumbs());
  }

  public static List<Case> all() {
    CardCInitResTBS cardCInitResTbs =
        new CardCInitResTBS(
            nonce(0x90), bytes(0x91, 4), nonce(0x92), bytes(0x95, 6), thumb(0x9A), null, thumbs());
    MeAqCInitReq meAqCInitReq =
        new MeAqCInitReq(
            nonce(0xA0),
            bytes(0xA1, 4),
            nonce(0xA2),
            RequestType.MER_INITIAL_BOTH,
            IDData.of(new MerchantAcquirerID("412345", merchantId())),
            brand(),
            "nl-NL",
            null);
    MeAqCInitReq gatewayInitReq =
        new MeAqCInitReq(
            nonce(0xA0),
            bytes(0xA1, 4),
            nonce(0xA2),
            RequestType.PGWY_INITIAL_BOTH,
            IDData.of(new AcquirerID("400000", "ACQ-1")),
            brand(),
            "en",
            thumbs());
    MeAqCInitResTBS meAqCInitResTbs =
        new MeAqCInitResTBS(
            nonce(0xA0),
            bytes(0xA1, 4),
            nonce(0xA2),
            null,
            nonce(0xA3),
            RequestType.MER_INITIAL_BOTH,
            regForm(),
            thumb(0x9A),
            null,
            null);
    RegFormReqData regFormReqData =
        new RegFormReqData(
            nonce(0xB0),
            bytes(0x91, 4),
            nonce(0xB1),
            bytes(0x95, 6),
            RequestType.CARD_INITIAL_SIG,
            "en-GB",
            null);
    RegFormResTBS regFormResTbs =
        new RegFormResTBS(
            nonce(0xB0),
            bytes(0x91, 4),
            nonce(0xB1),
            null,
            nonce(0xB2),
            thumb(0x9A),
            RequestType.CARD_INITIAL_SIG,
            RegFormOrReferral.of(
                new ReferralData(SetString.of("Your issuer registers cards itself", 512))),
            null,
            null);
    CertReqData merchantCertReqData =
        new CertReqData(
            nonce(0x93),
            bytes(0xA1, 4),
            nonce(0x94),
            null,
            nonce(0xA3),
            RequestType.MER_INITIAL_BOTH,
            DATE,
            IDData.of(new MerchantAcquirerID("412345", merchantId())),
            7,
            null,
            null,
            new PublicKeySorE(ed25519Key(0xA4), ed25519Key(0xA5)),
            thumb(0xA6),
            null);
    CertInqReqTBS certInqReqTbs =
        new CertInqReqTBS(nonce(0xC0), bytes(0x91, 4), nonce(0xC1), bytes(0x95, 6));
    return List.of(
        new Case("CardCInitReq", cardCInitReq(), CardCInitReq::getInstance),
        new Case("CardCInitResTBS", cardCInitResTbs, CardCInitResTBS::getInstance),
        new Case(
            "CardCInitRes",
            new CardCInitRes(
                signed(MessageIdentifiers.CARD_CINIT_RES_TBS, PurchaseCases.der(cardCInitResTbs))),
            CardCInitRes::getInstance),
        new Case("Me-AqCInitReq-merchant", meAqCInitReq, MeAqCInitReq::getInstance),
        new Case("Me-AqCInitReq-gateway", gatewayInitReq, MeAqCInitReq::getInstance),
        new Case("Me-AqCInitResTBS", meAqCInitResTbs, MeAqCInitResTBS::getInstance),
        new Case(
            "Me-AqCInitRes",
            new MeAqCInitRes(
                signed(MessageIdentifiers.ME_AQ_CINIT_RES_TBS, PurchaseCases.der(meAqCInitResTbs))),
            MeAqCInitRes::getInstance),
        new Case("RegFormReqData", regFormReqData, RegFormReqData::getInstance),
        new Case(
            "RegFormReq",
            new RegFormReq(enveloped(CMSObjectIdentifiers.data, 0xB3)),
            RegFormReq::getInstance),
        new Case("RegFormResTBS", regFormResTbs, RegFormResTBS::getInstance),
        new Case(
            "RegFormRes",
            new RegFormRes(
                signed(MessageIdentifiers.REG_FORM_RES_TBS, PurchaseCases.der(regFormResTbs))),
            RegFormRes::getInstance),
        new Case("CertReqData-cardholder", certReqData(), CertReqData::getInstance),
        new Case("CertReqData-merchant", merchantCertReqData, CertReqData::getInstance),
        new Case(
            "AcctInfo-panData0",
            AcctInfo.of(new PANData0("4123450000000019", "202812", bytes(0xD8, 32), nonce(0xE0))),
            AcctInfo::getInstance),
        new Case(
            "AcctInfo-acctData",
            AcctInfo.of(new AcctData("NL91ABNA0417164300", nonce(0xE1))),
            AcctInfo::getInstance),
        new Case(
            "CertReq-encX",
            new CertReq(true, enveloped(CMSObjectIdentifiers.data, 0xB4)),
            CertReq::getInstance),
        new Case(
            "CertReq-enc",
            new CertReq(false, enveloped(CMSObjectIdentifiers.data, 0xB5)),
            CertReq::getInstance),
        new Case("CertResData", certResData(), CertResData::getInstance),
        new Case(
            "CertRes-encK",
            new CertRes(true, enveloped(CMSObjectIdentifiers.data, 0xB6)),
            CertRes::getInstance),
        new Case(
            "CertRes-sig",
            new CertRes(
                false, signed(MessageIdentifiers.CERT_RES_DATA, PurchaseCases.der(certResData()))),
            CertRes::getInstance),
        new Case("CertInqReqTBS", certInqReqTbs, CertInqReqTBS::getInstance),
        new Case(
            "CertInqReq",
            new CertInqReq(
                signed(MessageIdentifiers.CERT_INQ_REQ_TBS, PurchaseCases.der(certInqReqTbs))),
            CertInqReq::getInstance),
        new Case(
            "CertInqRes",
            new CertInqRes(
                new CertRes(
                    false,
                    signed(MessageIdentifiers.CERT_RES_DATA, PurchaseCases.der(certResData())))),
            CertInqRes::getInstance));
  }
}
