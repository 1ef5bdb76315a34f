package org.agentset.set.msg;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CapItem;
import org.agentset.set.asn1.gateway.CapReq;
import org.agentset.set.asn1.gateway.CapReqData;
import org.agentset.set.asn1.gateway.CapRes;
import org.agentset.set.asn1.gateway.CapResData;
import org.agentset.set.asn1.gateway.CapResItem;
import org.agentset.set.asn1.gateway.CapResPayload;
import org.agentset.set.asn1.gateway.CapToken;
import org.agentset.set.asn1.gateway.CapTokenData;
import org.agentset.set.asn1.gateway.MerTermIDs;
import org.agentset.set.asn1.gateway.RRTags;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.crypto.GatewayTokens;
import org.agentset.set.crypto.Recipient;
import org.agentset.set.crypto.SetContentTypes;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SharedKey;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.crypto.Signer;

/**
 * The payment gateway's capture: CapReq ({@code EncB(M, P, CapReqData, CapTokenSeq)}) verified like
 * an AuthReq, then each CapToken opened with the gateway's own token keys and checked against its
 * item: same AuthRRPID and XID, the merchant the authorization was for, within the capture window,
 * not above the authorized amount, and never captured before (SET-PROTOCOL.md §5.4: the token is a
 * bearer instrument the merchant holds, so its single use is the gateway's to enforce). CapRes is
 * {@code Enc(P, M, CapResData)}.
 */
public final class GatewayCapture {

  private static final MerchantBatch.Shape<CapReqData> SHAPE =
      new MerchantBatch.Shape<>(
          "CapReq",
          "CapReqData",
          "capRRTags",
          FlowIdentifiers.CAP_REQ_TBE,
          MessageIdentifiers.CAP_REQ_TBS,
          CapReqData::getInstance,
          CapReqData::getCapRrTags,
          CapReqData::getCRqExtensions,
          d -> d.getCapItemSeq().size(),
          ReplayKind.CAP_REQ_RRPID);

  private final PartyContext context;
  private final Credential keyExchange;
  private final Duration captureWindow;
  private final Wire wire;
  private final Verifier verifier;
  private final SignedEnvelopes envelopes;
  private final GatewayTokens tokens;
  private final Signer signer;

  /**
   * @param signature the gateway signature key (GATEWAY_SIGNATURE), which sealed the tokens
   * @param keyExchange the gateway key-exchange key (GATEWAY_KEY_EXCHANGE)
   * @param tokenKeys the token keys, current first
   * @param captureWindow how long after authorization a token may be captured
   */
  public GatewayCapture(
      PartyContext context,
      Credential signature,
      Credential keyExchange,
      List<SharedKey> tokenKeys,
      Duration captureWindow) {
    this.context = Objects.requireNonNull(context, "context");
    this.keyExchange = Objects.requireNonNull(keyExchange, "keyExchange");
    this.captureWindow = Objects.requireNonNull(captureWindow, "captureWindow");
    this.wire = new Wire(context);
    this.verifier = new Verifier(context);
    this.envelopes = new SignedEnvelopes(context.suite(), context.random());
    this.signer = signature.signer(context.suite(), List.of());
    this.tokens = new GatewayTokens(context.suite(), context.random(), signer, tokenKeys);
  }

  /**
   * Verifies a CapReq and checks each item's CapToken.
   *
   * @throws SetProtocolException naming the failed check of the request as a whole
   */
  public CaptureRequest processCaptureRequest(byte[] capReq) throws SetProtocolException {
    Received<CapReq> rx = wire.receive(capReq, CapReq.class);
    if (rx.body().isExtra()) {
      throw new SetProtocolException(Refusal.UNEXPECTED_MESSAGE, "CapReq.encBX");
    }
    List<CapToken> carried = rx.body().getCapTokenSeq();
    MerchantBatch.Opened<CapReqData> batch =
        MerchantBatch.open(
            context, verifier, envelopes, keyExchange, rx, rx.body().getEnc(), carried, SHAPE);
    CapReqData data = batch.data();
    List<CaptureRequest.Item> items = new ArrayList<>();
    for (int i = 0; i < carried.size(); i++) {
      CapItem item = data.getCapItemSeq().get(i);
      items.add(
          new CaptureRequest.Item(
              item.getTransIds(),
              item.getAuthRrpid(),
              item.getCapPayload().getCapReqAmt(),
              check(item, carried.get(i), batch.signer())));
    }
    return new CaptureRequest(
        batch.rrTags().getRrpid(), batch.merchantId(), batch.merchantKeyExchange(), items);
  }

  /** The result of one item: its token opens, matches, is in time, in amount, and unused. */
  private CapCode check(CapItem item, CapToken token, X509Certificate merchant) {
    CapTokenData data;
    CapTokenOpaque note;
    try {
      byte[] opened =
          tokens.open(
              Wire.der(token), SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE);
      data = Wire.decode(opened, CapTokenData::getInstance, "CapTokenData");
      note = Wire.decode(data.getTokenOpaque(), CapTokenOpaque::getInstance, "CapTokenOpaque");
    } catch (SetCryptoException | SetProtocolException e) {
      return CapCode.INVALID_CAP_TOKEN;
    }
    if (!Wire.same(data.getAuthRrpid(), item.getAuthRrpid())
        || !Wire.same(note.getXid(), item.getTransIds().getXid())
        || !Certificates.identifies(note.getMerchantThumb(), merchant)) {
      return CapCode.INVALID_CAP_TOKEN;
    }
    Instant deadline = note.getAuthDate().plus(captureWindow);
    if (context.freshness().now().isAfter(deadline)) {
      return CapCode.AUTH_EXPIRED;
    }
    if (!Amounts.notAbove(item.getCapPayload().getCapReqAmt(), data.getAuthAmt())) {
      return CapCode.INVALID_AUTH_DATA;
    }
    if (!context
        .replay()
        .firstUse(
            ReplayKind.CAP_TOKEN,
            data.getAuthRrpid(),
            context.freshness().keepUntil(note.getAuthDate(), captureWindow))) {
      return CapCode.DUPLICATE_REQUEST;
    }
    return CapCode.SUCCESS;
  }

  /**
   * CapRes reporting each item's result, batched under {@code batchId}.
   *
   * @param batchId the acquirer batch the successful items went into, or null
   */
  public MessageWrapper captureResponse(CaptureRequest request, BigInteger batchId)
      throws SetProtocolException {
    Instant now = context.freshness().now();
    List<CapResItem> results = new ArrayList<>();
    long seq = 0;
    for (CaptureRequest.Item item : request.items()) {
      boolean ok = item.result() == CapCode.SUCCESS;
      CurrencyAmount captured =
          ok
              ? item.amount()
              : new CurrencyAmount(item.amount().getCurrency(), 0, item.amount().getAmtExp10());
      results.add(
          new CapResItem(
              item.transIds(),
              item.authRrpid(),
              new CapResPayload(
                  item.result(),
                  captured,
                  now,
                  ok ? batchId : null,
                  ok && batchId != null ? BigInteger.valueOf(seq++) : null)));
    }
    CapResData data =
        new CapResData(
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
              MessageIdentifiers.CAP_RES_DATA,
              FlowIdentifiers.CAP_RES_TBE,
              data);
      return wire.wrap(new CapRes(Wire.contentInfo(sealed)), request.rrpid, (MessageIDs) null);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "CapRes");
    }
  }
}
