package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.agentset.set.asn1.gateway.BrandAndBIN;
import org.agentset.set.asn1.gateway.MerTermIDs;
import org.agentset.set.asn1.gateway.PCertCode;
import org.agentset.set.asn1.gateway.PCertReq;
import org.agentset.set.asn1.gateway.PCertReqData;
import org.agentset.set.asn1.gateway.PCertRes;
import org.agentset.set.asn1.gateway.PCertResItem;
import org.agentset.set.asn1.gateway.PCertResTBS;
import org.agentset.set.asn1.gateway.RRTags;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.Signatures;

/**
 * PCertReq/PCertRes, both sides: a merchant asks the gateway for its current certificates ({@code
 * S(M, PCertReqData)} naming the brands and BINs it needs), the gateway answers {@code S(P,
 * PCertResTBS)} with one item per brand (success and the thumbprint of its key-exchange
 * certificate, or brandNotSupported), its signature and key-exchange certificates carried in the
 * SignedData. The merchant takes the key-exchange certificate only after validating it as a
 * GATEWAY_KEY_EXCHANGE certificate of the same entity that signed the answer.
 */
public final class GatewayCertificates {

  private final PartyContext context;
  private final Wire wire;
  private final Verifier verifier;
  private final Signatures signatures;

  public GatewayCertificates(PartyContext context) {
    this.context = Objects.requireNonNull(context, "context");
    this.wire = new Wire(context);
    this.verifier = new Verifier(context);
    this.signatures = new Signatures(context.suite());
  }

  /** What the merchant sent, for checking the answer. */
  public static final class Sent {
    private final MessageWrapper message;
    private final byte[] rrpid;

    private Sent(MessageWrapper message, byte[] rrpid) {
      this.message = message;
      this.rrpid = rrpid;
    }

    public MessageWrapper message() {
      return message;
    }
  }

  /** Merchant: PCertReq for {@code brand}, signed with the merchant's signature key. */
  public Sent request(Credential merchantSignature, String brand) throws SetProtocolException {
    SetString merchantId =
        Certificates.merchantId(merchantSignature.certificate())
            .orElseThrow(() -> new IllegalArgumentException("no merchantData in the certificate"));
    byte[] rrpid = context.nonce();
    PCertReqData data =
        new PCertReqData(
            new RRTags(rrpid, new MerTermIDs(merchantId), context.freshness().now()),
            null,
            List.of(new BrandAndBIN(SetString.of(brand, 40), null)),
            null);
    try {
      byte[] s =
          signatures.s(
              merchantSignature.signer(context.suite(), List.of()),
              MessageIdentifiers.PCERT_REQ_DATA,
              data);
      return new Sent(
          wire.wrap(new PCertReq(Wire.contentInfo(s)), rrpid, (MessageIDs) null), rrpid);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "PCertReq");
    }
  }

  /**
   * Gateway: verifies PCertReq (a valid merchant signature certificate whose merchant ID the tags
   * name, a fresh date) and answers with the gateway's certificates for the brands it serves.
   *
   * @throws SetProtocolException naming the failed check
   */
  public MessageWrapper answer(
      byte[] pCertReq, Credential signature, Credential keyExchange, Set<String> brands)
      throws SetProtocolException {
    Received<PCertReq> rx = wire.receive(pCertReq, PCertReq.class);
    Verifier.Verified v =
        verifier.signed(
            Wire.der(rx.body()),
            MessageIdentifiers.PCERT_REQ_DATA,
            CertificateProfile.MERCHANT_SIGNATURE,
            Refusal.SIGNATURE,
            "PCertReq");
    PCertReqData data = Wire.decode(v.content(), PCertReqData::getInstance, "PCertReqData");
    RRTags rr = data.getPCertRrTags();
    Wire.checkIds(rx.header(), rr.getRrpid(), null);
    context.freshness().checkSigned(rr.getCurrentDate(), "PCertReqData.pCertRRTags.currentDate");
    Wire.checkCritical(data.getPCertRqExtensions(), Set.of(), "PCertReqData.pCertRqExtensions");
    SetString merchantId =
        Certificates.merchantId(v.signer())
            .filter(id -> Wire.same(id, rr.getMerTermIds().getMerchantId()))
            .orElseThrow(
                () -> new SetProtocolException(Refusal.MERCHANT_MISMATCH, "PCertReq.merTermIDs"));
    List<PCertResItem> items = new ArrayList<>();
    for (BrandAndBIN b : data.getBrandAndBinSeq()) {
      items.add(
          brands.contains(b.getBrandId().getString())
              ? new PCertResItem(PCertCode.SUCCESS, keyExchange.thumb())
              : new PCertResItem(PCertCode.BRAND_NOT_SUPPORTED, null));
    }
    Instant now = context.freshness().now();
    PCertResTBS tbs =
        new PCertResTBS(
            new RRTags(rr.getRrpid(), new MerTermIDs(merchantId), now), items, null, null);
    try {
      byte[] s =
          signatures.s(
              signature.signer(context.suite(), List.of(keyExchange.certificate())),
              MessageIdentifiers.PCERT_RES_TBS,
              tbs);
      return wire.wrap(new PCertRes(Wire.contentInfo(s)), rr.getRrpid(), (MessageIDs) null);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "PCertRes");
    }
  }

  /**
   * Merchant: checks PCertRes (a gateway signature certificate, this request's RRPID, a fresh date)
   * and returns the gateway's key-exchange certificate, validated.
   *
   * @throws SetProtocolException naming the failed check; {@link Refusal#CERTIFICATE_MISSING} when
   *     the gateway serves no requested brand
   */
  public X509Certificate gatewayKeyExchange(Sent sent, byte[] pCertRes)
      throws SetProtocolException {
    Received<PCertRes> rx = wire.receive(pCertRes, PCertRes.class);
    Verifier.Verified v =
        verifier.signed(
            Wire.der(rx.body()),
            MessageIdentifiers.PCERT_RES_TBS,
            CertificateProfile.GATEWAY_SIGNATURE,
            Refusal.SIGNATURE,
            "PCertRes");
    PCertResTBS tbs = Wire.decode(v.content(), PCertResTBS::getInstance, "PCertResTBS");
    Wire.checkIds(rx.header(), tbs.getPCertRrTags().getRrpid(), null);
    if (!Wire.same(tbs.getPCertRrTags().getRrpid(), sent.rrpid)) {
      throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "PCertResTBS.pCertRRTags.rrpid");
    }
    context
        .freshness()
        .checkSigned(tbs.getPCertRrTags().getCurrentDate(), "PCertResTBS.pCertRRTags");
    for (PCertResItem item : tbs.getPCertResItems()) {
      if (item.getPCertCode() == PCertCode.SUCCESS && item.getCertThumb() != null) {
        X509Certificate kx =
            context
                .trust()
                .find(
                    c -> Certificates.identifies(item.getCertThumb(), c),
                    v.carried(),
                    CertificateProfile.GATEWAY_KEY_EXCHANGE,
                    "PCertRes.certificates");
        if (!Verifier.sameSubject(v.signer(), kx)) {
          throw new SetProtocolException(Refusal.CERTIFICATE_INVALID, "PCertRes.certThumb");
        }
        return kx;
      }
    }
    throw new SetProtocolException(Refusal.CERTIFICATE_MISSING, "PCertResTBS.pCertResItems");
  }
}
