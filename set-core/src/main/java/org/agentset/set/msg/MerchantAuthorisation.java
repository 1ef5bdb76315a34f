package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.gateway.AuthReq;
import org.agentset.set.asn1.gateway.AuthReqData;
import org.agentset.set.asn1.gateway.AuthReqItem;
import org.agentset.set.asn1.gateway.AuthReqPayload;
import org.agentset.set.asn1.gateway.AuthRes;
import org.agentset.set.asn1.gateway.AuthResData;
import org.agentset.set.asn1.gateway.AuthResPayload;
import org.agentset.set.asn1.gateway.AuthTags;
import org.agentset.set.asn1.gateway.AuthToken;
import org.agentset.set.asn1.gateway.CapItem;
import org.agentset.set.asn1.gateway.CapPayload;
import org.agentset.set.asn1.gateway.CapReq;
import org.agentset.set.asn1.gateway.CapReqData;
import org.agentset.set.asn1.gateway.CapRes;
import org.agentset.set.asn1.gateway.CapResData;
import org.agentset.set.asn1.gateway.CapToken;
import org.agentset.set.asn1.gateway.CheckDigests;
import org.agentset.set.asn1.gateway.GatewayReceiptData;
import org.agentset.set.asn1.gateway.MerTermIDs;
import org.agentset.set.asn1.gateway.MerchData;
import org.agentset.set.asn1.gateway.MerchantBinding;
import org.agentset.set.asn1.gateway.RRTags;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.purchase.PI;
import org.agentset.set.crypto.Recipient;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.crypto.cms.Baggaged;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The merchant's side towards the payment gateway: AuthReq ({@code EncB(M, P, AuthReqData, PI)}
 * with the PI forwarded unopened), the check of AuthRes, and capture with the CapTokens.
 *
 * <p>AuthRes checks: suite and header date; the envelope opens with the merchant's key-exchange
 * key; the signer is a valid GATEWAY_SIGNATURE certificate of the gateway the AuthReq was encrypted
 * to; the echoed RRPID and TransIDs; the signed authorization date; the MerchantBinding names this
 * merchant's ID and signature certificate (§5.2 fix: a result meant for another merchant is
 * refused); the gateway receipt verifies and states the same result; the amount is not above the
 * request; the AuthRes is accepted once.
 */
public final class MerchantAuthorisation {

  private final PartyContext context;
  private final Credential signature;
  private final Credential keyExchange;
  private final X509Certificate gatewayKeyExchange;
  private final Wire wire;
  private final Verifier verifier;
  private final SignedEnvelopes envelopes;
  private final GatewayReceipts receipts;
  private final SetString merchantId;

  /**
   * @param context suite, randomness, clock, trust and replay store
   * @param signature the merchant signature key (MERCHANT_SIGNATURE)
   * @param keyExchange the merchant key-exchange key (MERCHANT_KEY_EXCHANGE), which AuthRes and
   *     CapRes are encrypted to; its certificate travels in AuthReq
   * @param gatewayKeyExchange the gateway's key-exchange certificate
   */
  public MerchantAuthorisation(
      PartyContext context,
      Credential signature,
      Credential keyExchange,
      X509Certificate gatewayKeyExchange) {
    this.context = Objects.requireNonNull(context, "context");
    this.signature = Objects.requireNonNull(signature, "signature");
    this.keyExchange = Objects.requireNonNull(keyExchange, "keyExchange");
    this.gatewayKeyExchange = Objects.requireNonNull(gatewayKeyExchange, "gatewayKeyExchange");
    this.wire = new Wire(context);
    this.verifier = new Verifier(context);
    this.envelopes = new SignedEnvelopes(context.suite(), context.random());
    this.receipts = new GatewayReceipts(verifier);
    this.merchantId =
        Certificates.merchantId(signature.certificate())
            .orElseThrow(() -> new IllegalArgumentException("no merchantData in the certificate"));
  }

