package org.agentset.set.reg;

import java.security.cert.X509Certificate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.PANData0;
import org.agentset.set.asn1.msg.PANOnly;
import org.agentset.set.asn1.reg.AcctInfo;
import org.agentset.set.asn1.reg.CardCInitReq;
import org.agentset.set.asn1.reg.CardCInitRes;
import org.agentset.set.asn1.reg.CardCInitResTBS;
import org.agentset.set.asn1.reg.CertReq;
import org.agentset.set.asn1.reg.CertReqData;
import org.agentset.set.asn1.reg.CertRes;
import org.agentset.set.asn1.reg.CertResData;
import org.agentset.set.asn1.reg.CertStatus;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.asn1.reg.RegFormData;
import org.agentset.set.asn1.reg.RegFormOrReferral;
import org.agentset.set.asn1.reg.RegFormReq;
import org.agentset.set.asn1.reg.RegFormReqData;
import org.agentset.set.asn1.reg.RegFormRes;
import org.agentset.set.asn1.reg.RegFormResTBS;
import org.agentset.set.asn1.reg.RequestType;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.cert.PanIdentity;
import org.agentset.set.cert.PanSecret;
import org.agentset.set.crypto.Envelopes;
import org.agentset.set.crypto.OpenedContent;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SharedKey;
import org.agentset.set.crypto.SignedEnvelopeContent;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.msg.CryptoFailures;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.Received;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.msg.Wire;
import org.bouncycastle.asn1.ASN1Object;

/**
 * The Cardholder CA's desk: CardCInitReq, RegFormReq (the PAN in the envelope's key block, the form
 * or a referral by the card's BIN) and the EncX CertReq (proof of possession, the form session
 * bound to the card, the card checks, PANSecret from CardSecret and NonceCCA, the CertRes under the
 * cardholder's back key).
 */
final class CardholderDesk extends CaSide {

  CardholderDesk(
      PartyContext context,
      String brandId,
      Map<EntityKind, CaKeys> cas,
      RegistrationPolicy policy,
      Sessions sessions) {
    super(context, brandId, cas, policy, sessions);
  }

  Answer cardholderInit(Received<ASN1Object> rx, CardCInitReq r, Call call)
      throws SetProtocolException {
    call.request = "CardCInitReq";
    call.kind = EntityKind.CARDHOLDER;
    Wire.checkIds(rx.header(), r.getRrpid(), null);
    checkBrand(r.getBrandId(), "CardCInitReq.brandID");
    CaKeys ca = cas.get(EntityKind.CARDHOLDER);
    CardCInitResTBS tbs =
        new CardCInitResTBS(
            r.getRrpid(), r.getLidEe(), r.getChallEe(), null, ca.keyExchange().thumb(), null, null);
    CardCInitRes res =
        new CardCInitRes(
            sign(
                ca,
                MessageIdentifiers.CARD_CINIT_RES_TBS,
                tbs,
                List.of(ca.keyExchange().certificate())));
    return answered(res, r.getRrpid(), call, Answer.Outcome.ANSWERED, null, List.of());
  }

