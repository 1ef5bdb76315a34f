package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.PANData;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.TransIDs;
import org.agentset.set.asn1.purchase.GatewayBinding;
import org.agentset.set.asn1.purchase.Inputs;
import org.agentset.set.asn1.purchase.OIData;
import org.agentset.set.asn1.purchase.OIDualSigned;
import org.agentset.set.asn1.purchase.PIData;
import org.agentset.set.asn1.purchase.PIDualSigned;
import org.agentset.set.asn1.purchase.PIHead;
import org.agentset.set.asn1.purchase.PISignature;
import org.agentset.set.asn1.purchase.PIUnsigned;
import org.agentset.set.asn1.purchase.PInitReq;
import org.agentset.set.asn1.purchase.PInitRes;
import org.agentset.set.asn1.purchase.PInitResData;
import org.agentset.set.asn1.purchase.PReq;
import org.agentset.set.asn1.purchase.PReqDualSigned;
import org.agentset.set.asn1.purchase.PReqUnsigned;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.crypto.DualSignature;
import org.agentset.set.crypto.Envelopes;
import org.agentset.set.crypto.Hod;
import org.agentset.set.crypto.Recipient;
import org.agentset.set.crypto.SetContentTypes;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.Signer;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * The cardholder's side of a purchase (the E-Wallet): PInitReq, then the dual-signed PReq from the
 * merchant's PInitRes, then the check of PRes (and InqRes) with the gateway's receipt. The card and
 * the signature key never leave this object; the PAN leaves it only inside PANData, extra-encrypted
 * to the gateway key-exchange certificate the merchant named and the cardholder validated, and
 * bound to that certificate under the dual signature ({@link GatewayBinding}, the §5.1 fix).
 */
public final class CardholderPurchase {

  private final PartyContext context;
  private final Credential signature;
  private final CardAccount card;
  private final Wire wire;
  private final Verifier verifier;
  private final DualSignature dual;
  private final Hod hod;
  private final CardholderResponses responses;

  /** TransStain of an unsigned PIHead: SHA-256's size, all zeros (no CardSecret to key it). */
  private static final int UNSIGNED_TRANS_STAIN = 32;

  /**
   * @param context suite, randomness, clock, trust and replay store
   * @param signature the cardholder signature certificate and key (CARDHOLDER profile)
   * @param card the card the certificate was issued for
   */
  public CardholderPurchase(PartyContext context, Credential signature, CardAccount card) {
    this(context, Objects.requireNonNull(signature, "signature"), card, true);
  }

  private CardholderPurchase(
      PartyContext context, Credential signature, CardAccount card, boolean signed) {
    this.context = Objects.requireNonNull(context, "context");
    this.signature = signature;
    this.card = Objects.requireNonNull(card, "card");
    if (signed != card.isCertified()) {
      throw new IllegalArgumentException(
          signed ? "a signed purchase needs a registered card" : "an unsigned purchase's card");
    }
    this.wire = new Wire(context);
    this.verifier = new Verifier(context);
    this.dual = new DualSignature(context.suite(), context.random());
    this.hod = new Hod(context.suite());
    this.responses = new CardholderResponses(context, wire, verifier);
  }

  /**
   * A cardholder without a certificate (SET's unsigned purchase): PReq carries {@code
   * PReqUnsigned}, whose PI is {@code EXH(P, PI-OILink, PANToken)} to the gateway, and PIHead a
   * zero TransStain (there is no CardSecret). It authenticates nobody: AgentSET's gateway refuses
   * it with {@code signatureRequired} unless its operator allows unsigned purchases, and a merchant
   * takes it only when it says so ({@link MerchantPurchase#verifyPurchaseRequest(PInitAnswered,
   * byte[], boolean)}). It cannot inquire: SET's unsigned InqReq would tell the purchase's state to
   * anyone who learnt its XID, so AgentSET's merchants refuse it ({@code signatureRequired}).
   *
   * @param card the card, as {@link CardAccount#uncertified}
   */
  public static CardholderPurchase withoutCertificate(PartyContext context, CardAccount card) {
    return new CardholderPurchase(context, null, card, false);
  }

