package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.agentset.set.asn1.gateway.AuthReq;
import org.agentset.set.asn1.gateway.AuthReqData;
import org.agentset.set.asn1.gateway.AuthReqItem;
import org.agentset.set.asn1.gateway.AuthReqPayload;
import org.agentset.set.asn1.gateway.AuthTokenData;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CheckDigests;
import org.agentset.set.asn1.gateway.RRTags;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.purchase.PI;
import org.agentset.set.asn1.purchase.PIHead;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.crypto.SharedKey;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.crypto.cms.Baggaged;

/**
 * The payment gateway's authorization: verify an AuthReq completely, hand the caller an {@link
 * AuthorisationRequest} for the issuer, and answer with AuthRes ({@link GatewayResponses}).
 *
 * <p>AuthReq checks, in order: suite and header date; the envelope opens with the gateway's
 * key-exchange key and is bound to the PI baggage; the merchant's signature certificate
 * (MERCHANT_SIGNATURE, path, revocation) and signature; the signed request date; the merchant ID of
 * RRTags against that certificate; the merchant's key-exchange certificate for the answer; the PI
 * is dual-signed and opens ({@link PaymentInstructions}: cardholder certificate, dual signature,
 * GatewayBinding = this gateway's certificate, PAN identity), or is unsigned and the policy allows
 * it (EXH opens, GatewayBinding); PIHead and the merchant's request describe the same purchase
 * (CheckDigests.hOIData = PI-OILink's DD(OIData), HOD2 = PIHead HOD, TransIDs, merchant ID,
 * GatewayBinding's merchant certificate); AuthReqAmt above zero and = PurchAmt (at most PurchAmt
 * when the merchant announces later authorisations with SubsequentAuthInd); the PI's date within
 * the policy's PI age; finally the single use of the RRPID and of the PI's XID.
 *
 * <p>With an AuthToken as the PI (a later authorisation of the purchase): the token opens under the
 * gateway's token key and was signed by it; no CheckDigests; the request's TransIDs and merchant
 * are the token's; PReqDate within the policy's AuthToken window; AuthReqAmt above zero and, with
 * the token's TotalAuthAmount, not above its PurchAmt; single use of the RRPID and of the token. An
 * approval answered to a request with SubsequentAuthInd carries the next AuthToken while some of
 * PurchAmt is left.
 */
public final class GatewayAuthorisation {

  private final PartyContext context;
  private final Credential keyExchange;
  private final Policy policy;
  private final Wire wire;
  private final Verifier verifier;
  private final SignedEnvelopes envelopes;
  private final PaymentInstructions instructions;
  private final GatewayResponses responses;
  private final AuthTokens tokens;

  /**
   * The acquirer's rules for authorisations.
   *
   * @param piMaxAge how long after PReq a PI may be authorised
   * @param authTokenWindow how long after PReq an AuthToken may be used for a later authorisation
   * @param allowUnsigned asked at each AuthReq with an unsigned PI: whether to accept it (a
   *     cardholder without certificate; SET's unsigned purchase authenticates nobody)
   */
  public record Policy(Duration piMaxAge, Duration authTokenWindow, BooleanSupplier allowUnsigned) {
    public Policy {
      Objects.requireNonNull(piMaxAge, "piMaxAge");
      Objects.requireNonNull(authTokenWindow, "authTokenWindow");
      Objects.requireNonNull(allowUnsigned, "allowUnsigned");
    }

    /** Signed PIs only, AuthTokens usable for 30 days after PReq. */
    public static Policy signedOnly(Duration piMaxAge) {
      return new Policy(piMaxAge, Duration.ofDays(30), () -> false);
    }
  }

  /**
   * @param context suite, randomness, clock, trust and replay store
   * @param signature the gateway signature key (GATEWAY_SIGNATURE): AuthRes, receipts, tokens
   * @param keyExchange the gateway key-exchange key (GATEWAY_KEY_EXCHANGE): AuthReq and PIs
   * @param tokenKeys the gateway's own CapToken keys, current first
   * @param piMaxAge how long after PReq a PI may be authorized
   */
  public GatewayAuthorisation(
      PartyContext context,
      Credential signature,
      Credential keyExchange,
      List<SharedKey> tokenKeys,
      Duration piMaxAge) {
    this(context, signature, keyExchange, tokenKeys, Policy.signedOnly(piMaxAge));
  }

