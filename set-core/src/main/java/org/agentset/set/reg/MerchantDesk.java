package org.agentset.set.reg;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agentset.set.asn1.msg.MessageIdentifiers;
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
import org.agentset.set.asn1.reg.RegFormData;
import org.agentset.set.asn1.reg.RegFormOrReferral;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SignedContent;
import org.agentset.set.crypto.SignedEnvelopeContent;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.msg.CryptoFailures;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.Received;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.ReplayKind;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.msg.Wire;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The Merchant and Gateway CAs' desk: Me-AqCInitReq (the form, or a referral for an identity the
 * acquirer did not register), the Enc CertReq (proof of possession, the identity signed inside and
 * the enrolment code against the acquirer registration, both keys new), pended requests and the
 * CertInqReq about them.
 */
final class MerchantDesk extends CaSide {

  MerchantDesk(
      PartyContext context,
      String brandId,
      Map<EntityKind, CaKeys> cas,
      RegistrationPolicy policy,
      Sessions sessions) {
    super(context, brandId, cas, policy, sessions);
  }

  Answer merchantInit(Received<ASN1Object> rx, MeAqCInitReq r, Call call)
      throws SetProtocolException {
    call.request = "Me-AqCInitReq";
    EntityKind kind = EntityKind.of(r.getRequestType());
    if (kind == null || kind == EntityKind.CARDHOLDER) {
      throw new SetProtocolException(Refusal.NOT_SERVED, "Me-AqCInitReq.requestType");
    }
    call.kind = kind;
    Wire.checkIds(rx.header(), r.getRrpid(), null);
    checkBrand(r.getBrandId(), "Me-AqCInitReq.brandID");
    checkIdentityKind(kind, r.getIdData(), "Me-AqCInitReq.idData");
    CaKeys ca = cas.get(kind);
    Optional<AcquirerRecord> acquirer = policy.acquirer(kind, r.getIdData());
    acquirer.ifPresent(a -> call.requester = a.reference());
    byte[] lidCa = null;
    byte[] challCa;
    RegFormOrReferral formOrReferral;
    boolean refer = acquirer.isEmpty() || acquirer.get().status() == AcquirerRecord.Status.REJECTED;
    if (refer) {
      challCa = context.nonce();
      formOrReferral =
          referral(
              acquirer.isEmpty()
                  ? "This identity is not registered with the acquirer; ask your acquirer to"
                      + " register you."
                  : "Your acquirer has rejected this registration.");
    } else {
      lidCa = sessions.newLid(context.random());
      challCa = sessions.challenge(kind, lidCa, r.getLidEe(), null);
      formOrReferral = RegFormOrReferral.of(form(kind, r.getLanguage()));
    }
    MeAqCInitResTBS tbs =
        new MeAqCInitResTBS(
            r.getRrpid(),
            r.getLidEe(),
            r.getChallEe(),
            lidCa,
            challCa,
            r.getRequestType(),
            formOrReferral,
            ca.keyExchange().thumb(),
            null,
            null);
    MeAqCInitRes res =
        new MeAqCInitRes(
            sign(
                ca,
                MessageIdentifiers.ME_AQ_CINIT_RES_TBS,
                tbs,
                List.of(ca.keyExchange().certificate())));
    return answered(
        res,
        r.getRrpid(),
        call,
        refer ? Answer.Outcome.REJECTED : Answer.Outcome.ANSWERED,
        refer ? CertStatusCode.REJECTED_BY_ACQUIRER : null,
        List.of());
  }

