package org.agentset.set.reg;

import java.io.IOException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.purchase.PInitReq;
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
import org.agentset.set.asn1.reg.PublicKeySorE;
import org.agentset.set.crypto.Recipient;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.Signatures;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.crypto.Signer;
import org.agentset.set.msg.Certificates;
import org.agentset.set.msg.Credential;
import org.agentset.set.msg.CryptoFailures;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.Received;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.msg.Verifier;
import org.agentset.set.msg.Wire;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * A merchant's or payment gateway's side of SET registration (SET-PROTOCOL.md §2.3), four messages
 * and the inquiry:
 *
 * <ol>
 *   <li>{@link #initiate()}: Me-AqCInitReq, in the clear, naming who it is at its acquirer ({@link
 *       IDData}: {@code merchantAcquirerID} for a merchant, {@code acquirerID} for a gateway);
 *   <li>{@link #readForm}: checks Me-AqCInitRes (signed by the merchant or gateway CA, naming its
 *       key-exchange certificate) and returns the form;
 *   <li>{@link #requestCertificates}: CertReq, {@code Enc(new signature key, CA, CertReqData)} with
 *       both new public keys, the identity and the form's answers (among them {@link
 *       RegistrationForms#ENROLMENT_CODE}), signed with the new signature key (proof of
 *       possession);
 *   <li>{@link #complete}: checks CertRes ({@code S(CA, CertResData)}) and returns both
 *       credentials, or the pending or refused status;
 *   <li>{@link #inquire}/{@link #completeInquiry}: CertInqReq, signed with the new signature key,
 *       for a pended request, and its CertInqRes.
 * </ol>
 *
 * {@link #enrol} runs the whole exchange over a {@link Transport}.
 */
public final class MerchantRegistration {

  /** Sends one registration message to the CA and returns its answer (HTTP POST to /ca/set). */
  @FunctionalInterface
  public interface Transport {
    byte[] exchange(byte[] request) throws IOException;
  }

  private final ClientSide client;
  private final PartyContext context;
  private final EntityKind kind;
  private final IDData identity;
  private final String brandId;
  private final String language;

  /**
   * @param context suite, randomness, clock, trust (the brand's root) and replay store
   * @param identity who this party is at its acquirer: {@code IDData.of(new MerchantAcquirerID(bin,
   *     merchantId))} for a merchant, {@code IDData.of(new AcquirerID(bin, null))} for a gateway
   * @param brandId the brand, e.g. {@code AgentCard}
   * @param language the language of the form (RFC 1766, e.g. {@code en})
   */
  public MerchantRegistration(
      PartyContext context, IDData identity, String brandId, String language) {
    this.context = Objects.requireNonNull(context, "context");
    this.client = new ClientSide(context);
    this.identity = Objects.requireNonNull(identity, "identity");
    this.kind = identity.getMerchantAcquirerId() != null ? EntityKind.MERCHANT : EntityKind.GATEWAY;
    this.brandId = Objects.requireNonNull(brandId, "brandId");
    this.language = Objects.requireNonNull(language, "language");
  }

  /** MERCHANT or GATEWAY, from the identity. */
  public EntityKind kind() {
    return kind;
  }

  /** Me-AqCInitReq: fresh RRPID, LID-EE and Chall-EE. */
  public Step initiate() {
    byte[] rrpid = context.nonce();
    byte[] lidEe = context.nonce();
    byte[] challEe = context.nonce();
    MeAqCInitReq req =
        new MeAqCInitReq(
            rrpid,
            lidEe,
            challEe,
            kind.requestType(),
            identity,
            SetString.of(brandId, PInitReq.BRAND_ID_MAX),
            language,
            null);
    byte[] message = Wire.der(client.wire.wrap(req, rrpid, (MessageIDs) null));
    return new Step(Step.Stage.INIT, message, rrpid, lidEe, challEe);
  }

  /**
   * Checks Me-AqCInitRes and returns the form in {@link Step#form()} (or the CA's referral).
   *
   * @throws SetProtocolException naming the failed check ({@link Refusal#PEER_ERROR} if the CA
   *     answered with an Error)
   */
  public Step readForm(Step sent, byte[] meAqCInitRes) throws SetProtocolException {
    sent.require(Step.Stage.INIT);
    Received<MeAqCInitRes> rx = client.receive(meAqCInitRes, MeAqCInitRes.class);
    Verifier.Verified v =
        client.caSigned(rx.body(), kind, MessageIdentifiers.ME_AQ_CINIT_RES_TBS, "Me-AqCInitRes");
    MeAqCInitResTBS tbs =
        Wire.decode(v.content(), MeAqCInitResTBS::getInstance, "Me-AqCInitResTBS");
    Wire.checkIds(rx.header(), tbs.getRrpid(), null);
    if (!Wire.same(tbs.getRrpid(), sent.rrpid)) {
      throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "Me-AqCInitResTBS.rrpid");
    }
    if (!Wire.same(tbs.getChallEe(), sent.chall) || !Wire.same(tbs.getLidEe(), sent.lidEe)) {
      throw new SetProtocolException(Refusal.CHALLENGE_MISMATCH, "Me-AqCInitResTBS.chall-EE");
    }
    Step step = new Step(Step.Stage.FORM_RECEIVED, null, tbs.getRrpid(), sent.lidEe, null);
    step.form = tbs.getRegFormOrReferral().getRegFormData();
    step.referral = tbs.getRegFormOrReferral().getReferralData();
    if (step.form != null) {
      if (step.form.getRegTemplate() == null) {
        throw new SetProtocolException(Refusal.NOT_SERVED, "Me-AqCInitResTBS.regFormData");
      }
      step.caExchange =
          context
              .trust()
              .find(
                  c -> Certificates.identifies(tbs.getCaeThumb(), c),
                  v.carried(),
                  kind == EntityKind.MERCHANT
                      ? org.agentset.set.cert.CertificateProfile.MERCHANT_CA_KEY_EXCHANGE
                      : org.agentset.set.cert.CertificateProfile.GATEWAY_CA_KEY_EXCHANGE,
                  "Me-AqCInitResTBS.caeThumb");
      if (!v.signer().getSubjectX500Principal().equals(step.caExchange.getSubjectX500Principal())) {
        throw new SetProtocolException(Refusal.WRONG_CERTIFICATE_TYPE, "Me-AqCInitResTBS.caeThumb");
      }
      step.lidCa = tbs.getLidCa();
      step.challCa = tbs.getChallCa();
    }
    return step;
  }

  /**
   * CertReq for both new keys, answering the form with {@code answers} (field name → value; a
   * merchant or gateway puts its enrolment code under {@link RegistrationForms#ENROLMENT_CODE}),
   * signed with {@code signatureKey}.
   *
   * @param signatureKey a fresh signature key pair of the context's suite
   * @param keyExchangeKey a fresh key-exchange key pair of the context's suite
   * @throws IllegalStateException if the CA sent a referral instead of a form
   */
  public Step requestCertificates(
      Step form, Map<String, String> answers, KeyPair signatureKey, KeyPair keyExchangeKey)
      throws SetProtocolException {
    return requestCertificates(form, answers, signatureKey, keyExchangeKey, signatureKey);
  }

  /** As the public form, signing with {@code signer} (tests: a wrong proof of possession). */
  Step requestCertificates(
      Step form,
      Map<String, String> answers,
      KeyPair signatureKey,
      KeyPair keyExchangeKey,
      KeyPair signer)
      throws SetProtocolException {
    form.require(Step.Stage.FORM_RECEIVED);
    if (form.form == null) {
      throw new IllegalStateException("the CA referred the registration elsewhere: no form");
    }
    byte[] rrpid = context.nonce();
    byte[] challEe3 = context.nonce();
    CertReqData data =
        new CertReqData(
            rrpid,
            form.lidEe,
            challEe3,
            form.lidCa,
            form.challCa,
            kind.requestType(),
            context.freshness().now(),
            identity,
            form.form.getRegTemplate().getRegFormId(),
            RegistrationForms.answer(form.form, answers),
            null,
            new PublicKeySorE(
                SubjectPublicKeyInfo.getInstance(signatureKey.getPublic().getEncoded()),
                SubjectPublicKeyInfo.getInstance(keyExchangeKey.getPublic().getEncoded())),
            null,
            null);
    try {
      byte[] enc =
          new SignedEnvelopes(context.suite(), context.random())
              .enc(
                  Signer.withKeyIdentifier(context.suite(), signer),
                  Recipient.of(context.suite(), Certificates.holder(form.caExchange)),
                  MessageIdentifiers.CERT_REQ_TBS,
                  RegIdentifiers.CERT_REQ_TBE,
                  data);
      CertReq req = new CertReq(false, Wire.contentInfo(enc));
      byte[] message = Wire.der(client.wire.wrap(req, rrpid, (MessageIDs) null));
      Step step = new Step(Step.Stage.CERT_REQUESTED, message, rrpid, form.lidEe, challEe3);
      step.signatureKey = signatureKey;
      step.keyExchangeKey = keyExchangeKey;
      return step;
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "CertReq");
    }
  }

  /**
   * Checks CertRes: the CA signed it, it echoes the request, and when complete it carries a
   * signature and a key-exchange certificate of this party's kind for exactly the two keys sent.
   *
   * @throws SetProtocolException naming the failed check
   */
  public Result complete(Step sent, byte[] certRes) throws SetProtocolException {
    sent.require(Step.Stage.CERT_REQUESTED);
    Received<CertRes> rx = client.receive(certRes, CertRes.class);
    return result(sent, rx.header(), rx.body(), "CertRes");
  }

  /**
   * CertInqReq about a pended request, signed with the new signature key.
   *
   * @param pending a {@link Result} with status {@code REQUEST_PENDED} or {@code
   *     REQUEST_IN_PROGRESS}
   */
  public Step inquire(Result pending) throws SetProtocolException {
    if (pending.lidCa == null || pending.signatureKey == null) {
      throw new IllegalStateException("only a pending request can be inquired about");
    }
    byte[] rrpid = context.nonce();
    byte[] challEe3 = context.nonce();
    CertInqReqTBS tbs = new CertInqReqTBS(rrpid, pending.lidEe, challEe3, pending.lidCa);
    try {
      byte[] s =
          new Signatures(context.suite())
              .s(
                  Signer.withKeyIdentifier(context.suite(), pending.signatureKey),
                  MessageIdentifiers.CERT_INQ_REQ_TBS,
                  tbs);
      CertInqReq req = new CertInqReq(Wire.contentInfo(s));
      byte[] message = Wire.der(client.wire.wrap(req, rrpid, (MessageIDs) null));
      Step step = new Step(Step.Stage.INQUIRY, message, rrpid, pending.lidEe, challEe3);
      step.signatureKey = pending.signatureKey;
      step.keyExchangeKey = pending.keyExchangeKey;
      step.lidCa = pending.lidCa;
      return step;
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "CertInqReq");
    }
  }

  /** Checks CertInqRes as {@link #complete} checks CertRes. */
  public Result completeInquiry(Step sent, byte[] certInqRes) throws SetProtocolException {
    sent.require(Step.Stage.INQUIRY);
    Received<CertInqRes> rx = client.receive(certInqRes, CertInqRes.class);
    return result(sent, rx.header(), rx.body().getCertRes(), "CertInqRes");
  }

  /**
   * The whole registration over {@code transport}: Me-AqCInitReq, CertReq with {@code answers} and
   * the two new key pairs. Returns the complete, pending or refused result.
   *
   * @throws SetProtocolException naming the failed check, or {@link Refusal#PEER_ERROR} with the
   *     CA's error code
   * @throws IOException if the transport fails
   */
  public Result enrol(
      Transport transport,
      Map<String, String> answers,
      KeyPair signatureKey,
      KeyPair keyExchangeKey)
      throws SetProtocolException, IOException {
    Step init = initiate();
    Step form = readForm(init, transport.exchange(init.message()));
    if (form.referral() != null) {
      String reason =
          form.referral().getReason() == null ? null : form.referral().getReason().toString();
      return new Result(CertStatusCode.REJECTED_BY_ACQUIRER, reason, null, null, null, null, null);
    }
    Step req = requestCertificates(form, answers, signatureKey, keyExchangeKey);
    return complete(req, transport.exchange(req.message()));
  }

  private Result result(
      Step sent, org.agentset.set.asn1.msg.MessageHeader header, CertRes res, String field)
      throws SetProtocolException {
    if (res.isEncrypted()) {
      throw new SetProtocolException(Refusal.UNEXPECTED_MESSAGE, field + ".encK");
    }
    Verifier.Verified v =
        client.verifier.signed(
            ClientSide.der(res.getContent()),
            MessageIdentifiers.CERT_RES_DATA,
            kind.caSignatureProfile(),
            Refusal.SIGNATURE,
            field);
    CertResData data = Wire.decode(v.content(), CertResData::getInstance, "CertResData");
    Wire.checkIds(header, data.getRrpid(), null);
    ClientSide.checkEcho(data, sent);
    CertStatus status = data.getCertStatus();
    CertStatusCode code = status.getCertStatusCode();
    String message = ClientSide.message(status);
    if (code == CertStatusCode.REQUEST_PENDED || code == CertStatusCode.REQUEST_IN_PROGRESS) {
      byte[] lidCa = data.getLidCa() != null ? data.getLidCa() : sent.lidCa;
      if (lidCa == null) {
        throw new SetProtocolException(Refusal.UNKNOWN_LID, "CertResData.lid-CA");
      }
      Result r =
          new Result(code, message, null, null, lidCa, sent.signatureKey, sent.keyExchangeKey);
      r.lidEe = sent.lidEe;
      return r;
    }
    if (code != CertStatusCode.REQUEST_COMPLETE) {
      return new Result(code, message, null, null, null, null, null);
    }
    X509Certificate sig =
        client.certifying(
            sent.signatureKey.getPublic(), v.carried(), kind.signatureProfile(), field);
    X509Certificate kx =
        client.certifying(
            sent.keyExchangeKey.getPublic(), v.carried(), kind.keyExchangeProfile(), field);
    if (!sig.getSubjectX500Principal().equals(kx.getSubjectX500Principal())) {
      throw new SetProtocolException(Refusal.WRONG_CERTIFICATE_TYPE, field + ".certificates");
    }
    List<X509Certificate> chain = ClientSide.issuers(sig, v.carried());
    return new Result(
        code,
        message,
        new Credential(sent.signatureKey, sig, chain),
        new Credential(sent.keyExchangeKey, kx, ClientSide.issuers(kx, v.carried())),
        null,
        null,
        null);
  }

  /**
   * The outcome of a merchant's or gateway's registration.
   *
   * <p>{@link #complete()}: both credentials are there. {@link #pending()}: the CA pended the
   * request (its acquirer registration is under review); ask again later with {@link #inquire}.
   * Otherwise the CA refused with {@link #status()} and {@link #message()}.
   */
  public static final class Result {
    private final CertStatusCode status;
    private final String message;
    private final Credential signature;
    private final Credential keyExchange;
    private final byte[] lidCa;
    private final KeyPair signatureKey;
    private final KeyPair keyExchangeKey;
    private byte[] lidEe;

    Result(
        CertStatusCode status,
        String message,
        Credential signature,
        Credential keyExchange,
        byte[] lidCa,
        KeyPair signatureKey,
        KeyPair keyExchangeKey) {
      this.status = status;
      this.message = message;
      this.signature = signature;
      this.keyExchange = keyExchange;
      this.lidCa = lidCa;
      this.signatureKey = signatureKey;
      this.keyExchangeKey = keyExchangeKey;
    }

    /**
     * A pending request as a party kept it (e.g. sealed in its schema across a restart), to {@link
     * #inquire} about it again.
     */
    public static Result resumePending(
        byte[] lidCa, byte[] lidEe, KeyPair signatureKey, KeyPair keyExchangeKey) {
      Result r =
          new Result(
              CertStatusCode.REQUEST_PENDED,
              null,
              null,
              null,
              Objects.requireNonNull(lidCa, "lidCa").clone(),
              Objects.requireNonNull(signatureKey, "signatureKey"),
              Objects.requireNonNull(keyExchangeKey, "keyExchangeKey"));
      r.lidEe = Objects.requireNonNull(lidEe, "lidEe").clone();
      return r;
    }

    /** The LID-EE of a pending request (to keep with {@link #lidCa()}), or null. */
    public byte[] lidEe() {
      return lidEe == null ? null : lidEe.clone();
    }

    /** The CA's CertStatusCode. */
    public CertStatusCode status() {
      return status;
    }

    /** The CA's message, or null. */
    public String message() {
      return message;
    }

    /** The signature key, certificate and chain (root excluded), or null. */
    public Credential signature() {
      return signature;
    }

    /** The key-exchange key, certificate and chain (root excluded), or null. */
    public Credential keyExchange() {
      return keyExchange;
    }

    /** Whether both certificates were issued. */
    public boolean complete() {
      return status == CertStatusCode.REQUEST_COMPLETE && signature != null;
    }

    /** Whether the CA pended the request. */
    public boolean pending() {
      return lidCa != null;
    }

    /** The LID-CA a pending request is known by (for {@link #inquire}), or null. */
    public byte[] lidCa() {
      return lidCa == null ? null : lidCa.clone();
    }

    @Override
    public String toString() {
      return "Result[" + status + "]";
    }
  }
}
