package org.agentset.set.msg;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.gateway.CapToken;
import org.agentset.set.asn1.gateway.CapTokenData;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.gateway.CredItem;
import org.agentset.set.asn1.gateway.CredReq;
import org.agentset.set.asn1.gateway.CredReqData;
import org.agentset.set.asn1.gateway.CredRes;
import org.agentset.set.asn1.gateway.CredResData;
import org.agentset.set.asn1.gateway.CredResItem;
import org.agentset.set.asn1.gateway.MerTermIDs;
import org.agentset.set.asn1.gateway.RRTags;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.crypto.GatewayTokens;
import org.agentset.set.crypto.Recipient;
import org.agentset.set.crypto.SetContentTypes;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SharedKey;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.crypto.Signer;

/**
 * The payment gateway's refunds: CredReq verified like a CapReq (envelope to the gateway's
 * key-exchange key, merchant signature and certificates, signed date, single-use RRPID), then each
 * item's CapToken opened with the gateway's token keys and checked against its item: same XID, the
 * merchant the authorization was for, and a credit amount in the authorization's currency not above
 * the authorized amount. Unlike a capture, the token is not spent (a capture may be credited in
 * parts): what was already refunded is the caller's record, checked before the acquirer credits.
 * CredRes is {@code Enc(P, M, CredResData)}.
 */
public final class GatewayCredit {

  private static final MerchantBatch.Shape<CredReqData> SHAPE =
      new MerchantBatch.Shape<>(
          "CredReq",
          "CredReqData",
          "credRRTags",
          FlowIdentifiers.CRED_REQ_TBE,
          MessageIdentifiers.CRED_REQ_TBS,
          CredReqData::getInstance,
          CredReqData::getCredRrTags,
          CredReqData::getCRqExtensions,
          d -> d.getCredItemSeq().size(),
          ReplayKind.CRED_REQ_RRPID);

  private final PartyContext context;
  private final Credential keyExchange;
  private final Wire wire;
  private final Verifier verifier;
  private final SignedEnvelopes envelopes;
  private final GatewayTokens tokens;
  private final Signer signer;

  /** As {@link GatewayCapture}'s parameters (the tokens are the same). */
  public GatewayCredit(
      PartyContext context,
      Credential signature,
      Credential keyExchange,
      List<SharedKey> tokenKeys) {
    this.context = Objects.requireNonNull(context, "context");
    this.keyExchange = Objects.requireNonNull(keyExchange, "keyExchange");
    this.wire = new Wire(context);
    this.verifier = new Verifier(context);
    this.envelopes = new SignedEnvelopes(context.suite(), context.random());
    this.signer = signature.signer(context.suite(), List.of());
    this.tokens = new GatewayTokens(context.suite(), context.random(), signer, tokenKeys);
  }

  /**
   * Verifies a CredReq and checks each item's CapToken.
   *
   * @throws SetProtocolException naming the failed check of the request as a whole
   */
  public CreditRequest processCreditRequest(byte[] credReq) throws SetProtocolException {
    Received<CredReq> rx = wire.receive(credReq, CredReq.class);
    List<CapToken> carried = rx.body().getCapTokenSeq();
    MerchantBatch.Opened<CredReqData> batch =
        MerchantBatch.open(
            context, verifier, envelopes, keyExchange, rx, rx.body().getEnc(), carried, SHAPE);
    CredReqData data = batch.data();
    List<CreditRequest.Item> items = new ArrayList<>();
    for (int i = 0; i < carried.size(); i++) {
      items.add(check(data.getCredItemSeq().get(i), carried.get(i), batch.signer()));
    }
    return new CreditRequest(
        batch.rrTags().getRrpid(), batch.merchantId(), batch.merchantKeyExchange(), items);
  }

  /** One item: its token opens and names this purchase and merchant; the amount fits. */
  private CreditRequest.Item check(CredItem item, CapToken token, X509Certificate merchant) {
    CapTokenData data;
    CapTokenOpaque note;
    try {
      byte[] opened =
          tokens.open(
              Wire.der(token), SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE);
      data = Wire.decode(opened, CapTokenData::getInstance, "CapTokenData");
      note = Wire.decode(data.getTokenOpaque(), CapTokenOpaque::getInstance, "CapTokenOpaque");
    } catch (SetCryptoException | SetProtocolException e) {
      return item(item, null, CredCode.INVALID_CAP_TOKEN);
    }
    if (!Wire.same(note.getXid(), item.getTransIds().getXid())
        || !Certificates.identifies(note.getMerchantThumb(), merchant)) {
      return item(item, data.getAuthRrpid(), CredCode.INVALID_CAP_TOKEN);
    }
    CurrencyAmount amount = item.getCredReqAmt();
    if (amount.getAmount().signum() <= 0 || !Amounts.notAbove(amount, data.getAuthAmt())) {
      return item(item, data.getAuthRrpid(), CredCode.CREDIT_TOO_LARGE);
    }
    return item(item, data.getAuthRrpid(), CredCode.SUCCESS);
  }

  private static CreditRequest.Item item(CredItem item, byte[] authRrpid, CredCode code) {
    return new CreditRequest.Item(
        item.getTransIds(), item.getCapRrpid(), authRrpid, item.getCredReqAmt(), code);
  }

  /**
   * CredRes reporting each item's result, batched under {@code batchId}.
   *
   * @param batchId the acquirer batch the successful items went into, or null
   */
  public org.agentset.set.asn1.msg.MessageWrapper creditResponse(
      CreditRequest request, BigInteger batchId) throws SetProtocolException {
    Instant now = context.freshness().now();
    List<CredResItem> results = new ArrayList<>();
    for (CreditRequest.Item item : request.items()) {
      boolean ok = item.result() == CredCode.SUCCESS;
      CurrencyAmount credited =
          ok
              ? item.amount()
              : new CurrencyAmount(item.amount().getCurrency(), 0, item.amount().getAmtExp10());
      results.add(
          new CredResItem(
              item.transIds(), item.capRrpid(), item.result(), credited, ok ? batchId : null));
    }
    CredResData data =
        new CredResData(
            new RRTags(request.rrpid, new MerTermIDs(request.merchantId), now),
            null,
            null,
            results,
            null);
    try {
      byte[] sealed =
          envelopes.enc(
              signer,
              Recipient.of(context.suite(), Certificates.holder(request.merchantKeyExchange)),
              MessageIdentifiers.CRED_RES_DATA,
              FlowIdentifiers.CRED_RES_TBE,
              data);
      return wire.wrap(new CredRes(Wire.contentInfo(sealed)), request.rrpid, (MessageIDs) null);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "CredRes");
    }
  }
}
