package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.agentset.set.asn1.der.Decoder;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.gateway.CapToken;
import org.agentset.set.asn1.gateway.RRTags;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.crypto.cms.Baggaged;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * What the gateway's capture and credit desks share: a merchant's batch (CapReq, CredReq) is an
 * EncB to the gateway's key-exchange key with the CapTokens as baggage, signed by the merchant.
 * Opening one checks, in this order: the envelope and the merchant's signature, the request ids
 * against the header, the signed date, critical extensions, that the signer is the merchant the RR
 * tags name, the merchant's key-exchange certificate, one item per carried token, and that the
 * RRPID is new. The items themselves are each desk's own business.
 */
final class MerchantBatch {

  /** How one kind of batch is read: its names and its accessors. */
  record Shape<D extends ASN1Encodable>(
      String message,
      String dataName,
      String rrTagsName,
      ASN1ObjectIdentifier tbe,
      ASN1ObjectIdentifier tbs,
      Decoder<D> decoder,
      Function<D, RRTags> rrTags,
      Function<D, Extensions> extensions,
      ToIntFunction<D> items,
      ReplayKind replayKind) {}

  /** A batch that passed every shared check. */
  record Opened<D>(
      D data,
      RRTags rrTags,
      SetString merchantId,
      X509Certificate merchantKeyExchange,
      X509Certificate signer) {}

  private MerchantBatch() {}

  static <D extends ASN1Encodable> Opened<D> open(
      PartyContext context,
      Verifier verifier,
      SignedEnvelopes envelopes,
      Credential keyExchange,
      Received<?> rx,
      ContentInfo enc,
      List<CapToken> carried,
      Shape<D> shape)
      throws SetProtocolException {
    Verifier.Verified v =
        verifier.envelope(
            () ->
                envelopes.openEncB(
                    new Baggaged(enc, DerSeq.sequenceOf(carried)),
                    keyExchange.recipientKey(),
                    shape.tbe(),
                    MessageIdentifiers.CAP_TOKEN_SEQ),
            shape.tbs(),
            CertificateProfile.MERCHANT_SIGNATURE,
            shape.message());
    // the crypto layer checked the signed link L(t, DD(baggage)) and released t
    D data = Wire.decode(v.content(), shape.decoder(), shape.dataName());
    RRTags rr = shape.rrTags().apply(data);
    String rrField = shape.dataName() + "." + shape.rrTagsName();
    Wire.checkIds(rx.header(), rr.getRrpid(), null);
    context.freshness().checkSigned(rr.getCurrentDate(), rrField + ".currentDate");
    Wire.checkCritical(
        shape.extensions().apply(data), java.util.Set.of(), shape.dataName() + ".cRqExtensions");
    SetString merchantId =
        Certificates.merchantId(v.signer())
            .filter(id -> Wire.same(id, rr.getMerTermIds().getMerchantId()))
            .orElseThrow(
                () ->
                    new SetProtocolException(
                        Refusal.MERCHANT_MISMATCH, shape.message() + ".merTermIDs"));
    X509Certificate merchantKx =
        context
            .trust()
            .find(
                c -> Certificates.isMerchantKeyExchange(c, merchantId),
                v.carried(),
                CertificateProfile.MERCHANT_KEY_EXCHANGE,
                shape.message() + ".certificates");
    if (shape.items().applyAsInt(data) != carried.size()) {
      throw new SetProtocolException(Refusal.LINK_MISMATCH, shape.message() + ".capTokenSeq");
    }
    if (!context
        .replay()
        .firstUse(
            shape.replayKind(),
            rr.getRrpid(),
            context.freshness().keepUntil(rr.getCurrentDate()))) {
      throw new SetProtocolException(Refusal.REPLAYED_RRPID, rrField + ".rrpid");
    }
    return new Opened<>(data, rr, merchantId, merchantKx, v.signer());
  }
}
