package org.agentset.set.reg;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agentset.set.asn1.msg.BackKeyData;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.PANData0;
import org.agentset.set.asn1.msg.PANOnly;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.purchase.PInitReq;
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
import org.agentset.set.asn1.reg.PublicKeySorE;
import org.agentset.set.asn1.reg.RegFormReq;
import org.agentset.set.asn1.reg.RegFormReqData;
import org.agentset.set.asn1.reg.RegFormRes;
import org.agentset.set.asn1.reg.RegFormResTBS;
import org.agentset.set.asn1.reg.RequestType;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.PanIdentity;
import org.agentset.set.cert.PanSecret;
import org.agentset.set.crypto.Envelopes;
import org.agentset.set.crypto.Recipient;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SharedKey;
import org.agentset.set.crypto.SignedEnvelopeContent;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.crypto.Signer;
import org.agentset.set.msg.CardAccount;
import org.agentset.set.msg.Certificates;
import org.agentset.set.msg.Credential;
import org.agentset.set.msg.CryptoFailures;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.Received;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.msg.Verifier;
import org.agentset.set.msg.Wire;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The cardholder's side of SET cardholder registration (SET-PROTOCOL.md §2.2), six messages:
 *
 * <ol>
 *   <li>{@link #initiate()}: CardCInitReq, in the clear;
 *   <li>{@link #requestForm}: checks CardCInitRes (signed by the cardholder CA, naming its
 *       key-exchange certificate) and sends RegFormReq, {@code EXH(CA, RegFormReqData, PANOnly)};
 *   <li>{@link #readForm}: checks RegFormRes and returns the form (or the CA's referral);
 *   <li>{@link #requestCertificate}: CertReq, {@code EncX(new key, CA, CertReqData,
 *       AcctInfo{PANData0})} — signed with the <em>new</em> private key (proof of possession),
 *       carrying the CardSecret and the back key the CA must encrypt its answer with;
 *   <li>{@link #complete}: opens CertRes ({@code EncK(back key, CA, CertResData)}), checks the CA's
 *       signature and the echoes, derives PANSecret from CardSecret and the CA's NonceCCA ({@link
 *       PanSecret}) and checks the certificate certifies the new key for the hashed identity of
 *       this card ({@link PanIdentity}).
 * </ol>
 *
 * The card number leaves this object only inside the envelopes to the cardholder CA's key-exchange
 * certificate, which the cardholder validated.
 */
public final class CardholderRegistration {

