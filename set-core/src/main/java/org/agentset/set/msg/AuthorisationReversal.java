package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.gateway.AuthRevCode;
import org.agentset.set.asn1.gateway.AuthRevReq;
import org.agentset.set.asn1.gateway.AuthRevReqBaggage;
import org.agentset.set.asn1.gateway.AuthRevReqData;
import org.agentset.set.asn1.gateway.AuthRevRes;
import org.agentset.set.asn1.gateway.AuthRevResBaggage;
import org.agentset.set.asn1.gateway.AuthRevResData;
import org.agentset.set.asn1.gateway.AuthTags;
import org.agentset.set.asn1.gateway.CapTokenData;
import org.agentset.set.asn1.gateway.MerTermIDs;
import org.agentset.set.asn1.gateway.RRTags;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.crypto.GatewayTokens;
import org.agentset.set.crypto.Recipient;
import org.agentset.set.crypto.SetContentTypes;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SharedKey;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.crypto.Signer;
import org.agentset.set.crypto.cms.Baggaged;

/**
 * AuthRevReq/AuthRevRes, both sides, for the full reversal of an authorization not yet captured
 * (AgentSET does not reduce amounts: {@code authNewAmt} must be zero). The merchant sends {@code
 * EncB(M, P, AuthRevReqData, AuthRevReqBaggage)} with the authorization's CapToken as baggage
 * (which shows the gateway that this merchant holds that authorization); the gateway opens the
 * token, checks it names this XID and merchant, and answers {@code EncB(P, M, AuthRevResData,
 * AuthRevResBaggage)} with the outcome (after asking the issuer: that is the caller's).
 */
public final class AuthorisationReversal {

  private final PartyContext context;
  private final Wire wire;
  private final Verifier verifier;
  private final SignedEnvelopes envelopes;

  public AuthorisationReversal(PartyContext context) {
    this.context = Objects.requireNonNull(context, "context");
    this.wire = new Wire(context);
    this.verifier = new Verifier(context);
    this.envelopes = new SignedEnvelopes(context.suite(), context.random());
  }

  /** What the merchant sent. */
  public static final class Sent {
    private final MessageWrapper message;
    final byte[] rrpid;

    Sent(MessageWrapper message, byte[] rrpid) {
      this.message = message;
      this.rrpid = rrpid;
    }

    public MessageWrapper message() {
      return message;
    }
  }

  /**
   * A verified AuthRevReq: the authorization to reverse (XID and the AuthRRPID its CapToken names)
   * and {@code result}, {@link AuthRevCode#APPROVED} when token and request check out.
   */
  public static final class Request {
    final AuthTags tags;
    final SetString merchantId;
    final X509Certificate merchantKeyExchange;
    final CurrencyAmount zero;
    private final byte[] authRrpid;
    private final AuthRevCode result;

    Request(
        AuthTags tags,
        SetString merchantId,
        X509Certificate merchantKeyExchange,
        CurrencyAmount zero,
        byte[] authRrpid,
        AuthRevCode result) {
      this.tags = tags;
      this.merchantId = merchantId;
      this.merchantKeyExchange = merchantKeyExchange;
      this.zero = zero;
      this.authRrpid = authRrpid;
      this.result = result;
    }

    public byte[] xid() {
      return tags.getTransIds().getXid();
    }

    /** The authorization's RRPID, from the CapToken; null if the token did not open. */
    public byte[] authRrpid() {
      return authRrpid == null ? null : authRrpid.clone();
    }

    public AuthRevCode result() {
      return result;
    }

    public SetString merchantId() {
      return merchantId;
    }
  }