  /**
   * AuthReq for {@code amount} of an accepted purchase, with the merchant's CheckDigests.
   *
   * @param captureNow whether the gateway should capture at once
   */
  public AuthReqSent authorise(VerifiedPReq purchase, CurrencyAmount amount, boolean captureNow)
      throws SetProtocolException {
    return authorise(purchase, amount, captureNow, false);
  }

  /**
   * AuthReq as {@link #authorise(VerifiedPReq, CurrencyAmount, boolean)}; with {@code
   * requestAuthToken} the merchant sets SubsequentAuthInd, announcing later authorisations of the
   * same purchase (split shipment): {@code amount} may then be part of the cardholder-signed
   * amount, and an approving AuthRes carries an AuthToken for the rest.
   */
  public AuthReqSent authorise(
      VerifiedPReq purchase, CurrencyAmount amount, boolean captureNow, boolean requestAuthToken)
      throws SetProtocolException {
    byte[] rrpid = context.nonce();
    AuthTags tags =
        new AuthTags(
            new RRTags(rrpid, new MerTermIDs(merchantId), context.freshness().now()),
            purchase.transIds(),
            null);
    AuthReqItem item =
        new AuthReqItem(
            tags,
            new CheckDigests(purchase.hOIData, purchase.oiData.getHod()),
            payload(amount, requestAuthToken));
    return send(purchase, tags, item, captureNow, purchase.pi, amount, requestAuthToken);
  }

  /**
   * AuthReq for a later authorisation of an authorised purchase (the next shipment): the AuthToken
   * of {@code previous} stands in for the cardholder's PI, and CheckDigests are left out (SET omits
   * them with an AuthToken). The gateway allows at most the cardholder-signed amount minus what was
   * authorised before, and each token once.
   *
   * @param previous an accepted authorisation that carried an AuthToken
   * @param requestAuthToken whether to ask for a further token (more shipments to come)
   * @throws IllegalArgumentException when {@code previous} carries no AuthToken
   */
  public AuthReqSent authoriseLater(
      AuthorisationResult previous,
      CurrencyAmount amount,
      boolean captureNow,
      boolean requestAuthToken)
      throws SetProtocolException {
    if (previous.authToken() == null) {
      throw new IllegalArgumentException("the earlier authorisation carried no AuthToken");
    }
    VerifiedPReq purchase = previous.request.purchase;
    byte[] rrpid = context.nonce();
    AuthTags tags =
        new AuthTags(
            new RRTags(rrpid, new MerTermIDs(merchantId), context.freshness().now()),
            purchase.transIds(),
            null);
    AuthReqItem item = new AuthReqItem(tags, null, payload(amount, requestAuthToken));
    return send(
        purchase, tags, item, captureNow, PI.of(previous.authToken()), amount, requestAuthToken);
  }

  private static AuthReqPayload payload(CurrencyAmount amount, boolean requestAuthToken) {
    return new AuthReqPayload(
        requestAuthToken, amount, false, null, new MerchData(null, null), null);
  }

  private AuthReqSent send(
      VerifiedPReq purchase,
      AuthTags tags,
      AuthReqItem item,
      boolean captureNow,
      PI pi,
      CurrencyAmount amount,
      boolean requestAuthToken)
      throws SetProtocolException {
    AuthReqData data = new AuthReqData(item, null, captureNow);
    Baggaged sealed =
        encB(
            data,
            MessageIdentifiers.AUTH_REQ_TBS,
            FlowIdentifiers.AUTH_REQ_TBE,
            MessageIdentifiers.PI,
            pi,
            "AuthReq");
    AuthReq req = new AuthReq(Wire.contentInfo(sealed.envelope()), pi);
    return new AuthReqSent(
        wire.wrap(req, tags.getAuthRrTags().getRrpid(), purchase.transIds()),
        purchase,
        tags,
        amount,
        requestAuthToken);
  }

