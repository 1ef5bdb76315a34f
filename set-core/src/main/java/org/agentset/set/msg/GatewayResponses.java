package org.agentset.set.msg;

import java.time.Instant;
import java.util.List;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.gateway.AuthHeader;
import org.agentset.set.asn1.gateway.AuthRes;
import org.agentset.set.asn1.gateway.AuthResBaggage;
import org.agentset.set.asn1.gateway.AuthResData;
import org.agentset.set.asn1.gateway.AuthResPayload;
import org.agentset.set.asn1.gateway.AuthToken;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CapResPayload;
import org.agentset.set.asn1.gateway.CapToken;
import org.agentset.set.asn1.gateway.CapTokenData;
import org.agentset.set.asn1.gateway.GatewayReceipt;
import org.agentset.set.asn1.gateway.GatewayReceiptData;
import org.agentset.set.asn1.gateway.MerchantBinding;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.crypto.GatewayTokens;
import org.agentset.set.crypto.Recipient;
import org.agentset.set.crypto.SetContentTypes;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SharedKey;
import org.agentset.set.crypto.Signatures;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.crypto.Signer;
import org.agentset.set.crypto.cms.Baggaged;

/**
 * The gateway's AuthRes: {@code EncB(P, M, AuthResData, AuthResBaggage)} to the merchant's
 * key-exchange certificate, with three additions over SET 1.0 inside the signed AuthResPayload: the
 * MerchantBinding naming the merchant the result is for (§5.2), the GatewayReceipt the cardholder
 * verifies (§5.2), and, when approved, a CapToken sealed to the gateway itself whose opaque part
 * names the XID and merchant it may be captured for (§5.4). When the gateway captured at once
 * (CaptureNow), the payload's CapResPayload says how that went, and the CapToken still comes: it is
 * what a later CredReq refunds the capture with (and what a CapReq captures with when the capture
 * at once failed).
 */
final class GatewayResponses {

  private final PartyContext context;
  private final Signer signer;
  private final GatewayTokens tokens;
  private final Wire wire;
  private final SignedEnvelopes envelopes;
  private final Signatures signatures;
  private final AuthTokens authTokens;

  GatewayResponses(
      PartyContext context, Credential signature, List<SharedKey> tokenKeys, Wire wire) {
    this.context = context;
    this.signer = signature.signer(context.suite(), List.of());
    this.tokens = new GatewayTokens(context.suite(), context.random(), signer, tokenKeys);
    this.wire = wire;
    this.envelopes = new SignedEnvelopes(context.suite(), context.random());
    this.signatures = new Signatures(context.suite());
    this.authTokens = new AuthTokens(context, tokens);
  }

  AuthTokens authTokens() {
    return authTokens;
  }

  /**
   * AuthRes for {@code r}.
   *
   * @param capture the result of the capture the gateway made at once (CaptureNow), or null when it
   *     made none: only then does AuthRes carry a CapResPayload, SUCCESS for the authorized amount
   *     or the failure with a zero amount
   */
  MessageWrapper authorisationResponse(AuthorisationRequest r, BankDecision d, CapCode capture)
      throws SetProtocolException {
    if (!Amounts.notAbove(d.authorisedAmount(), r.amount)) {
      throw new IllegalArgumentException("the issuer cannot authorize more than was requested");
    }
    boolean approved = d.authCode() == AuthCode.APPROVED;
    Instant now = context.freshness().now();
    AuthHeader header =
        new AuthHeader(
            d.authorisedAmount(), d.authCode(), now, d.approvalCode(), d.responseCode(), null);
    CertThumb merchantThumb = Certificates.thumb(r.merchantSignature);
    try {
      GatewayReceipt receipt = receipt(r, header, merchantThumb);
      if (capture != null && (!approved || !r.captureNow)) {
        throw new IllegalArgumentException(
            "only an approved CaptureNow request is captured at once");
      }
      CapResPayload captured =
          capture == null
              ? null
              : new CapResPayload(
                  capture,
                  capture == CapCode.SUCCESS
                      ? d.authorisedAmount()
                      : new CurrencyAmount(
                          d.authorisedAmount().getCurrency(),
                          0,
                          d.authorisedAmount().getAmtExp10()),
                  now,
                  null,
                  null);
      AuthResPayload payload =
          new AuthResPayload(
              header,
              captured,
              AgentSetExtensions.of(
                  AgentSetExtensions.critical(
                      MessageIdentifiers.EXT_MERCHANT_BINDING,
                      new MerchantBinding(r.merchantId, merchantThumb)),
                  AgentSetExtensions.nonCritical(MessageIdentifiers.EXT_GATEWAY_RECEIPT, receipt)));
      AuthResData data = new AuthResData(r.authTags, null, null, payload);
      // also after a capture made at once: a CredReq names its capture by this token
      CapToken token = approved ? capToken(r, header, merchantThumb) : null;
      AuthResBaggage baggage = new AuthResBaggage(token, null, authToken(r, d, now, merchantThumb));
      Baggaged sealed =
          envelopes.encB(
              signer,
              Recipient.of(context.suite(), Certificates.holder(r.merchantKeyExchange)),
              MessageIdentifiers.AUTH_RES_TBS,
              FlowIdentifiers.AUTH_RES_TBE,
              data,
              MessageIdentifiers.AUTH_RES_BAGGAGE,
              baggage);
      AuthRes res = new AuthRes(false, Wire.contentInfo(sealed.envelope()), baggage);
      return wire.wrap(res, r.authRrpid(), r.authTags.getTransIds());
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "AuthRes");
    }
  }

  /**
   * The AuthToken for the purchase's next authorisation: when the merchant asked for one
   * (SubsequentAuthInd), the issuer approved, and some of the cardholder-signed amount is left. A
   * decline ends the chain: the token it came with is spent.
   */
  private AuthToken authToken(
      AuthorisationRequest r, BankDecision d, Instant now, CertThumb merchantThumb)
      throws SetCryptoException {
    if (!r.authTokenRequested || d.authCode() != AuthCode.APPROVED) {
      return null;
    }
    CurrencyAmount total = Amounts.sum(r.authorisedBefore, d.authorisedAmount());
    if (Amounts.notAbove(r.purchaseAmount, total)) {
      return null; // nothing left to authorise
    }
    return authTokens.seal(r, total, now, merchantThumb);
  }

  /** {@code S(P, GatewayReceiptData)}. */
  private GatewayReceipt receipt(AuthorisationRequest r, AuthHeader h, CertThumb merchantThumb)
      throws SetCryptoException {
    GatewayReceiptData data =
        new GatewayReceiptData(
            r.xid(),
            r.authRrpid(),
            r.hod,
            h.getAuthAmt(),
            h.getAuthCode(),
            r.merchantId,
            merchantThumb,
            h.getAuthDate(),
            GatewayReceiptData.LABEL);
    byte[] s = signatures.s(signer, MessageIdentifiers.GATEWAY_RECEIPT_DATA, data);
    return new GatewayReceipt(Wire.contentInfo(s));
  }

  /** {@code EncK(k, P, CapTokenData)} under the gateway's own token key. */
  private CapToken capToken(AuthorisationRequest r, AuthHeader h, CertThumb merchantThumb)
      throws SetCryptoException {
    CapTokenOpaque note = new CapTokenOpaque(r.xid(), merchantThumb, h.getAuthDate());
    CapTokenData data = new CapTokenData(r.authRrpid(), h.getAuthAmt(), Wire.der(note));
    byte[] sealed = tokens.seal(SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE, data);
    return new CapToken(Wire.contentInfo(sealed));
  }
}