  /**
   * @param context suite, randomness, clock, trust and replay store
   * @param signature the gateway signature key (GATEWAY_SIGNATURE): AuthRes, receipts, tokens
   * @param keyExchange the gateway key-exchange key (GATEWAY_KEY_EXCHANGE): AuthReq and PIs
   * @param tokenKeys the gateway's own CapToken and AuthToken keys, current first
   * @param policy the acquirer's rules: PI age, AuthToken window, unsigned PIs
   */
  public GatewayAuthorisation(
      PartyContext context,
      Credential signature,
      Credential keyExchange,
      List<SharedKey> tokenKeys,
      Policy policy) {
    this.context = Objects.requireNonNull(context, "context");
    this.keyExchange = Objects.requireNonNull(keyExchange, "keyExchange");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.wire = new Wire(context);
    this.verifier = new Verifier(context);
    this.envelopes = new SignedEnvelopes(context.suite(), context.random());
    this.instructions = new PaymentInstructions(context, keyExchange);
    this.responses = new GatewayResponses(context, signature, tokenKeys, wire);
    this.tokens = responses.authTokens();
  }

  /**
   * Verifies an AuthReq.
   *
   * @throws SetProtocolException naming the failed check
   */
  public AuthorisationRequest processAuthorisationRequest(byte[] authReq)
      throws SetProtocolException {
    Received<AuthReq> rx = wire.receive(authReq, AuthReq.class);
    Verifier.Verified v =
        verifier.envelope(
            () ->
                envelopes.openEncB(
                    new Baggaged(rx.body().getEnc(), rx.body().getPi()),
                    keyExchange.recipientKey(),
                    FlowIdentifiers.AUTH_REQ_TBE,
                    MessageIdentifiers.PI),
            MessageIdentifiers.AUTH_REQ_TBS,
            CertificateProfile.MERCHANT_SIGNATURE,
            "AuthReq");
    // the crypto layer checked the signed link L(t, DD(baggage)) and released t
    AuthReqData data = Wire.decode(v.content(), AuthReqData::getInstance, "AuthReqData");
    AuthReqItem item = data.getAuthReqItem();
    RRTags rr = item.getAuthTags().getAuthRrTags();
    Wire.checkIds(rx.header(), rr.getRrpid(), item.getAuthTags().getTransIds().getXid());
    context.freshness().checkSigned(rr.getCurrentDate(), "AuthReqData.authRRTags.currentDate");
    SetString merchantId = merchantId(v.signer(), rr);
    X509Certificate merchantKx = merchantKeyExchange(v.carried(), merchantId);
    Wire.checkCritical(
        item.getAuthReqPayload().getARqExtensions(), Set.of(), "AuthReqPayload.aRqExtensions");
    PI pi = rx.body().getPi();
    if (pi.getAuthToken() != null) {
      return later(item, tokens.open(pi.getAuthToken()), merchantId, v.signer(), merchantKx, data);
    }
    PaymentInstructions.Opened opened;
    AuthorisationRequest.Source source;
    if (pi.getPiDualSigned() != null) {
      opened = instructions.open(pi.getPiDualSigned());
      source = AuthorisationRequest.Source.DUAL_SIGNED;
    } else {
      if (!policy.allowUnsigned().getAsBoolean()) {
        throw new SetProtocolException(Refusal.SIGNATURE_REQUIRED, "PI.piUnsigned");
      }
      opened = instructions.openUnsigned(pi.getPiUnsigned());
      source = AuthorisationRequest.Source.UNSIGNED;
    }
    checkSamePurchase(item, opened.head(), opened.link().getHOIData(), merchantId, v.signer());
    replay(
        ReplayKind.AUTH_REQ_RRPID,
        rr.getRrpid(),
        context.freshness().keepUntil(rr.getCurrentDate()),
        Refusal.REPLAYED_RRPID);
    Instant piDate = opened.head().getTransIds().getPReqDate();
    replay(
        ReplayKind.AUTH_PI_XID,
        opened.head().getTransIds().getXid(),
        context.freshness().keepUntil(piDate, policy.piMaxAge()),
        Refusal.REPLAYED_XID);
    CurrencyAmount purchAmt = opened.head().getInputs().getPurchAmt();
    return new AuthorisationRequest(
        source,
        item.getAuthTags(),
        opened.pan(),
        opened.cardExpiry(),
        item.getAuthReqPayload().getAuthReqAmt(),
        purchAmt,
        opened.head().getInputs().getHod(),
        opened.head().getTransStain(),
        merchantId,
        v.signer(),
        merchantKx,
        opened.cardholder(),
        data.isCaptureNow(),
        Amounts.zero(purchAmt),
        item.getAuthReqPayload().isSubsequentAuthInd(),
        opened.cardholder() == null ? null : opened.cardholder().getSerialNumber());
  }