  Answer merchantCertificates(Received<ASN1Object> rx, CertReq r, Call call)
      throws SetProtocolException {
    call.request = "CertReq";
    SignedEnvelopeContent opened = null;
    EntityKind kind = null;
    SetCryptoException failure = null;
    for (EntityKind k : List.of(EntityKind.MERCHANT, EntityKind.GATEWAY)) {
      try {
        opened =
            new SignedEnvelopes(context.suite(), context.random())
                .openEnc(
                    Wire.der(r.getContent()),
                    cas.get(k).keyExchange().recipientKey(),
                    RegIdentifiers.CERT_REQ_TBE);
        kind = k;
        break;
      } catch (SetCryptoException e) {
        if (failure == null || e.reason() != SetCryptoException.Reason.WRONG_RECIPIENT) {
          failure = e;
        }
      }
    }
    if (opened == null) {
      throw CryptoFailures.refusal(failure, Refusal.DECRYPTION, "CertReq");
    }
    call.kind = kind;
    Possessed p = possessed(opened, rx, kind);
    CertReqData d = p.data();
    IDData id = d.getIdData();
    if (id == null) {
      throw new SetProtocolException(Refusal.IDENTITY_MISMATCH, "CertReqData.idData");
    }
    checkIdentityKind(kind, id, "CertReqData.idData");
    sessions.check(kind, d.getLidCa(), d.getLidEe(), null, d.getChallCa());
    AcquirerRecord acquirer =
        policy
            .acquirer(kind, id)
            .orElseThrow(
                () -> new SetProtocolException(Refusal.IDENTITY_MISMATCH, "CertReqData.idData"));
    call.requester = acquirer.reference();
    RegFormData form = form(kind, null);
    Map<String, String> answers =
        form.getRegTemplate().getRegFormId().equals(d.getRegFormId())
            ? RegistrationForms.read(form, d.getRegForm())
            : null;
    if (answers == null) {
      return merchantResult(
          kind,
          d,
          d.getLidCa(),
          status(
              CertStatusCode.REG_FORM_ANSWER_MALFORMED,
              "The registration form is not answered: fill in every required field."),
          List.of(),
          call,
          Answer.Outcome.REJECTED,
          false);
    }
    String code = answers.get(RegistrationForms.ENROLMENT_CODE);
    if (code == null || !acquirer.enrolmentCode().test(code)) {
      throw new SetProtocolException(
          Refusal.IDENTITY_MISMATCH, "CertReqData.regForm." + RegistrationForms.ENROLMENT_CODE);
    }
    SubjectPublicKeyInfo spkiE = d.getPublicKeySorE().getPublicKeyE();
    if (spkiE == null) {
      throw new SetProtocolException(Refusal.NOT_SERVED, "CertReqData.publicKeySorE.publicKeyE");
    }
    PublicKey keyE =
        decodeKey(spkiE, KeyPurpose.KEY_EXCHANGE, "CertReqData.publicKeySorE.publicKeyE");
    if (Arrays.equals(keyE.getEncoded(), p.signatureKey().getEncoded())) {
      throw new SetProtocolException(Refusal.KEY_ALREADY_CERTIFIED, "CertReqData.publicKeySorE");
    }
    if (policy.certified(p.signatureKey()) || policy.certified(keyE)) {
      throw new SetProtocolException(Refusal.KEY_ALREADY_CERTIFIED, "CertReqData.publicKeySorE");
    }
    return switch (acquirer.status()) {
      case REJECTED ->
          merchantResult(
              kind,
              d,
              d.getLidCa(),
              status(
                  CertStatusCode.REJECTED_BY_ACQUIRER,
                  "Your acquirer has rejected this registration."),
              List.of(),
              call,
              Answer.Outcome.REJECTED,
              false);
      case REVIEW -> {
        policy.pend(
            new PendingRequest(
                d.getLidCa(), kind, id, d.getPublicKeySorE().getPublicKeyS(), spkiE, List.of()));
        yield merchantResult(
            kind,
            d,
            d.getLidCa(),
            status(
                CertStatusCode.REQUEST_PENDED,
                "Your acquirer is reviewing this registration; inquire again later."),
            List.of(),
            call,
            Answer.Outcome.PENDED,
            false);
      }
      case ACTIVE -> {
        List<X509Certificate> issued = issueBoth(kind, acquirer, p.signatureKey(), keyE, call);
        yield merchantResult(
            kind,
            d,
            d.getLidCa(),
            status(CertStatusCode.REQUEST_COMPLETE, null),
            issued,
            call,
            Answer.Outcome.ISSUED,
            false);
      }
    };
  }

