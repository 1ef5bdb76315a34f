package org.agentset.set.reg;

import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.PANData0;
import org.agentset.set.asn1.msg.PANOnly;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.reg.AcctInfo;
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
import org.agentset.set.asn1.reg.ReferralData;
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
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.crypto.OpenedContent;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SharedKey;
import org.agentset.set.crypto.Signatures;
import org.agentset.set.crypto.SignedContent;
import org.agentset.set.crypto.SignedEnvelopeContent;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.msg.CryptoFailures;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.Received;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.ReplayKind;
import org.agentset.set.msg.SetErrors;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.msg.Wire;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The CA's side of SET registration: one entry point, {@link #answer(byte[])}, taking any
 * registration request (CardCInitReq, RegFormReq, Me-AqCInitReq, CertReq, CertInqReq) and returning
 * the response to send, which is a SET Error (signed by the CA concerned) whenever the request is
 * refused. The checks, in order:
 *
 * <ul>
 *   <li>the front door ({@link Wire}): strict DER, a registration request, the CA's suite, no
 *       unknown critical extension, a fresh header; the brand this CA serves;
 *   <li>envelopes open with the key-exchange key of the CA they name; CertReq verifies with the
 *       signature key it proposes (<em>proof of possession</em>) and CertInqReq with the key of the
 *       pended request; the signed requestDate is fresh and the RRPID is used once ({@link
 *       ReplayKind#REG_REQ_RRPID}, kept in the caller's {@link org.agentset.set.msg.ReplayStore});
 *   <li>the CertReq answers a form this CA gave (LID-CA and Chall-CA, see {@link Sessions}), for
 *       the same card (cardholder); the identity signed inside is registered with the acquirer and
 *       the enrolment code matches (merchant, gateway; SET-PROTOCOL.md §5.3 item 1);
 *   <li>the card passes the CA's checks ({@link RegistrationPolicy#refuseCard}); no key proposed
 *       was ever certified (§5.3 item 2).
 * </ul>
 *
 * A cardholder's certificate names {@link PanIdentity} keyed with PANSecret, derived from the
 * cardholder's CardSecret and the CA's NonceCCA ({@link PanSecret}); the CA keeps neither the card
 * number nor PANSecret. Its CertRes is encrypted under the back key the cardholder sent; a
 * merchant's or gateway's is signed only. This class holds no state: sessions are authenticated by
 * the session key, pended requests live in the {@link RegistrationPolicy}.
 */
public final class RegistrationAuthority {

  /** How long a LID-CA given in a form stays valid for the CertReq answering it. */
  public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(1);

  private final PartyContext context;
  private final String brandId;
  private final Map<EntityKind, CaKeys> cas;
  private final RegistrationPolicy policy;
  private final Sessions sessions;
  private final Wire wire;
  private final SetErrors errors;

  /**
   * @param context suite, randomness, clock and freshness, trust, and the replay store for RRPIDs
   * @param brandId the one brand this CA serves (e.g. {@code AgentCard})
   * @param cas the cardholder, merchant and gateway CAs' keys
   * @param policy forms, checks, issuance and pending requests
   * @param sessionKey at least 32 secret bytes authenticating LID-CA and Chall-CA; keep it across
   *     restarts so registrations in progress survive them
   * @param sessionLifetime how long a form stays answerable
   */
  public RegistrationAuthority(
      PartyContext context,
      String brandId,
      Map<EntityKind, CaKeys> cas,
      RegistrationPolicy policy,
      byte[] sessionKey,
      Duration sessionLifetime) {
    this.context = Objects.requireNonNull(context, "context");
    this.brandId = Objects.requireNonNull(brandId, "brandId");
    this.cas = new EnumMap<>(cas);
    for (EntityKind k : EntityKind.values()) {
      if (!this.cas.containsKey(k)) {
        throw new IllegalArgumentException("no keys for the " + k + " CA");
      }
    }
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sessions = new Sessions(sessionKey, context.freshness().clock(), sessionLifetime);
    this.wire = new Wire(context);
    this.errors = new SetErrors(context);
  }

  /** What is known about the request being answered, for the answer and the records. */
  private static final class Call {
    String request = "?";
    EntityKind kind;
    String requester;
  }

  /**
   * Answers one registration request. Never throws for bad input: a refused request gets a SET
   * Error in {@link Answer#response()} and {@link Answer.Outcome#REFUSED}; the caller must then
   * make sure nothing it did for this request is kept (roll back its transaction), except the
   * record of the refusal.
   */
  public Answer answer(byte[] request) {
    Call call = new Call();
    try {
      Received<ASN1Object> rx = wire.receive(request, ASN1Object.class);
      ASN1Object body = rx.body();
      if (body instanceof CardCInitReq r) {
        return cardholderInit(rx, r, call);
      } else if (body instanceof RegFormReq r) {
        return registrationForm(rx, r, call);
      } else if (body instanceof MeAqCInitReq r) {
        return merchantInit(rx, r, call);
      } else if (body instanceof CertReq r) {
        return r.isExtra() ? cardholderCertificate(rx, r, call) : merchantCertificates(rx, r, call);
      } else if (body instanceof CertInqReq r) {
        return inquiry(rx, r, call);
      }
      call.request = body.getClass().getSimpleName();
      throw new SetProtocolException(Refusal.UNEXPECTED_MESSAGE, "MessageWrapper.message");
    } catch (SetProtocolException e) {
      return refused(request, e, call);
    } catch (RuntimeException e) {
      return refused(
          request, new SetProtocolException(Refusal.DECODING, "MessageWrapper", e), call);
    }
  }

  // ------------------------------------------------------------------ cardholder

  private Answer cardholderInit(Received<ASN1Object> rx, CardCInitReq r, Call call)
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

  private Answer registrationForm(Received<ASN1Object> rx, RegFormReq r, Call call)
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

  private Answer cardholderCertificate(Received<ASN1Object> rx, CertReq r, Call call)
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
    CertReqData d = p.data;
    AcctInfo acct = Wire.decode(p.extra, AcctInfo::getInstance, "AcctInfo");
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
    if (policy.certified(p.signatureKey)) {
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
            CertificateSpec.cardholder(identity, brandId, p.signatureKey, expiry),
            call);
    return cardholderResult(
        ca,
        backKey,
        d,
        new CertStatus(CertStatusCode.REQUEST_COMPLETE, nonceCca, null, null, null),
        List.of(cert),
        call,
        Answer.Outcome.ISSUED);
  }

  private Answer cardholderResult(
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

  // ------------------------------------------------------------------ merchant and gateway

  private Answer merchantInit(Received<ASN1Object> rx, MeAqCInitReq r, Call call)
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

  private Answer merchantCertificates(Received<ASN1Object> rx, CertReq r, Call call)
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
    CertReqData d = p.data;
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
    if (Arrays.equals(keyE.getEncoded(), p.signatureKey.getEncoded())) {
      throw new SetProtocolException(Refusal.KEY_ALREADY_CERTIFIED, "CertReqData.publicKeySorE");
    }
    if (policy.certified(p.signatureKey) || policy.certified(keyE)) {
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
        List<X509Certificate> issued = issueBoth(kind, acquirer, p.signatureKey, keyE, call);
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

  private Answer inquiry(Received<ASN1Object> rx, CertInqReq r, Call call)
      throws SetProtocolException {
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

  private List<X509Certificate> issueBoth(
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

  private Answer merchantResult(
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

  // ------------------------------------------------------------------ shared steps

  /** A CertReq whose proof of possession verified. */
  private record Possessed(CertReqData data, byte[] extra, PublicKey signatureKey) {}

  /**
   * Verifies the CertReq with the signature key it proposes, then checks its IDs, type, signed date
   * and RRPID.
   */
  private Possessed possessed(
      SignedEnvelopeContent opened, Received<ASN1Object> rx, EntityKind kind)
      throws SetProtocolException {
    CertReqData peek;
    try {
      peek = Wire.decode(opened.unverifiedContent(), CertReqData::getInstance, "CertReqData");
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.DECRYPTION, "CertReq");
    }
    SubjectPublicKeyInfo spkiS = peek.getPublicKeySorE().getPublicKeyS();
    if (spkiS == null) {
      throw new SetProtocolException(Refusal.NOT_SERVED, "CertReqData.publicKeySorE.publicKeyS");
    }
    PublicKey keyS = decodeKey(spkiS, KeyPurpose.SIGNATURE, "CertReqData.publicKeySorE.publicKeyS");
    OpenedContent released;
    try {
      released = opened.verify(keyS, MessageIdentifiers.CERT_REQ_TBS);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.PROOF_OF_POSSESSION, "CertReq");
    }
    CertReqData d = Wire.decode(released.content(), CertReqData::getInstance, "CertReqData");
    Wire.checkIds(rx.header(), d.getRrpid(), null);
    if (d.getRequestType() != kind.requestType()) {
      throw new SetProtocolException(Refusal.NOT_SERVED, "CertReqData.requestType");
    }
    context.freshness().checkSigned(d.getRequestDate(), "CertReqData.requestDate");
    if (!context
        .replay()
        .firstUse(
            ReplayKind.REG_REQ_RRPID,
            d.getRrpid(),
            context.freshness().keepUntil(d.getRequestDate()))) {
      throw new SetProtocolException(Refusal.REPLAYED_RRPID, "CertReqData.rrpid");
    }
    return new Possessed(d, released.extra(), keyS);
  }

  private PublicKey decodeKey(SubjectPublicKeyInfo spki, KeyPurpose purpose, String field)
      throws SetProtocolException {
    try {
      return context.suite().decodePublicKey(purpose, spki);
    } catch (SetCryptoException e) {
      throw new SetProtocolException(Refusal.NOT_SERVED, field, e);
    }
  }

  private X509Certificate issue(EntityKind kind, CertificateSpec spec, Call call)
      throws SetProtocolException {
    try {
      return policy.issue(kind, spec, call.requester);
    } catch (KeyAlreadyCertifiedException e) {
      throw new SetProtocolException(Refusal.KEY_ALREADY_CERTIFIED, "CertReqData.publicKeySorE", e);
    }
  }

  private void checkBrand(SetString brand, String field) throws SetProtocolException {
    if (!brandId.equals(brand.toString())) {
      throw new SetProtocolException(Refusal.NOT_SERVED, field);
    }
  }

  private static void checkIdentityKind(EntityKind kind, IDData id, String field)
      throws SetProtocolException {
    boolean merchant = id.getMerchantAcquirerId() != null;
    if (merchant != (kind == EntityKind.MERCHANT)) {
      throw new SetProtocolException(Refusal.IDENTITY_MISMATCH, field);
    }
  }

  private RegFormData form(EntityKind kind, String language) {
    RegFormData form = policy.form(kind, language);
    if (form == null || form.getRegTemplate() == null) {
      throw new IllegalStateException("the policy gave no form for " + kind);
    }
    return form;
  }

  private static RegFormOrReferral referral(String reason) {
    return RegFormOrReferral.of(new ReferralData(text(reason)));
  }

  private static SetString text(String s) {
    return s == null ? null : SetString.of(s.length() > 512 ? s.substring(0, 512) : s, 512);
  }

  private static CertStatus status(CertStatusCode code, String message) {
    return new CertStatus(code, null, text(message), null, null);
  }

  /** S(CA, t) carrying the CA's path and {@code alsoCarried}. */
  private org.bouncycastle.asn1.cms.ContentInfo sign(
      CaKeys ca, ASN1ObjectIdentifier type, ASN1Object tbs, List<X509Certificate> alsoCarried)
      throws SetProtocolException {
    try {
      return Wire.contentInfo(
          new Signatures(context.suite())
              .s(ca.signature().signer(context.suite(), alsoCarried), type, tbs));
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, type.getId());
    }
  }

  /** The new certificates and the issuing CA's chain, without those the CA's path already has. */
  private static List<X509Certificate> carried(CaKeys ca, List<X509Certificate> issued) {
    List<X509Certificate> out = new ArrayList<>(issued);
    for (X509Certificate c : ca.issuerChain()) {
      if (!ca.signature().path().contains(c) && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private Answer answered(
      ASN1Object body,
      byte[] rrpid,
      Call call,
      Answer.Outcome outcome,
      CertStatusCode status,
      List<X509Certificate> issued) {
    byte[] response = Wire.der(wire.wrap(body, rrpid, (MessageIDs) null));
    return new Answer(
        response, call.request, call.kind, outcome, status, call.requester, issued, null);
  }

  private Answer refused(byte[] request, SetProtocolException e, Call call) {
    CaKeys ca = cas.get(call.kind == null ? EntityKind.CARDHOLDER : call.kind);
    byte[] response;
    try {
      response = Wire.der(errors.signed(request, e, ca.signature()));
    } catch (SetProtocolException signing) {
      response = Wire.der(errors.unsigned(request, e));
    }
    return new Answer(
        response,
        call.request,
        call.kind,
        Answer.Outcome.REFUSED,
        null,
        call.requester,
        List.of(),
        e);
  }

  static byte[] encoded(X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