  /**
   * Checks AuthRes.
   *
   * @throws SetProtocolException naming the failed check
   */
  public AuthorisationResult processAuthorisationResponse(AuthReqSent sent, byte[] authRes)
      throws SetProtocolException {
    Received<AuthRes> rx = wire.receive(authRes, AuthRes.class);
    if (rx.body().isExtra()) {
      throw new SetProtocolException(Refusal.UNEXPECTED_MESSAGE, "AuthRes.encBX");
    }
    Verifier.Verified v =
        verifier.gatewayAnswer(
            () ->
                envelopes.openEncB(
                    new Baggaged(rx.body().getEnc(), rx.body().getBaggage()),
                    keyExchange.recipientKey(),
                    FlowIdentifiers.AUTH_RES_TBE,
                    MessageIdentifiers.AUTH_RES_BAGGAGE),
            MessageIdentifiers.AUTH_RES_TBS,
            gatewayKeyExchange,
            "AuthRes");
    // the crypto layer checked the signed link L(t, DD(baggage)) and released t
    AuthResData data = Wire.decode(v.content(), AuthResData::getInstance, "AuthResData");
    return check(sent, rx, data);
  }

  private AuthorisationResult check(AuthReqSent sent, Received<AuthRes> rx, AuthResData data)
      throws SetProtocolException {
    AuthTags tags = data.getAuthTags();
    byte[] rrpid = tags.getAuthRrTags().getRrpid();
    Wire.checkIds(rx.header(), rrpid, tags.getTransIds().getXid());
    if (!Wire.same(rrpid, sent.authRrpid())) {
      throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "AuthResData.authTags.rrpid");
    }
    if (!Wire.same(tags.getTransIds(), sent.authTags.getTransIds())) {
      throw new SetProtocolException(Refusal.UNKNOWN_XID, "AuthResData.authTags.transIDs");
    }
    AuthResPayload payload = data.getAuthResPayload();
    Instant authDate = payload.getAuthHeader().getAuthDate();
    context.freshness().checkSigned(authDate, "AuthResPayload.authHeader.authDate");
    Wire.checkCritical(
        payload.getARsExtensions(),
        Set.of(MessageIdentifiers.EXT_MERCHANT_BINDING),
        "AuthResPayload.aRsExtensions");
    MerchantBinding binding = payload.getMerchantBinding();
    if (binding == null
        || !Wire.same(binding.getMerchantId(), merchantId)
        || !Certificates.identifies(binding.getMerchantThumb(), signature.certificate())) {
      throw new SetProtocolException(
          Refusal.MERCHANT_BINDING, "AuthResPayload.aRsExtensions.merchantBinding");
    }
    GatewayReceiptData receipt =
        receipts.verify(
            payload.getGatewayReceipt(),
            gatewayKeyExchange,
            tags.getTransIds().getXid(),
            sent.purchase.oiData.getHod(),
            merchantId,
            signature.thumb(),
            "AuthResPayload.gatewayReceipt");
    if (!GatewayReceipts.matches(receipt, rrpid, payload.getAuthHeader())) {
      throw new SetProtocolException(Refusal.GATEWAY_RECEIPT, "AuthResPayload.gatewayReceipt");
    }
    if (!Amounts.notAbove(payload.getAuthHeader().getAuthAmt(), sent.amount)) {
      throw new SetProtocolException(Refusal.AMOUNT_MISMATCH, "AuthHeader.authAmt");
    }
    if (!context
        .replay()
        .firstUse(ReplayKind.AUTH_RES_RRPID, rrpid, context.freshness().keepUntil(authDate))) {
      throw new SetProtocolException(Refusal.REPLAYED_RRPID, "AuthResData.authTags.rrpid");
    }
    CapToken token = rx.body().getBaggage().getCapToken();
    // an AuthToken is kept only when asked for: an unasked one is of no use to this merchant
    AuthToken authToken = sent.authTokenRequested ? rx.body().getBaggage().getAuthToken() : null;
    return new AuthorisationResult(
        sent,
        payload.getAuthHeader(),
        token,
        payload.getGatewayReceipt(),
        receipt,
        authToken,
        payload.getCapResPayload());
  }

  /** One authorization to capture, for {@code amount} (at most the authorized amount). */
  public record Capture(AuthorisationResult authorisation, CurrencyAmount amount) {}

  /** CapReq for {@code captures}, with their CapTokens as baggage. */
  public CaptureSent capture(List<Capture> captures) throws SetProtocolException {
    byte[] rrpid = context.nonce();
    Instant now = context.freshness().now();
    List<CapItem> items = new ArrayList<>();
    List<CapToken> tokens = new ArrayList<>();
    for (Capture c : captures) {
      if (c.authorisation().capToken() == null) {
        throw new IllegalArgumentException("an authorization without CapToken cannot be captured");
      }
      items.add(
          new CapItem(
              c.authorisation().request.authTags.getTransIds(),
              c.authorisation().authRrpid(),
              new CapPayload(now, c.amount(), null, null, null)));
      tokens.add(c.authorisation().capToken());
    }
    CapReqData data =
        new CapReqData(new RRTags(rrpid, new MerTermIDs(merchantId), now), null, items, null);
    Baggaged sealed =
        encB(
            data,
            MessageIdentifiers.CAP_REQ_TBS,
            FlowIdentifiers.CAP_REQ_TBE,
            MessageIdentifiers.CAP_TOKEN_SEQ,
            DerSeq.sequenceOf(tokens),
            "CapReq");
    CapReq req = new CapReq(false, Wire.contentInfo(sealed.envelope()), tokens);
    return new CaptureSent(wire.wrap(req, rrpid, (MessageIDs) null), rrpid, items);
  }

  /**
   * Checks CapRes: signed by the gateway, encrypted to this merchant, one result per item sent.
   *
   * @throws SetProtocolException naming the failed check
   */
  public CapResData processCaptureResponse(CaptureSent sent, byte[] capRes)
      throws SetProtocolException {
    Received<CapRes> rx = wire.receive(capRes, CapRes.class);
    Verifier.Verified v =
        verifier.gatewayAnswer(
            () ->
                envelopes.openEnc(
                    Wire.der(rx.body()), keyExchange.recipientKey(), FlowIdentifiers.CAP_RES_TBE),
            MessageIdentifiers.CAP_RES_DATA,
            gatewayKeyExchange,
            "CapRes");
    CapResData data = Wire.decode(v.content(), CapResData::getInstance, "CapResData");
    byte[] rrpid = data.getCapRrTags().getRrpid();
    Wire.checkIds(rx.header(), rrpid, null);
    if (!Wire.same(rrpid, sent.rrpid)) {
      throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "CapResData.capRRTags.rrpid");
    }
    context.freshness().checkSigned(data.getCapRrTags().getCurrentDate(), "CapResData.capRRTags");
    if (data.getCapResItemSeq().size() != sent.items.size()) {
      throw new SetProtocolException(Refusal.UNKNOWN_XID, "CapResData.capResItemSeq");
    }
    for (int i = 0; i < sent.items.size(); i++) {
      if (!Wire.same(
          data.getCapResItemSeq().get(i).getAuthRrpid(), sent.items.get(i).getAuthRrpid())) {
        throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "CapResItem.authRRPID");
      }
    }
    return data;
  }

  private Baggaged encB(
      ASN1Encodable data,
      ASN1ObjectIdentifier tbs,
      ASN1ObjectIdentifier tbe,
      ASN1ObjectIdentifier baggageType,
      ASN1Encodable baggage,
      String field)
      throws SetProtocolException {
    try {
      return envelopes.encB(
          signature.signer(context.suite(), List.of(keyExchange.certificate())),
          Recipient.of(context.suite(), Certificates.holder(gatewayKeyExchange)),
          tbs,
          tbe,
          data,
          baggageType,
          baggage);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, field);
    }
  }
}