  /**
   * A later authorisation of a purchase with the AuthToken an earlier AuthRes carried: the token is
   * this gateway's, for this merchant and purchase, within its window, unused, and the amount fits
   * in what the cardholder signed minus what was authorised before. CheckDigests are absent (SET
   * omits them when the PI is an AuthToken): the token carries the purchase's identity.
   */
  private AuthorisationRequest later(
      AuthReqItem item,
      AuthTokens.Opened token,
      SetString merchantId,
      X509Certificate merchant,
      X509Certificate merchantKx,
      AuthReqData data)
      throws SetProtocolException {
    AuthTokenData t = token.data();
    if (item.getCheckDigests() != null) {
      throw new SetProtocolException(Refusal.LINK_MISMATCH, "AuthReqItem.checkDigests");
    }
    if (!Wire.same(item.getAuthTags().getTransIds(), t.getTransIds())) {
      throw new SetProtocolException(Refusal.LINK_MISMATCH, "AuthTokenData.transIDs");
    }
    if (!Wire.same(t.getMerchantId(), merchantId)
        || !Certificates.identifies(token.note().merchantThumb(), merchant)) {
      throw new SetProtocolException(Refusal.MERCHANT_MISMATCH, "AuthTokenData.merchantID");
    }
    Instant pReqDate = t.getTransIds().getPReqDate();
    context
        .freshness()
        .checkSigned(pReqDate, policy.authTokenWindow(), "AuthTokenData.transIDs.pReqDate");
    CurrencyAmount asked = item.getAuthReqPayload().getAuthReqAmt();
    CurrencyAmount purchAmt = t.getPurchAmt();
    if (!Amounts.positive(asked)
        || asked.getCurrency() != purchAmt.getCurrency()
        || !Amounts.notAbove(Amounts.sum(t.getTotalAuthAmount(), asked), purchAmt)) {
      throw new SetProtocolException(Refusal.AMOUNT_MISMATCH, "AuthReqPayload.authReqAmt");
    }
    RRTags rr = item.getAuthTags().getAuthRrTags();
    replay(
        ReplayKind.AUTH_REQ_RRPID,
        rr.getRrpid(),
        context.freshness().keepUntil(rr.getCurrentDate()),
        Refusal.REPLAYED_RRPID);
    replay(
        ReplayKind.AUTH_TOKEN,
        token.note().tokenId(),
        context.freshness().keepUntil(pReqDate, policy.authTokenWindow()),
        Refusal.REPLAYED_AUTH_TOKEN);
    return new AuthorisationRequest(
        AuthorisationRequest.Source.AUTH_TOKEN,
        item.getAuthTags(),
        token.note().panToken().getPan(),
        token.note().panToken().getCardExpiry(),
        asked,
        purchAmt,
        token.note().hod(),
        token.note().transStain(),
        merchantId,
        merchant,
        merchantKx,
        null,
        data.isCaptureNow(),
        t.getTotalAuthAmount(),
        item.getAuthReqPayload().isSubsequentAuthInd(),
        token.note().cardholderSerial());
  }

  /** AuthRes for a verified request and the issuer's decision; no capture made at once. */
  public MessageWrapper authorisationResponse(AuthorisationRequest request, BankDecision decision)
      throws SetProtocolException {
    return responses.authorisationResponse(request, decision, null);
  }