  /** PInitReq for {@code order}: fresh RRPID, LID-C and Chall-C; sent in the clear. */
  public PInitSent initiate(PurchaseOrder order) {
    byte[] rrpid = context.nonce();
    byte[] challC = context.nonce();
    byte[] lidC = context.nonce();
    PInitReq req =
        new PInitReq(
            rrpid,
            order.language(),
            lidC,
            order.localIdM(),
            challC,
            brand(order),
            card.bin(),
            null,
            null);
    MessageWrapper message = wire.wrap(req, rrpid, new MessageIDs(lidC, order.localIdM(), null));
    return new PInitSent(message, order, rrpid, challC, lidC);
  }

  /**
   * Checks PInitRes (merchant signature and certificate, echoed RRPID and Chall-C, the named
   * gateway key-exchange certificate) and builds the dual-signed PReq.
   *
   * @throws SetProtocolException naming the failed check
   */
  public PReqSent purchaseRequest(PInitSent sent, byte[] pInitRes) throws SetProtocolException {
    return purchaseRequest(sent, pInitRes, null);
  }

  /**
   * As {@link #purchaseRequest(PInitSent, byte[])}, naming {@code boundGateway} in the
   * GatewayBinding instead of the certificate actually encrypted to (when not null). Only tests use
   * it, to show that merchant and gateway refuse a PI bound to another gateway (§5.1).
   */
  PReqSent purchaseRequest(PInitSent sent, byte[] pInitRes, X509Certificate boundGateway)
      throws SetProtocolException {
    Received<PInitRes> rx = wire.receive(pInitRes, PInitRes.class);
    Verifier.Verified v =
        verifier.signed(
            Wire.der(rx.body()),
            MessageIdentifiers.PINIT_RES_DATA,
            CertificateProfile.MERCHANT_SIGNATURE,
            Refusal.SIGNATURE,
            "PInitRes");
    PInitResData data = Wire.decode(v.content(), PInitResData::getInstance, "PInitResData");
    TransIDs ids = data.getTransIds();
    Wire.checkIds(rx.header(), data.getRrpid(), ids.getXid());
    if (!Wire.same(data.getRrpid(), sent.rrpid)) {
      throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "PInitResData.rrpid");
    }
    if (!Wire.same(data.getChallC(), sent.challC)) {
      throw new SetProtocolException(Refusal.CHALLENGE_MISMATCH, "PInitResData.chall-C");
    }
    if (!Wire.same(ids.getLidC(), sent.lidC)) {
      throw new SetProtocolException(Refusal.UNKNOWN_XID, "PInitResData.transIDs.lid-C");
    }
    context.freshness().checkSigned(ids.getPReqDate(), "PInitResData.transIDs.pReqDate");
    Wire.checkCritical(data.getPiRsExtensions(), Set.of(), "PInitResData.piRsExtensions");
    X509Certificate gateway =
        context
            .trust()
            .find(
                c -> Certificates.identifies(data.getPeThumb(), c),
                v.carried(),
                CertificateProfile.GATEWAY_KEY_EXCHANGE,
                "PInitResData.peThumb");
    SetString merchantId =
        Certificates.merchantId(v.signer())
            .orElseThrow(
                () -> new SetProtocolException(Refusal.CERTIFICATE_INVALID, "PInitRes.signer"));
    return dualSigned(
        sent, data, v.signer(), gateway, boundGateway == null ? gateway : boundGateway, merchantId);
  }

  private PReqSent dualSigned(
      PInitSent sent,
      PInitResData init,
      X509Certificate merchant,
      X509Certificate gateway,
      X509Certificate boundGateway,
      SetString merchantId)
      throws SetProtocolException {
    PurchaseOrder order = sent.order;
    TransIDs ids = init.getTransIds();
    byte[] rrpid = context.nonce();
    byte[] odSalt = context.nonce();
    DetachedDigest hodValue = DetachedDigest.getInstance(hod.hod(order.hodInput(odSalt)));
    Extensions binding = binding(boundGateway, merchant, order);
    OIData oi =
        new OIData(
            ids,
            rrpid,
            sent.challC,
            hodValue,
            odSalt,
            init.getChallM(),
            brand(order),
            card.bin(),
            null,
            binding);
    PIHead head =
        new PIHead(
            ids,
            new Inputs(hodValue, order.amount()),
            merchantId,
            null,
            signature == null ? new byte[UNSIGNED_TRANS_STAIN] : card.transStain(ids.getXid()),
            context.swIdent(),
            null,
            binding);
    if (signature == null) {
      return unsigned(sent, ids, rrpid, hodValue, head, oi, merchant, gateway, merchantId);
    }
    PANData pan = card.panData(context.nonce());
    PIData pi = new PIData(head, pan);
    try {
      Signer cardholder = signature.signer(context.suite(), List.of());
      PISignature sig = new PISignature(Wire.contentInfo(dual.sign(cardholder, pi, oi)));
      byte[] ex =
          dual.exPiData(
              Recipient.of(context.suite(), Certificates.holder(gateway)),
              dual.piOiLink(head, oi),
              pan);
      DetachedDigest hPIData = DetachedDigest.getInstance(dual.oiDualSigned(oi, pi).digest());
      PReq req =
          new PReq(
              new PReqDualSigned(
                  new PIDualSigned(sig, Wire.contentInfo(ex)), new OIDualSigned(oi, hPIData)));
      MessageWrapper message = wire.wrap(req, rrpid, ids);
      return new PReqSent(
          message, order, ids, rrpid, sent.challC, hodValue, merchantId, merchant, gateway);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "PReq");
    }
  }

  /** PReqUnsigned: {@code EXH(P, PI-OILink, PANToken)} and the OIData beside it. */
  private PReqSent unsigned(
      PInitSent sent,
      TransIDs ids,
      byte[] rrpid,
      DetachedDigest hodValue,
      PIHead head,
      OIData oi,
      X509Certificate merchant,
      X509Certificate gateway,
      SetString merchantId)
      throws SetProtocolException {
    try {
      byte[] exh =
          new Envelopes(context.suite(), context.random())
              .exh(
                  Recipient.of(context.suite(), Certificates.holder(gateway)),
                  SetContentTypes.PI_UNSIGNED_TBE,
                  dual.piOiLink(head, oi),
                  SetContentTypes.PAN_TOKEN,
                  card.panToken(context.nonce()));
      PReq req = new PReq(new PReqUnsigned(new PIUnsigned(Wire.contentInfo(exh)), oi));
      return new PReqSent(
          wire.wrap(req, rrpid, ids),
          sent.order,
          ids,
          rrpid,
          sent.challC,
          hodValue,
          merchantId,
          merchant,
          gateway);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.DECRYPTION, "PIUnsigned");
    }
  }

  /** GatewayBinding (§5.1): the gateway and merchant certificates, brand, suite and role. */
  private Extensions binding(X509Certificate gateway, X509Certificate merchant, PurchaseOrder o) {
    CertThumb pe = Certificates.thumb(gateway);
    GatewayBinding b =
        new GatewayBinding(
            pe,
            Certificates.thumb(merchant),
            brand(o),
            context.suite().identifier(),
            GatewayBinding.LABEL);
    return AgentSetExtensions.of(
        AgentSetExtensions.critical(MessageIdentifiers.EXT_GATEWAY_BINDING, b));
  }

  private static SetString brand(PurchaseOrder order) {
    return SetString.of(order.brandId(), PInitReq.BRAND_ID_MAX);
  }

  /**
   * Checks PRes: the merchant of PInitRes signed it, it echoes the PReq's RRPID, Chall-C and
   * TransIDs, and an authorization it reports comes with the gateway's receipt for this XID, HOD
   * and merchant.
   *
   * @throws SetProtocolException naming the failed check
   */
  public PurchaseOutcome verifyPurchaseResponse(PReqSent sent, byte[] pRes)
      throws SetProtocolException {
    return responses.purchaseResponse(sent, pRes);
  }

  /** A signed InqReq about {@code sent}'s purchase, with a fresh Chall-C2. */
  public InquirySent inquire(PReqSent sent) throws SetProtocolException {
    if (signature == null) {
      throw new IllegalStateException("a cardholder without certificate cannot sign an InqReq");
    }
    return responses.inquire(sent, signature);
  }

  /** Checks InqRes as {@link #verifyPurchaseResponse}, against the inquiry's RRPID and Chall-C2. */
  public PurchaseOutcome verifyInquiryResponse(InquirySent sent, byte[] inqRes)
      throws SetProtocolException {
    return responses.inquiryResponse(sent, inqRes);
  }
}