  Answer registrationForm(Received<ASN1Object> rx, RegFormReq r, Call call)
      throws SetProtocolException {
    call.request = "RegFormReq";
    call.kind = EntityKind.CARDHOLDER;
    CaKeys ca = cas.get(EntityKind.CARDHOLDER);
    OpenedContent opened;
    try {
      opened =
          new Envelopes(context.suite(), context.random())
              .openExh(
                  Wire.der(r),
                  ca.keyExchange().recipientKey(),
                  RegIdentifiers.REG_FORM_REQ_TBE,
                  MessageIdentifiers.PAN_ONLY);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.DECRYPTION, "RegFormReq");
    }
    RegFormReqData d = Wire.decode(opened.content(), RegFormReqData::getInstance, "RegFormReqData");
    PANOnly pan = Wire.decode(opened.extra(), PANOnly::getInstance, "PANOnly");
    Wire.checkIds(rx.header(), d.getRrpid(), null);
    if (d.getRequestType() != RequestType.CARD_INITIAL_SIG) {
      throw new SetProtocolException(Refusal.NOT_SERVED, "RegFormReqData.requestType");
    }
    Optional<CardVerdict> verdict = policy.refuseCard(pan.getPan(), null);
    byte[] lidCa = null;
    RegFormOrReferral formOrReferral;
    byte[] challCa;
    if (verdict.isPresent()) {
      challCa = context.nonce();
      formOrReferral = referral(verdict.get().reason());
    } else {
      lidCa = sessions.newLid(context.random());
      challCa = sessions.challenge(EntityKind.CARDHOLDER, lidCa, d.getLidEe(), pan.getPan());
      formOrReferral = RegFormOrReferral.of(form(EntityKind.CARDHOLDER, d.getLanguage()));
    }
    RegFormResTBS tbs =
        new RegFormResTBS(
            d.getRrpid(),
            d.getLidEe(),
            d.getChallEe2(),
            lidCa,
            challCa,
            ca.keyExchange().thumb(),
            RequestType.CARD_INITIAL_SIG,
            formOrReferral,
            null,
            null);
    RegFormRes res = new RegFormRes(sign(ca, MessageIdentifiers.REG_FORM_RES_TBS, tbs, List.of()));
    return answered(
        res,
        d.getRrpid(),
        call,
        verdict.isPresent() ? Answer.Outcome.REJECTED : Answer.Outcome.ANSWERED,
        verdict.map(CardVerdict::code).orElse(null),
        List.of());
  }

  Answer cardholderCertificate(Received<ASN1Object> rx, CertReq r, Call call)
      throws SetProtocolException {
    call.request = "CertReq";
    call.kind = EntityKind.CARDHOLDER;
    CaKeys ca = cas.get(EntityKind.CARDHOLDER);
    SignedEnvelopeContent opened;
    try {
      opened =
          new SignedEnvelopes(context.suite(), context.random())
              .openEncX(
                  Wire.der(r.getContent()),
                  ca.keyExchange().recipientKey(),
                  RegIdentifiers.CERT_REQ_TBEX,
                  RegIdentifiers.ACCT_INFO);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.DECRYPTION, "CertReq");
    }
    Possessed p = possessed(opened, rx, EntityKind.CARDHOLDER);
    CertReqData d = p.data();
    AcctInfo acct = Wire.decode(p.extra(), AcctInfo::getInstance, "AcctInfo");
    PANData0 card = acct.getPanData0();
    if (card == null) {
      throw new SetProtocolException(Refusal.NOT_SERVED, "AcctInfo.acctData");
    }
    sessions.check(
        EntityKind.CARDHOLDER, d.getLidCa(), d.getLidEe(), card.getPan(), d.getChallCa());
    var back = d.getCaBackKeyData();
    if (back == null
        || !CardholderRegistration.BACK_KEY_ALGORITHM.equals(back.getBackAlgId())
        || back.getBackKey().length != SharedKey.LENGTH) {
      throw new SetProtocolException(Refusal.NOT_SERVED, "CertReqData.caBackKeyData");
    }
    if (d.getPublicKeySorE().getPublicKeyE() != null) {
      throw new SetProtocolException(Refusal.NOT_SERVED, "CertReqData.publicKeySorE.publicKeyE");
    }
    SharedKey backKey = new SharedKey(d.getRrpid(), back.getBackKey());
    YearMonth expiry =
        YearMonth.of(
            Integer.parseInt(card.getCardExpiry().substring(0, 4)),
            Integer.parseInt(card.getCardExpiry().substring(4, 6)));
    RegFormData form = form(EntityKind.CARDHOLDER, null);
    Optional<CardVerdict> verdict = policy.refuseCard(card.getPan(), expiry);
    if (!form.getRegTemplate().getRegFormId().equals(d.getRegFormId())
        || RegistrationForms.read(form, d.getRegForm()) == null) {
      verdict =
          Optional.of(
              new CardVerdict(
                  CertStatusCode.REG_FORM_ANSWER_MALFORMED,
                  "The registration form is not answered: fill in every required field."));
    }
    if (verdict.isPresent()) {
      return cardholderResult(
          ca,
          backKey,
          d,
          new CertStatus(verdict.get().code(), null, text(verdict.get().reason()), null, null),
          List.of(),
          call,
          Answer.Outcome.REJECTED);
    }
    if (policy.certified(p.signatureKey())) {
      throw new SetProtocolException(Refusal.KEY_ALREADY_CERTIFIED, "CertReqData.publicKeySorE");
    }
    byte[] nonceCca = context.nonce();
    PanSecret panSecret;
    try {
      panSecret = PanSecret.derive(card.getCardSecret(), nonceCca);
    } catch (IllegalArgumentException e) {
      throw new SetProtocolException(Refusal.DECODING, "PANData0.cardSecret", e);
    }
    PanIdentity identity = PanIdentity.compute(panSecret, card.getPan(), expiry);
    call.requester = "cardholder " + identity.toCommonName().substring(0, 16);
    X509Certificate cert =
        issue(
            EntityKind.CARDHOLDER,
            CertificateSpec.cardholder(identity, brandId, p.signatureKey(), expiry),
            call);
    Optional<CardVerdict> issuer =
        policy.handToIssuer(cert, card.getPan(), expiry, card.getCardSecret());
    if (issuer.isPresent()) {
      return cardholderResult(
          ca,
          backKey,
          d,
          new CertStatus(issuer.get().code(), null, text(issuer.get().reason()), null, null),
          List.of(),
          call,
          Answer.Outcome.REJECTED);
    }
    return cardholderResult(
        ca,
        backKey,
        d,
        new CertStatus(CertStatusCode.REQUEST_COMPLETE, nonceCca, null, null, null),
        List.of(cert),
        call,
        Answer.Outcome.ISSUED);
  }

  Answer cardholderResult(
      CaKeys ca,
      SharedKey backKey,
      CertReqData d,
      CertStatus status,
      List<X509Certificate> issued,
      Call call,
      Answer.Outcome outcome)
      throws SetProtocolException {
    CertResData data =
        new CertResData(
            d.getRrpid(), d.getLidEe(), d.getChallEe3(), d.getLidCa(), status, null, null, null);
    try {
      byte[] encK =
          new SignedEnvelopes(context.suite(), context.random())
              .encK(
                  backKey,
                  ca.signature().signer(context.suite(), carried(ca, issued)),
                  MessageIdentifiers.CERT_RES_DATA,
                  RegIdentifiers.CERT_RES_TBE,
                  data);
      return answered(
          new CertRes(true, Wire.contentInfo(encK)),
          d.getRrpid(),
          call,
          outcome,
          status.getCertStatusCode(),
          issued);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "CertRes");
    }
  }
}