  /**
   * AuthRes for an approved CaptureNow request the gateway also captured (or tried to): its
   * CapResPayload reports {@code capture}, SUCCESS for the authorized amount or the failure.
   *
   * @throws IllegalArgumentException when the request did not ask for CaptureNow or was declined
   */
  public MessageWrapper authorisationResponse(
      AuthorisationRequest request, BankDecision decision, CapCode capture)
      throws SetProtocolException {
    return responses.authorisationResponse(
        request, decision, Objects.requireNonNull(capture, "capture"));
  }

  /** The merchant ID of RRTags, which must be the signer certificate's. */
  private static SetString merchantId(X509Certificate merchant, RRTags rr)
      throws SetProtocolException {
    SetString id =
        Certificates.merchantId(merchant)
            .orElseThrow(
                () -> new SetProtocolException(Refusal.CERTIFICATE_INVALID, "AuthReq.signer"));
    if (!Wire.same(id, rr.getMerTermIds().getMerchantId())) {
      throw new SetProtocolException(
          Refusal.MERCHANT_MISMATCH, "AuthReqData.authRRTags.merTermIDs.merchantID");
    }
    return id;
  }

  /** The merchant's key-exchange certificate among those AuthReq carried, for the answer. */
  private X509Certificate merchantKeyExchange(List<X509Certificate> carried, SetString id)
      throws SetProtocolException {
    return context
        .trust()
        .find(
            c -> Certificates.isMerchantKeyExchange(c, id),
            carried,
            CertificateProfile.MERCHANT_KEY_EXCHANGE,
            "AuthReq.certificates");
  }

  /** The merchant's request and the cardholder's PIHead describe one purchase. */
  private void checkSamePurchase(
      AuthReqItem item,
      PIHead head,
      DetachedDigest cardholderHOIData,
      SetString merchantId,
      X509Certificate merchant)
      throws SetProtocolException {
    CheckDigests digests = item.getCheckDigests();
    if (digests == null || !Wire.same(digests.getHOIData(), cardholderHOIData)) {
      throw new SetProtocolException(Refusal.LINK_MISMATCH, "CheckDigests.hOIData");
    }
    if (!Wire.same(digests.getHod2(), head.getInputs().getHod())) {
      throw new SetProtocolException(Refusal.LINK_MISMATCH, "CheckDigests.hod2");
    }
    if (!Wire.same(item.getAuthTags().getTransIds(), head.getTransIds())) {
      throw new SetProtocolException(Refusal.LINK_MISMATCH, "PIHead.transIDs");
    }
    if (!Wire.same(head.getMerchantId(), merchantId)) {
      throw new SetProtocolException(Refusal.MERCHANT_MISMATCH, "PIHead.merchantID");
    }
    CertThumb bound = head.getGatewayBinding().getMerchantThumb();
    if (bound != null && !Certificates.identifies(bound, merchant)) {
      throw new SetProtocolException(
          Refusal.GATEWAY_BINDING, "PIHead.gatewayBinding.merchantThumb");
    }
    AuthReqPayload payload = item.getAuthReqPayload();
    CurrencyAmount purchAmt = head.getInputs().getPurchAmt();
    // an authorisation is for something: the issuer's network has no zero authorisation
    boolean amountOk =
        Amounts.positive(payload.getAuthReqAmt())
            && (payload.isSubsequentAuthInd()
                ? Amounts.notAbove(payload.getAuthReqAmt(), purchAmt)
                : Amounts.equal(payload.getAuthReqAmt(), purchAmt));
    if (!amountOk) {
      throw new SetProtocolException(Refusal.AMOUNT_MISMATCH, "AuthReqPayload.authReqAmt");
    }
    context
        .freshness()
        .checkSigned(
            head.getTransIds().getPReqDate(), policy.piMaxAge(), "PIHead.transIDs.pReqDate");
  }

  private void replay(ReplayKind kind, byte[] id, Instant keepUntil, Refusal refusal)
      throws SetProtocolException {
    if (!context.replay().firstUse(kind, id, keepUntil)) {
      throw new SetProtocolException(refusal, kind.name());
    }
  }
}
