package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.TransIDs;
import org.agentset.set.asn1.purchase.GatewayBinding;
import org.agentset.set.asn1.purchase.OIData;
import org.agentset.set.asn1.purchase.OIDualSigned;
import org.agentset.set.asn1.purchase.PI;
import org.agentset.set.asn1.purchase.PInitReq;
import org.agentset.set.asn1.purchase.PInitRes;
import org.agentset.set.asn1.purchase.PInitResData;
import org.agentset.set.asn1.purchase.PReq;
import org.agentset.set.asn1.purchase.PReqDualSigned;
import org.agentset.set.asn1.purchase.PReqUnsigned;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.crypto.Digests;
import org.agentset.set.crypto.DualSignature;
import org.agentset.set.crypto.Hod;
import org.agentset.set.crypto.SetContentTypes;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.Signatures;
import org.agentset.set.crypto.SignedContent;
import org.agentset.set.crypto.cms.Link;

/**
 * The merchant's side of a purchase towards the cardholder: PInitRes, the check of PReq, and PRes
 * and InqRes. The merchant sees the order and the amount but never the card: the payment
 * instruction goes on to the gateway unopened ({@link MerchantAuthorisation}).
 *
 * <p>PReq checks, in order: suite and header date; dual-signed form; TransIDs, Chall-C and Chall-M
 * against the PInitRes it answered; the signed PReq date; HOD against its own order description and
 * amount; the GatewayBinding naming the gateway and merchant certificates of PInitRes (§5.1); the
 * cardholder certificate path (CARDHOLDER type, revocation); the dual signature over the OI it
 * holds; finally the single use of XID and RRPID.
 */
public final class MerchantPurchase {

  private final PartyContext context;
  private final Credential signature;
  private final List<X509Certificate> gatewayKeyExchange;
  private final Wire wire;
  private final Verifier verifier;
  private final DualSignature dual;
  private final Digests digests;
  private final Hod hod;
  private final SetString merchantId;
  private final MerchantResponses responses;

  /**
   * @param context suite, randomness, clock, trust and replay store
   * @param signature the merchant signature certificate and key (MERCHANT_SIGNATURE profile)
   * @param gatewayKeyExchange the chosen gateway's key-exchange certificate and its chain, leaf
   *     first, as sent to cardholders in PInitRes
   */
  public MerchantPurchase(
      PartyContext context, Credential signature, List<X509Certificate> gatewayKeyExchange) {
    this.context = Objects.requireNonNull(context, "context");
    this.signature = Objects.requireNonNull(signature, "signature");
    this.gatewayKeyExchange = List.copyOf(gatewayKeyExchange);
    this.wire = new Wire(context);
    this.verifier = new Verifier(context);
    this.dual = new DualSignature(context.suite(), context.random());
    this.digests = new Digests(context.suite());
    this.hod = new Hod(context.suite());
    this.merchantId =
        Certificates.merchantId(signature.certificate())
            .orElseThrow(() -> new IllegalArgumentException("no merchantData in the certificate"));
    this.responses = new MerchantResponses(context, signature, wire, verifier);
  }