  Answer inquiry(Received<ASN1Object> rx, CertInqReq r, Call call) throws SetProtocolException {
    call.request = "CertInqReq";
    SignedContent signed;
    CertInqReqTBS peek;
    try {
      signed = SignedContent.read(Wire.der(r));
      peek = Wire.decode(signed.unverifiedContent(), CertInqReqTBS::getInstance, "CertInqReqTBS");
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "CertInqReq");
    }
    PendingRequest pending =
        policy
            .pending(peek.getLidCa())
            .orElseThrow(
                () -> new SetProtocolException(Refusal.UNKNOWN_LID, "CertInqReqTBS.lid-CA"));
    EntityKind kind = pending.kind();
    call.kind = kind;
    PublicKey keyS = decodeKey(pending.signatureKey(), KeyPurpose.SIGNATURE, "CertInqReq");
    CertInqReqTBS tbs;
    try {
      tbs =
          Wire.decode(
              signed.verify(context.suite(), keyS, MessageIdentifiers.CERT_INQ_REQ_TBS),
              CertInqReqTBS::getInstance,
              "CertInqReqTBS");
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "CertInqReq");
    }
    Wire.checkIds(rx.header(), tbs.getRrpid(), null);
    if (!context
        .replay()
        .firstUse(
            ReplayKind.REG_REQ_RRPID,
            tbs.getRrpid(),
            context.freshness().keepUntil(rx.header().getDate()))) {
      throw new SetProtocolException(Refusal.REPLAYED_RRPID, "CertInqReqTBS.rrpid");
    }
    CertReqData echo =
        new CertReqData(
            tbs.getRrpid(),
            tbs.getLidEe(),
            tbs.getChallEe3(),
            tbs.getLidCa(),
            null,
            kind.requestType(),
            context.freshness().now(),
            null,
            0,
            null,
            null,
            new org.agentset.set.asn1.reg.PublicKeySorE(pending.signatureKey(), null),
            null,
            null);
    if (!pending.issued().isEmpty()) {
      return merchantResult(
          kind,
          echo,
          tbs.getLidCa(),
          status(CertStatusCode.REQUEST_COMPLETE, null),
          pending.issued(),
          call,
          Answer.Outcome.ISSUED,
          true);
    }
    Optional<AcquirerRecord> acquirer = policy.acquirer(kind, pending.idData());
    acquirer.ifPresent(a -> call.requester = a.reference());
    if (acquirer.isEmpty() || acquirer.get().status() == AcquirerRecord.Status.REJECTED) {
      policy.resolve(tbs.getLidCa(), List.of());
      return merchantResult(
          kind,
          echo,
          tbs.getLidCa(),
          status(
              CertStatusCode.REJECTED_BY_ACQUIRER, "Your acquirer has rejected this registration."),
          List.of(),
          call,
          Answer.Outcome.REJECTED,
          true);
    }
    if (acquirer.get().status() == AcquirerRecord.Status.REVIEW) {
      return merchantResult(
          kind,
          echo,
          tbs.getLidCa(),
          status(
              CertStatusCode.REQUEST_IN_PROGRESS,
              "Your acquirer is still reviewing this registration."),
          List.of(),
          call,
          Answer.Outcome.IN_PROGRESS,
          true);
    }
    PublicKey keyE = decodeKey(pending.keyExchangeKey(), KeyPurpose.KEY_EXCHANGE, "CertInqReq");
    if (policy.certified(keyS) || policy.certified(keyE)) {
      throw new SetProtocolException(Refusal.KEY_ALREADY_CERTIFIED, "CertInqReq");
    }
    List<X509Certificate> issued = issueBoth(kind, acquirer.get(), keyS, keyE, call);
    policy.resolve(tbs.getLidCa(), issued);
    return merchantResult(
        kind,
        echo,
        tbs.getLidCa(),
        status(CertStatusCode.REQUEST_COMPLETE, null),
        issued,
        call,
        Answer.Outcome.ISSUED,
        true);
  }

  List<X509Certificate> issueBoth(
      EntityKind kind, AcquirerRecord a, PublicKey keyS, PublicKey keyE, Call call)
      throws SetProtocolException {
    X500NameBuilder b =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.O, a.name())
            .addRDN(
                BCStyle.OU, kind == EntityKind.MERCHANT ? "SET Merchant" : "SET Payment Gateway")
            .addRDN(BCStyle.CN, kind == EntityKind.MERCHANT ? a.merchantId() : a.reference());
    if (a.categoryCode() != null) {
      b.addRDN(BCStyle.BUSINESS_CATEGORY, a.categoryCode());
    }
    X500Name subject = b.build();
    CertificateSpec sig;
    CertificateSpec kx;
    if (kind == EntityKind.MERCHANT) {
      var data =
          new org.agentset.set.asn1.cert.MerchantData(
              a.merchantId(),
              a.bin(),
              List.of(
                  new org.agentset.set.asn1.cert.MerNames(
                      "en", a.name(), a.city(), null, null, a.countryName())),
              a.country(),
              true);
      sig = CertificateSpec.merchantSignature(subject, keyS, data);
      kx = CertificateSpec.merchantKeyExchange(subject, keyE, data);
    } else {
      sig = CertificateSpec.gatewaySignature(subject, keyS, true);
      kx = CertificateSpec.gatewayKeyExchange(subject, keyE, null);
    }
    return List.of(issue(kind, sig, call), issue(kind, kx, call));
  }

  Answer merchantResult(
      EntityKind kind,
      CertReqData d,
      byte[] lidCa,
      CertStatus status,
      List<X509Certificate> issued,
      Call call,
      Answer.Outcome outcome,
      boolean inquiry)
      throws SetProtocolException {
    CaKeys ca = cas.get(kind);
    CertResData data =
        new CertResData(
            d.getRrpid(), d.getLidEe(), d.getChallEe3(), lidCa, status, null, null, null);
    CertRes res =
        new CertRes(false, sign(ca, MessageIdentifiers.CERT_RES_DATA, data, carried(ca, issued)));
    return answered(
        inquiry ? new CertInqRes(res) : res,
        d.getRrpid(),
        call,
        outcome,
        status.getCertStatusCode(),
        issued);
  }
}