  /** The back key's algorithm: the AES-256 key wrap of a CMS KEK recipient ({@link SharedKey}). */
  public static final AlgorithmIdentifier BACK_KEY_ALGORITHM =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_wrap);

  private final ClientSide client;
  private final PartyContext context;
  private final String brandId;
  private final String pan;
  private final YearMonth expiry;
  private final String language;

  /**
   * @param context suite, randomness, clock, trust (the brand's root) and replay store
   * @param brandId the card's brand, e.g. {@code AgentCard}
   * @param pan the card number (12 to 19 digits)
   * @param expiry the card's expiry month
   * @param language the language of the form asked for (RFC 1766, e.g. {@code en})
   */
  public CardholderRegistration(
      PartyContext context, String brandId, String pan, YearMonth expiry, String language) {
    this.context = Objects.requireNonNull(context, "context");
    this.client = new ClientSide(context);
    this.brandId = Objects.requireNonNull(brandId, "brandId");
    if (pan == null || !pan.matches("[0-9]{12,19}")) {
      throw new IllegalArgumentException("a PAN is 12 to 19 digits");
    }
    this.pan = pan;
    this.expiry = Objects.requireNonNull(expiry, "expiry");
    this.language = Objects.requireNonNull(language, "language");
  }

  /** CardCInitReq: fresh RRPID, LID-EE and Chall-EE. */
  public Step initiate() {
    byte[] rrpid = context.nonce();
    byte[] lidEe = context.nonce();
    byte[] challEe = context.nonce();
    CardCInitReq req =
        new CardCInitReq(rrpid, lidEe, challEe, SetString.of(brandId, PInitReq.BRAND_ID_MAX), null);
    byte[] message = Wire.der(client.wire.wrap(req, rrpid, (MessageIDs) null));
    return new Step(Step.Stage.INIT, message, rrpid, lidEe, challEe);
  }

  /**
   * Checks CardCInitRes and builds RegFormReq, encrypted to the key-exchange certificate it names.
   *
   * @throws SetProtocolException naming the failed check ({@link Refusal#PEER_ERROR} if the CA
   *     answered with an Error)
   */
  public Step requestForm(Step sent, byte[] cardCInitRes) throws SetProtocolException {
    sent.require(Step.Stage.INIT);
    Received<CardCInitRes> rx = client.receive(cardCInitRes, CardCInitRes.class);
    Verifier.Verified v =
        client.caSigned(
            rx.body(),
            EntityKind.CARDHOLDER,
            MessageIdentifiers.CARD_CINIT_RES_TBS,
            "CardCInitRes");
    CardCInitResTBS tbs = Wire.decode(v.content(), CardCInitResTBS::getInstance, "CardCInitResTBS");
    Wire.checkIds(rx.header(), tbs.getRrpid(), null);
    if (!Wire.same(tbs.getRrpid(), sent.rrpid)) {
      throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "CardCInitResTBS.rrpid");
    }
    if (!Wire.same(tbs.getChallEe(), sent.chall) || !Wire.same(tbs.getLidEe(), sent.lidEe)) {
      throw new SetProtocolException(Refusal.CHALLENGE_MISMATCH, "CardCInitResTBS.chall-EE");
    }
    X509Certificate exchange =
        context
            .trust()
            .find(
                c -> Certificates.identifies(tbs.getCaeThumb(), c),
                v.carried(),
                CertificateProfile.CARDHOLDER_CA_KEY_EXCHANGE,
                "CardCInitResTBS.caeThumb");
    if (!v.signer().getSubjectX500Principal().equals(exchange.getSubjectX500Principal())) {
      throw new SetProtocolException(Refusal.WRONG_CERTIFICATE_TYPE, "CardCInitResTBS.caeThumb");
    }
    byte[] rrpid = context.nonce();
    byte[] challEe2 = context.nonce();
    RegFormReqData data =
        new RegFormReqData(
            rrpid, sent.lidEe, challEe2, null, RequestType.CARD_INITIAL_SIG, language, null);
    try {
      byte[] exh =
          new Envelopes(context.suite(), context.random())
              .exh(
                  Recipient.of(context.suite(), Certificates.holder(exchange)),
                  RegIdentifiers.REG_FORM_REQ_TBE,
                  data,
                  MessageIdentifiers.PAN_ONLY,
                  new PANOnly(pan, context.nonce()));
      RegFormReq req = new RegFormReq(Wire.contentInfo(exh));
      byte[] message = Wire.der(client.wire.wrap(req, rrpid, (MessageIDs) null));
      Step step = new Step(Step.Stage.FORM_REQUESTED, message, rrpid, sent.lidEe, challEe2);
      step.caExchange = exchange;
      return step;
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "RegFormReq");
    }
  }

  /**
   * Checks RegFormRes (CA signature, echoes) and returns the form in {@link Step#form()}, or the
   * CA's refusal in {@link Step#referral()}.
   *
   * @throws SetProtocolException naming the failed check
   */
  public Step readForm(Step sent, byte[] regFormRes) throws SetProtocolException {
    sent.require(Step.Stage.FORM_REQUESTED);
    Received<RegFormRes> rx = client.receive(regFormRes, RegFormRes.class);
    Verifier.Verified v =
        client.caSigned(
            rx.body(), EntityKind.CARDHOLDER, MessageIdentifiers.REG_FORM_RES_TBS, "RegFormRes");
    RegFormResTBS tbs = Wire.decode(v.content(), RegFormResTBS::getInstance, "RegFormResTBS");
    Wire.checkIds(rx.header(), tbs.getRrpid(), null);
    if (!Wire.same(tbs.getRrpid(), sent.rrpid)) {
      throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "RegFormResTBS.rrpid");
    }
    if (!Wire.same(tbs.getChallEe2(), sent.chall) || !Wire.same(tbs.getLidEe(), sent.lidEe)) {
      throw new SetProtocolException(Refusal.CHALLENGE_MISMATCH, "RegFormResTBS.chall-EE2");
    }
    if (!v.signer().getSubjectX500Principal().equals(sent.caExchange.getSubjectX500Principal())) {
      throw new SetProtocolException(Refusal.SIGNATURE, "RegFormRes.signer");
    }
    Step step = new Step(Step.Stage.FORM_RECEIVED, null, tbs.getRrpid(), sent.lidEe, null);
    step.caExchange = sent.caExchange;
    step.lidCa = tbs.getLidCa();
    step.challCa = tbs.getChallCa();
    step.form = tbs.getRegFormOrReferral().getRegFormData();
    step.referral = tbs.getRegFormOrReferral().getReferralData();
    if (step.form != null && step.form.getRegTemplate() == null) {
      throw new SetProtocolException(Refusal.NOT_SERVED, "RegFormResTBS.regFormData");
    }
    return step;
  }

  /**
   * CertReq for {@code signatureKey}'s public key, answering the form with {@code answers} (field
   * name → value), signed with {@code signatureKey}'s private key.
   *
   * @param signatureKey a key pair never certified before, of the context's suite
   * @throws IllegalStateException if the CA sent a referral instead of a form
   */
  public Step requestCertificate(Step form, Map<String, String> answers, KeyPair signatureKey)
      throws SetProtocolException {
    return requestCertificate(form, answers, signatureKey, signatureKey);
  }

  /** As the public form, signing with {@code signer} (tests: a wrong proof of possession). */
  Step requestCertificate(
      Step form, Map<String, String> answers, KeyPair signatureKey, KeyPair signer)
      throws SetProtocolException {
    form.require(Step.Stage.FORM_RECEIVED);
    if (form.form == null) {
      throw new IllegalStateException("the CA referred the registration elsewhere: no form");
    }
    byte[] rrpid = context.nonce();
    byte[] challEe3 = context.nonce();
    byte[] cardSecret = context.nonce();
    byte[] back = new byte[SharedKey.LENGTH];
    context.random().nextBytes(back);
    CertReqData data =
        new CertReqData(
            rrpid,
            form.lidEe,
            challEe3,
            form.lidCa,
            form.challCa,
            RequestType.CARD_INITIAL_SIG,
            context.freshness().now(),
            null,
            form.form.getRegTemplate().getRegFormId(),
            RegistrationForms.answer(form.form, answers),
            new BackKeyData(BACK_KEY_ALGORITHM, back),
            new PublicKeySorE(
                SubjectPublicKeyInfo.getInstance(signatureKey.getPublic().getEncoded()), null),
            null,
            null);
    PANData0 panData = new PANData0(pan, CardAccount.expiry(expiry), cardSecret, context.nonce());
    try {
      byte[] encX =
          new SignedEnvelopes(context.suite(), context.random())
              .encX(
                  Signer.withKeyIdentifier(context.suite(), signer),
                  Recipient.of(context.suite(), Certificates.holder(form.caExchange)),
                  MessageIdentifiers.CERT_REQ_TBS,
                  RegIdentifiers.CERT_REQ_TBEX,
                  data,
                  RegIdentifiers.ACCT_INFO,
                  AcctInfo.of(panData));
      CertReq req = new CertReq(true, Wire.contentInfo(encX));
      byte[] message = Wire.der(client.wire.wrap(req, rrpid, (MessageIDs) null));
      Step step = new Step(Step.Stage.CERT_REQUESTED, message, rrpid, form.lidEe, challEe3);
      step.lidCa = form.lidCa;
      step.backKey = new SharedKey(rrpid, back);
      step.cardSecret = cardSecret;
      step.signatureKey = signatureKey;
      return step;
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "CertReq");
    }
  }

  /**
   * Opens and checks CertRes. A complete registration returns the new credential and the card as
   * the wallet keeps it (with CardSecret and PANSecret); any other status returns the CA's code and
   * message without them.
   *
   * @throws SetProtocolException naming the failed check
   */
  public Result complete(Step sent, byte[] certRes) throws SetProtocolException {
    sent.require(Step.Stage.CERT_REQUESTED);
    Received<CertRes> rx = client.receive(certRes, CertRes.class);
    if (!rx.body().isEncrypted()) {
      throw new SetProtocolException(Refusal.UNEXPECTED_MESSAGE, "CertRes.sig");
    }
    Verifier.Verified v;
    try {
      SignedEnvelopeContent opened =
          new SignedEnvelopes(context.suite(), context.random())
              .openEncK(
                  ClientSide.der(rx.body().getContent()),
                  List.of(sent.backKey),
                  RegIdentifiers.CERT_RES_TBE);
      v =
          client.verifier.envelope(
              opened,
              MessageIdentifiers.CERT_RES_DATA,
              EntityKind.CARDHOLDER.caSignatureProfile(),
              "CertRes");
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "CertRes");
    }
    CertResData data = Wire.decode(v.content(), CertResData::getInstance, "CertResData");
    Wire.checkIds(rx.header(), data.getRrpid(), null);
    ClientSide.checkEcho(data, sent);
    CertStatus status = data.getCertStatus();
    if (status.getCertStatusCode() != CertStatusCode.REQUEST_COMPLETE) {
      return new Result(status.getCertStatusCode(), ClientSide.message(status), null, null);
    }
    byte[] nonceCca = status.getNonceCca();
    if (nonceCca == null) {
      throw new SetProtocolException(Refusal.DECODING, "CertStatus.nonceCCA");
    }
    X509Certificate cert =
        client.certifying(
            sent.signatureKey.getPublic(),
            v.carried(),
            CertificateProfile.CARDHOLDER,
            "CertRes.certificates");
    PanSecret panSecret = PanSecret.derive(sent.cardSecret, nonceCca);
    if (!PanIdentity.compute(panSecret, pan, expiry).matches(cert)) {
      throw new SetProtocolException(Refusal.PAN_IDENTITY, "CertRes.certificates");
    }
    Credential credential =
        new Credential(sent.signatureKey, cert, ClientSide.issuers(cert, v.carried()));
    CardAccount card = new CardAccount(pan, expiry, sent.cardSecret, panSecret);
    return new Result(status.getCertStatusCode(), ClientSide.message(status), credential, card);
  }

  /**
   * The outcome of a cardholder registration.
   *
   * @param status the CA's CertStatusCode ({@code REQUEST_COMPLETE} when certified)
   * @param message the CA's message to the cardholder, or null
   * @param credential the new signature key, certificate and chain (root excluded), or null
   * @param card the card with its CardSecret and PANSecret, or null
   */
  public record Result(
      CertStatusCode status, String message, Credential credential, CardAccount card) {

    /** Whether the CA certified the key. */
    public boolean complete() {
      return status == CertStatusCode.REQUEST_COMPLETE && credential != null;
    }
  }
}