  /** Merchant: AuthRevReq reversing {@code authorisation} entirely. */
  public Sent request(
      Credential signature,
      Credential keyExchange,
      X509Certificate gatewayKeyExchange,
      AuthorisationResult authorisation)
      throws SetProtocolException {
    if (authorisation.capToken() == null) {
      throw new IllegalArgumentException("an authorization without CapToken cannot be reversed");
    }
    SetString merchantId =
        Certificates.merchantId(signature.certificate())
            .orElseThrow(() -> new IllegalArgumentException("no merchantData in the certificate"));
    byte[] rrpid = context.nonce();
    CurrencyAmount authorised = authorisation.header().getAuthAmt();
    AuthTags tags =
        new AuthTags(
            new RRTags(rrpid, new MerTermIDs(merchantId), context.freshness().now()),
            authorisation.request.authTags.getTransIds(),
            null);
    AuthRevReqData data =
        new AuthRevReqData(
            tags,
            null,
            null,
            new CurrencyAmount(authorised.getCurrency(), 0, authorised.getAmtExp10()),
            null);
    AuthRevReqBaggage baggage = new AuthRevReqBaggage(null, authorisation.capToken());
    try {
      Baggaged sealed =
          envelopes.encB(
              signature.signer(context.suite(), List.of(keyExchange.certificate())),
              Recipient.of(context.suite(), Certificates.holder(gatewayKeyExchange)),
              MessageIdentifiers.AUTH_REV_REQ_TBS,
              FlowIdentifiers.AUTH_REV_REQ_TBE,
              data,
              MessageIdentifiers.AUTH_REV_REQ_BAGGAGE,
              baggage);
      AuthRevReq req = new AuthRevReq(Wire.contentInfo(sealed.envelope()), baggage);
      return new Sent(wire.wrap(req, rrpid, tags.getTransIds()), rrpid);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "AuthRevReq");
    }
  }

  /**
   * Gateway: verifies AuthRevReq (envelope, merchant signature and certificates, date, single-use
   * RRPID) and checks its CapToken and amount.
   *
   * @throws SetProtocolException naming the failed check of the request as a whole
   */
  public Request process(
      byte[] authRevReq, Credential keyExchange, List<SharedKey> tokenKeys, Credential signature)
      throws SetProtocolException {
    Received<AuthRevReq> rx = wire.receive(authRevReq, AuthRevReq.class);
    Verifier.Verified v =
        verifier.envelope(
            () ->
                envelopes.openEncB(
                    new Baggaged(rx.body().getEnc(), rx.body().getBaggage()),
                    keyExchange.recipientKey(),
                    FlowIdentifiers.AUTH_REV_REQ_TBE,
                    MessageIdentifiers.AUTH_REV_REQ_BAGGAGE),
            MessageIdentifiers.AUTH_REV_REQ_TBS,
            CertificateProfile.MERCHANT_SIGNATURE,
            "AuthRevReq");
    AuthRevReqData data = Wire.decode(v.content(), AuthRevReqData::getInstance, "AuthRevReqData");
    AuthTags tags = data.getAuthRevTags();
    RRTags rr = tags.getAuthRrTags();
    Wire.checkIds(rx.header(), rr.getRrpid(), tags.getTransIds().getXid());
    context.freshness().checkSigned(rr.getCurrentDate(), "AuthRevReqData.authRevTags.currentDate");
    SetString merchantId =
        Certificates.merchantId(v.signer())
            .filter(id -> Wire.same(id, rr.getMerTermIds().getMerchantId()))
            .orElseThrow(
                () -> new SetProtocolException(Refusal.MERCHANT_MISMATCH, "AuthRevReq.merTermIDs"));
    X509Certificate merchantKx =
        context
            .trust()
            .find(
                c -> Certificates.isMerchantKeyExchange(c, merchantId),
                v.carried(),
                CertificateProfile.MERCHANT_KEY_EXCHANGE,
                "AuthRevReq.certificates");
    if (!context
        .replay()
        .firstUse(
            ReplayKind.AUTH_REV_REQ_RRPID,
            rr.getRrpid(),
            context.freshness().keepUntil(rr.getCurrentDate()))) {
      throw new SetProtocolException(Refusal.REPLAYED_RRPID, "AuthRevReqData.authRevTags.rrpid");
    }
    CurrencyAmount newAmount = data.getAuthNewAmt();
    CurrencyAmount zero = new CurrencyAmount(newAmount.getCurrency(), 0, newAmount.getAmtExp10());
    if (rx.body().getBaggage().getCapToken() == null) {
      return new Request(tags, merchantId, merchantKx, zero, null, AuthRevCode.MISSING_CAP_TOKEN);
    }
    CapTokenData token;
    CapTokenOpaque note;
    try {
      Signer signer = signature.signer(context.suite(), List.of());
      byte[] opened =
          new GatewayTokens(context.suite(), context.random(), signer, tokenKeys)
              .open(
                  Wire.der(rx.body().getBaggage().getCapToken()),
                  SetContentTypes.CAP_TOKEN_TBS,
                  SetContentTypes.CAP_TOKEN_TBE);
      token = Wire.decode(opened, CapTokenData::getInstance, "CapTokenData");
      note = Wire.decode(token.getTokenOpaque(), CapTokenOpaque::getInstance, "CapTokenOpaque");
    } catch (SetCryptoException | SetProtocolException e) {
      return new Request(tags, merchantId, merchantKx, zero, null, AuthRevCode.INVALID_CAP_TOKEN);
    }
    if (!Wire.same(note.getXid(), tags.getTransIds().getXid())
        || !Certificates.identifies(note.getMerchantThumb(), v.signer())) {
      return new Request(tags, merchantId, merchantKx, zero, null, AuthRevCode.INVALID_CAP_TOKEN);
    }
    AuthRevCode code =
        newAmount.getAmount().signum() == 0 ? AuthRevCode.APPROVED : AuthRevCode.INVALID_AMOUNT;
    return new Request(tags, merchantId, merchantKx, zero, token.getAuthRrpid(), code);
  }

  /** Gateway: AuthRevRes with {@code outcome} (the request's result, or the issuer's). */
  public MessageWrapper response(Request request, AuthRevCode outcome, Credential signature)
      throws SetProtocolException {
    if (request.result != AuthRevCode.APPROVED && outcome == AuthRevCode.APPROVED) {
      throw new IllegalArgumentException("a refused reversal cannot be answered as approved");
    }
    AuthRevResData data =
        new AuthRevResData(outcome, request.tags, null, null, request.zero, null, null);
    AuthRevResBaggage baggage = new AuthRevResBaggage(null, null);
    try {
      Baggaged sealed =
          envelopes.encB(
              signature.signer(context.suite(), List.of()),
              Recipient.of(context.suite(), Certificates.holder(request.merchantKeyExchange)),
              MessageIdentifiers.AUTH_REV_RES_TBS,
              FlowIdentifiers.AUTH_REV_RES_TBEB,
              data,
              MessageIdentifiers.AUTH_REV_RES_BAGGAGE,
              baggage);
      AuthRevRes res = new AuthRevRes(Wire.contentInfo(sealed.envelope()), baggage);
      return wire.wrap(res, request.tags.getAuthRrTags().getRrpid(), request.tags.getTransIds());
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "AuthRevRes");
    }
  }

  /**
   * Merchant: checks AuthRevRes (the gateway's signature, this request's RRPID) and returns the
   * outcome.
   */
  public AuthRevCode outcome(
      Sent sent, byte[] authRevRes, Credential keyExchange, X509Certificate gatewayKeyExchange)
      throws SetProtocolException {
    Received<AuthRevRes> rx = wire.receive(authRevRes, AuthRevRes.class);
    Verifier.Verified v =
        verifier.gatewayAnswer(
            () ->
                envelopes.openEncB(
                    new Baggaged(rx.body().getEnc(), rx.body().getBaggage()),
                    keyExchange.recipientKey(),
                    FlowIdentifiers.AUTH_REV_RES_TBEB,
                    MessageIdentifiers.AUTH_REV_RES_BAGGAGE),
            MessageIdentifiers.AUTH_REV_RES_TBS,
            gatewayKeyExchange,
            "AuthRevRes");
    AuthRevResData data = Wire.decode(v.content(), AuthRevResData::getInstance, "AuthRevResData");
    byte[] rrpid = data.getAuthRevTags().getAuthRrTags().getRrpid();
    Wire.checkIds(rx.header(), rrpid, data.getAuthRevTags().getTransIds().getXid());
    if (!Wire.same(rrpid, sent.rrpid)) {
      throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "AuthRevResData.authRevTags.rrpid");
    }
    return data.getAuthRevCode();
  }
}