  /**
   * Answers PInitReq for {@code order} (the SET initiation the merchant agreed): assigns XID and
   * Chall-M, names the gateway key-exchange certificate, signs.
   *
   * @throws SetProtocolException naming the failed check
   */
  public PInitAnswered answerInit(byte[] pInitReq, PurchaseOrder order)
      throws SetProtocolException {
    Received<PInitReq> rx = wire.receive(pInitReq, PInitReq.class);
    PInitReq req = rx.body();
    Wire.checkIds(rx.header(), req.getRrpid(), null);
    if (!req.getBrandId().getString().equals(order.brandId())) {
      throw new SetProtocolException(Refusal.ORDER_MISMATCH, "PInitReq.brandID");
    }
    if (req.getLocalIdM() != null && !Wire.same(req.getLocalIdM(), order.localIdM())) {
      throw new SetProtocolException(Refusal.ORDER_MISMATCH, "PInitReq.localID-M");
    }
    Wire.checkCritical(req.getPiRqExtensions(), Set.of(), "PInitReq.piRqExtensions");
    TransIDs ids =
        new TransIDs(
            req.getLocalIdC(),
            order.localIdM(),
            context.nonce(),
            context.freshness().now(),
            null,
            req.getLanguage());
    byte[] challM = context.nonce();
    X509Certificate gateway = gatewayKeyExchange.get(0);
    PInitResData data =
        new PInitResData(
            ids,
            req.getRrpid(),
            req.getChallC(),
            challM,
            null,
            Certificates.thumb(gateway),
            null,
            null);
    try {
      byte[] s =
          new Signatures(context.suite())
              .s(
                  signature.signer(context.suite(), gatewayKeyExchange),
                  MessageIdentifiers.PINIT_RES_DATA,
                  data);
      MessageWrapper message = wire.wrap(new PInitRes(Wire.contentInfo(s)), req.getRrpid(), ids);
      return new PInitAnswered(message, order, ids, req.getChallC(), challM, gateway);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "PInitRes");
    }
  }

  /**
   * Checks a dual-signed PReq against the PInitRes answered for it.
   *
   * @throws SetProtocolException naming the failed check
   */
  public VerifiedPReq verifyPurchaseRequest(PInitAnswered init, byte[] pReq)
      throws SetProtocolException {
    return verifyPurchaseRequest(init, pReq, false);
  }

  /**
   * Checks a PReq as {@link #verifyPurchaseRequest(PInitAnswered, byte[])}; with {@code
   * acceptUnsigned} a PReqUnsigned (cardholder without certificate) is taken too: its OIData gets
   * every check but the dual signature, which it has not, and its PI goes on to the gateway, which
   * decides by its own policy.
   *
   * @throws SetProtocolException naming the failed check ({@code SIGNATURE_REQUIRED} for an
   *     unsigned PReq when not accepted)
   */
  public VerifiedPReq verifyPurchaseRequest(PInitAnswered init, byte[] pReq, boolean acceptUnsigned)
      throws SetProtocolException {
    Received<PReq> rx = wire.receive(pReq, PReq.class);
    PReqDualSigned signed = rx.body().getDualSigned();
    if (signed == null) {
      if (!acceptUnsigned) {
        throw new SetProtocolException(Refusal.SIGNATURE_REQUIRED, "PReq.pReqUnsigned");
      }
      return unsigned(init, rx);
    }
    OIDualSigned oiDual = signed.getOiDualSigned();
    OIData oi = oiDual.getOiData();
    Wire.checkIds(rx.header(), oi.getRrpid(), oi.getTransIds().getXid());
    checkOrder(init, oi);
    X509Certificate cardholder = cardholder(signed, oi, oiDual);
    return new VerifiedPReq(
        init, oi, oi.getRrpid(), PI.of(signed.getPiDualSigned()), accepted(oi), cardholder);
  }

  private VerifiedPReq unsigned(PInitAnswered init, Received<PReq> rx) throws SetProtocolException {
    PReqUnsigned unsigned = rx.body().getUnsigned();
    OIData oi = unsigned.getOiData();
    Wire.checkIds(rx.header(), oi.getRrpid(), oi.getTransIds().getXid());
    checkOrder(init, oi);
    return new VerifiedPReq(
        init, oi, oi.getRrpid(), PI.of(unsigned.getPiUnsigned()), accepted(oi), null);
  }

  /**
   * Records a checked order's XID and RRPID as seen (a replay of either is refused) and returns
   * HOIData, the digest the gateway compares with the PI's.
   */
  private DetachedDigest accepted(OIData oi) throws SetProtocolException {
    Instant date = oi.getTransIds().getPReqDate();
    replay(ReplayKind.PREQ_XID, oi.getTransIds().getXid(), date, Refusal.REPLAYED_XID);
    replay(ReplayKind.PREQ_RRPID, oi.getRrpid(), date, Refusal.REPLAYED_RRPID);
    return DetachedDigest.getInstance(digests.digestedData(SetContentTypes.OI_DATA, oi));
  }

  /** TransIDs, challenges, date, HOD and the gateway binding against the merchant's own state. */
  private void checkOrder(PInitAnswered init, OIData oi) throws SetProtocolException {
    if (!Wire.same(oi.getTransIds(), init.transIds)) {
      throw new SetProtocolException(Refusal.UNKNOWN_XID, "OIData.transIDs");
    }
    if (!Wire.same(oi.getChallM(), init.challM)) {
      throw new SetProtocolException(Refusal.CHALLENGE_MISMATCH, "OIData.chall-M");
    }
    if (!Wire.same(oi.getChallC(), init.challC)) {
      throw new SetProtocolException(Refusal.CHALLENGE_MISMATCH, "OIData.chall-C");
    }
    context.freshness().checkSigned(oi.getTransIds().getPReqDate(), "OIData.transIDs.pReqDate");
    if (!oi.getBrandId().getString().equals(init.order.brandId())) {
      throw new SetProtocolException(Refusal.ORDER_MISMATCH, "OIData.brandID");
    }
    try {
      hod.check(
          Digests.readDigestedData(oi.getHod(), "OIData.hod"),
          init.order.hodInput(oi.getOdSalt()),
          "OIData.hod");
    } catch (SetCryptoException e) {
      throw new SetProtocolException(Refusal.ORDER_MISMATCH, "OIData.hod", e);
    }
    Wire.checkCritical(
        oi.getOiExtensions(),
        Set.of(MessageIdentifiers.EXT_GATEWAY_BINDING),
        "OIData.oiExtensions");
    GatewayBinding b = oi.getGatewayBinding();
    if (b == null
        || !Certificates.identifies(b.getPeThumb(), init.gatewayKeyExchange)
        || !Certificates.identifies(b.getMerchantThumb(), signature.certificate())
        || !b.getBrandId().getString().equals(init.order.brandId())
        || !GatewayBinding.LABEL.equals(b.getLabel())) {
      throw new SetProtocolException(Refusal.GATEWAY_BINDING, "OIData.oiExtensions.gatewayBinding");
    }
    if (!b.getSuite().equals(context.suite().identifier())) {
      throw new SetProtocolException(Refusal.SUITE_MISMATCH, "OIData.gatewayBinding.suite");
    }
  }

  /** The cardholder certificate, validated, and the dual signature over this OI. */
  private X509Certificate cardholder(PReqDualSigned signed, OIData oi, OIDualSigned oiDual)
      throws SetProtocolException {
    byte[] sig = Wire.der(signed.getPiDualSigned().getPiSignature());
    try {
      SignedContent content = SignedContent.read(sig);
      X509Certificate cardholder =
          context
              .trust()
              .signer(
                  content.signerId(),
                  content.certificates(),
                  CertificateProfile.CARDHOLDER,
                  "PISignature");
      Link link =
          new Link(oi, Digests.readDigestedData(oiDual.getHPIData(), "OIDualSigned.hPIData"));
      dual.verifyAsMerchant(sig, link, Certificates.holder(cardholder));
      return cardholder;
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.DUAL_SIGNATURE, "PISignature");
    }
  }

  private void replay(ReplayKind kind, byte[] id, Instant date, Refusal refusal)
      throws SetProtocolException {
    if (!context.replay().firstUse(kind, id, context.freshness().keepUntil(date))) {
      throw new SetProtocolException(refusal, kind.name());
    }
  }

  /** PRes reporting the authorization, with the gateway's receipt relayed unchanged. */
  public MessageWrapper purchaseResponse(VerifiedPReq purchase, AuthorisationResult result)
      throws SetProtocolException {
    return responses.purchaseResponse(purchase, result);
  }

  /** PRes reporting the order received, before any authorization. */
  public MessageWrapper purchaseResponse(VerifiedPReq purchase) throws SetProtocolException {
    return responses.purchaseResponse(purchase, null);
  }

  /**
   * Answers a signed InqReq about {@code purchase} with its current state.
   *
   * @param result the authorization so far, or null
   * @throws SetProtocolException naming the failed check
   */
  public MessageWrapper answerInquiry(
      VerifiedPReq purchase, AuthorisationResult result, byte[] inqReq)
      throws SetProtocolException {
    return responses.answerInquiry(purchase, result, inqReq);
  }

  /** The merchant ID of its signature certificate. */
  public SetString merchantId() {
    return merchantId;
  }
}
