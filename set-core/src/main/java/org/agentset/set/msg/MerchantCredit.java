package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.gateway.CapToken;
import org.agentset.set.asn1.gateway.CredItem;
import org.agentset.set.asn1.gateway.CredReq;
import org.agentset.set.asn1.gateway.CredReqData;
import org.agentset.set.asn1.gateway.CredRes;
import org.agentset.set.asn1.gateway.CredResData;
import org.agentset.set.asn1.gateway.MerTermIDs;
import org.agentset.set.asn1.gateway.RRTags;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.crypto.Recipient;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.crypto.cms.Baggaged;

/**
 * The merchant's refunds: CredReq ({@code EncB(M, P, CredReqData, CapTokenSeq)}: each item names
 * the capture being credited and carries the authorization's CapToken, which shows the gateway that
 * this merchant holds that authorization) and the check of CredRes ({@code Enc(P, M,
 * CredResData)}).
 */
public final class MerchantCredit {

  private final PartyContext context;
  private final Credential signature;
  private final Credential keyExchange;
  private final X509Certificate gatewayKeyExchange;
  private final Wire wire;
  private final Verifier verifier;
  private final SignedEnvelopes envelopes;
  private final SetString merchantId;

  /** As {@link MerchantAuthorisation}'s parameters. */
  public MerchantCredit(
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
    this.merchantId =
        Certificates.merchantId(signature.certificate())
            .orElseThrow(() -> new IllegalArgumentException("no merchantData in the certificate"));
  }

  /**
   * One refund: of the capture {@code captureRrpid} (the CapReq's RRPID) of {@code authorisation},
   * for {@code amount}.
   */
  public record Credit(
      AuthorisationResult authorisation, byte[] captureRrpid, CurrencyAmount amount) {}

  /** CredReq for {@code credits}, with their CapTokens as baggage. */
  public CreditSent credit(List<Credit> credits) throws SetProtocolException {
    byte[] rrpid = context.nonce();
    Instant now = context.freshness().now();
    List<CredItem> items = new ArrayList<>();
    List<CapToken> tokens = new ArrayList<>();
    for (Credit c : credits) {
      if (c.authorisation().capToken() == null) {
        throw new IllegalArgumentException("an authorization without CapToken cannot be credited");
      }
      items.add(
          new CredItem(
              c.authorisation().request.authTags.getTransIds(), c.captureRrpid(), now, c.amount()));
      tokens.add(c.authorisation().capToken());
    }
    CredReqData data =
        new CredReqData(new RRTags(rrpid, new MerTermIDs(merchantId), now), null, items, null);
    try {
      Baggaged sealed =
          envelopes.encB(
              signature.signer(context.suite(), List.of(keyExchange.certificate())),
              Recipient.of(context.suite(), Certificates.holder(gatewayKeyExchange)),
              MessageIdentifiers.CRED_REQ_TBS,
              FlowIdentifiers.CRED_REQ_TBE,
              data,
              MessageIdentifiers.CAP_TOKEN_SEQ,
              DerSeq.sequenceOf(tokens));
      CredReq req = new CredReq(Wire.contentInfo(sealed.envelope()), tokens);
      return new CreditSent(wire.wrap(req, rrpid, (MessageIDs) null), rrpid, items);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "CredReq");
    }
  }

  /**
   * Checks CredRes: signed by the gateway, encrypted to this merchant, one result per item sent.
   *
   * @throws SetProtocolException naming the failed check
   */
  public CredResData processCreditResponse(CreditSent sent, byte[] credRes)
      throws SetProtocolException {
    Received<CredRes> rx = wire.receive(credRes, CredRes.class);
    Verifier.Verified v =
        verifier.gatewayAnswer(
            () ->
                envelopes.openEnc(
                    Wire.der(rx.body()), keyExchange.recipientKey(), FlowIdentifiers.CRED_RES_TBE),
            MessageIdentifiers.CRED_RES_DATA,
            gatewayKeyExchange,
            "CredRes");
    CredResData data = Wire.decode(v.content(), CredResData::getInstance, "CredResData");
    byte[] rrpid = data.getCredRrTags().getRrpid();
    Wire.checkIds(rx.header(), rrpid, null);
    if (!Wire.same(rrpid, sent.rrpid)) {
      throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "CredResData.credRRTags.rrpid");
    }
    context
        .freshness()
        .checkSigned(data.getCredRrTags().getCurrentDate(), "CredResData.credRRTags");
    if (data.getCredResItemSeq().size() != sent.items.size()) {
      throw new SetProtocolException(Refusal.UNKNOWN_XID, "CredResData.credResItemSeq");
    }
    for (int i = 0; i < sent.items.size(); i++) {
      if (!Wire.same(
          data.getCredResItemSeq().get(i).getCapRrpid(), sent.items.get(i).getCapRrpid())) {
        throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "CredResItem.capRRPID");
      }
    }
    return data;
  }
}
