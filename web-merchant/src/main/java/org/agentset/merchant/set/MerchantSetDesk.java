package org.agentset.merchant.set;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.purchase.InqReq;
import org.agentset.set.asn1.purchase.PInitReq;
import org.agentset.set.asn1.purchase.PReq;
import org.agentset.set.msg.AuthReqSent;
import org.agentset.set.msg.AuthorisationResult;
import org.agentset.set.msg.MerchantRecords;
import org.agentset.set.msg.PInitAnswered;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.msg.VerifiedPReq;

/**
 * The merchant's SET endpoint as one container-free object: takes the bytes a wallet POSTed and
 * returns the bytes to answer — PInitRes, PRes, InqRes, or SET's Error — never an exception. The
 * protocol is set-core's ({@code MerchantPurchase}, {@code MerchantAuthorisation}); this class
 * decides which step a message is, finds the order and the merchant, keeps the state by XID in the
 * {@link PurchaseStore}, and reaches the gateway over the {@link GatewayLink}.
 *
 * <p>A PReq the merchant already answered gets the stored PRes again (same bytes, no second
 * authorization); a different PReq for the same XID is refused as a replay.
 */
public final class MerchantSetDesk {

  private static final Logger LOG = Logger.getLogger(MerchantSetDesk.class.getName());

  private final MerchantParties parties;
  private final OrderBook orders;
  private final PurchaseStore store;
  private final GatewayLink gateway;

  public MerchantSetDesk(
      MerchantParties parties, OrderBook orders, PurchaseStore store, GatewayLink gateway) {
    this.parties = Objects.requireNonNull(parties);
    this.orders = Objects.requireNonNull(orders);
    this.store = Objects.requireNonNull(store);
    this.gateway = Objects.requireNonNull(gateway);
  }

  /** Answers one SET message. */
  public byte[] handle(byte[] message) {
    MessageWrapper wrapper;
    try {
      wrapper = MessageWrapper.parse(message, DerLimits.DEFAULT);
    } catch (RuntimeException e) {
      return parties.anonymousError(
          message, new SetProtocolException(Refusal.DECODING, "MessageWrapper", e));
    }
    Object body = wrapper.getMessage().getBody();
    try {
      if (body instanceof PInitReq init) {
        return pInit(message, init);
      }
      byte[] xid = xid(wrapper);
      PurchaseStore.Purchase p = xid == null ? null : store.find(xid).orElse(null);
      if (p == null) {
        throw new SetProtocolException(Refusal.UNKNOWN_XID, "MessageHeader.messageIDs.xid");
      }
      MerchantParty party = party(p.merchantCode());
      try {
        if (body instanceof PReq) {
          return purchase(party, p, message);
        }
        if (body instanceof InqReq) {
          return inquiry(party, p, message);
        }
        throw new SetProtocolException(Refusal.UNEXPECTED_MESSAGE, "MessageWrapper.message");
      } catch (SetProtocolException e) {
        LOG.info(() -> "SET message refused: " + e.getMessage());
        return party.error(message, e);
      }
    } catch (SetProtocolException e) {
      LOG.info(() -> "SET message refused: " + e.getMessage());
      return parties.anonymousError(message, e);
    }
  }

  private byte[] pInit(byte[] message, PInitReq req) throws SetProtocolException {
    byte[] lid = req.getLocalIdM();
    OrderBook.OpenOrder order =
        lid == null
            ? null
            : orders
                .byLidM(new String(lid, java.nio.charset.StandardCharsets.US_ASCII))
                .orElse(null);
    if (order == null) {
      throw new SetProtocolException(Refusal.ORDER_MISMATCH, "PInitReq.localID-M (no such order)");
    }
    MerchantParty party = party(order.merchantCode());
    try {
      if (!order.open()) {
        throw new SetProtocolException(Refusal.ORDER_MISMATCH, "PInitReq.localID-M (order closed)");
      }
      PInitAnswered answered = party.purchase().answerInit(message, order.order());
      byte[] xid = answered.transIds().getXid();
      store.started(xid, order.id(), order.merchantCode(), MerchantRecords.init(answered));
      orders.started(order.id(), xid);
      return answered.message().getDerEncoded();
    } catch (SetProtocolException e) {
      LOG.info(() -> "PInitReq refused: " + e.getMessage());
      return party.error(message, e);
    }
  }

  private byte[] purchase(MerchantParty party, PurchaseStore.Purchase p, byte[] message)
      throws SetProtocolException {
    byte[] hash = sha256(message);
    if (p.pres() != null) {
      if (MessageDigest.isEqual(hash, p.preqHash())) {
        return p.pres();
      }
      throw new SetProtocolException(Refusal.REPLAYED_XID, "PReq (XID already paid)");
    }
    PInitAnswered init = MerchantRecords.readInit(p.initRecord());
    VerifiedPReq verified = party.purchase().verifyPurchaseRequest(init, message);
    // never captureNow in AuthReq: a capture goes by CapReq (at once or in a batch), which the
    // gateway records and posts, and whose RRPID a later refund names
    AuthReqSent sent = party.payments().authorise(verified, verified.order().amount(), false);
    byte[] authRes;
    try {
      authRes = gateway.send(sent.message().getDerEncoded());
    } catch (IOException e) {
      LOG.warning("Gateway unreachable for an authorization: " + e.getClass().getSimpleName());
      orders.failed(p.orderId(), "payment gateway unreachable");
      byte[] pres = party.purchase().purchaseResponse(verified).getDerEncoded();
      store.answered(p.xid(), hash, MerchantRecords.purchase(verified), null, pres);
      return pres;
    }
    AuthorisationResult result = party.payments().processAuthorisationResponse(sent, authRes);
    byte[] pres = party.purchase().purchaseResponse(verified, result).getDerEncoded();
    store.answered(
        p.xid(),
        hash,
        MerchantRecords.purchase(verified),
        MerchantRecords.authorisation(result),
        pres);
    if (result.approved()) {
      orders.authorised(p.orderId(), party.captureNow());
    } else {
      orders.declined(p.orderId(), "declined by the issuer: " + result.header().getAuthCode());
    }
    return pres;
  }

  private byte[] inquiry(MerchantParty party, PurchaseStore.Purchase p, byte[] message)
      throws SetProtocolException {
    if (p.purchaseRecord() == null) {
      throw new SetProtocolException(Refusal.UNKNOWN_XID, "InqReq (no purchase request yet)");
    }
    VerifiedPReq verified = MerchantRecords.readPurchase(p.purchaseRecord());
    AuthorisationResult result =
        p.authRecord() == null ? null : MerchantRecords.readAuthorisation(p.authRecord());
    return party.purchase().answerInquiry(verified, result, message).getDerEncoded();
  }

  private MerchantParty party(String merchantCode) throws SetProtocolException {
    return parties
        .of(merchantCode)
        .orElseThrow(
            () ->
                new SetProtocolException(
                    Refusal.CERTIFICATE_MISSING, "merchant " + merchantCode + " not enrolled yet"));
  }

  private static byte[] xid(MessageWrapper w) {
    MessageIDs ids = w.getMessageHeader().getMessageIds();
    return ids == null ? null : ids.getXid();
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The orders the desk answers for, as the merchant server keeps them. */
  public interface OrderBook {
    /** An order open for payment: its id, its merchant and the SET initiation agreed. */
    record OpenOrder(
        UUID id, String merchantCode, org.agentset.set.msg.PurchaseOrder order, boolean open) {}

    Optional<OpenOrder> byLidM(String lidM);

    void started(UUID orderId, byte[] xid);

    /** Approved; {@code captureNow}: the shop captures it at once (after this transaction). */
    void authorised(UUID orderId, boolean captureNow);

    void declined(UUID orderId, String reason);

    void failed(UUID orderId, String reason);
  }

  /** Where a purchase's SET state lives, by XID. */
  public interface PurchaseStore {
    /** A purchase's records; {@code pres} is set once the PReq was answered. */
    record Purchase(
        byte[] xid,
        UUID orderId,
        String merchantCode,
        byte[] initRecord,
        byte[] preqHash,
        byte[] purchaseRecord,
        byte[] authRecord,
        byte[] pres) {}

    Optional<Purchase> find(byte[] xid);

    void started(byte[] xid, UUID orderId, String merchantCode, byte[] initRecord);

    void answered(
        byte[] xid, byte[] preqHash, byte[] purchaseRecord, byte[] authRecord, byte[] pres);
  }

  /** The gateway's SET endpoint: AuthReq bytes in, AuthRes bytes out. */
  public interface GatewayLink {
    byte[] send(byte[] authReq) throws IOException;
  }

  /** The enrolled merchants' protocol objects, and the Error for who cannot be named. */
  public interface MerchantParties {
    Optional<MerchantParty> of(String merchantCode);

    byte[] anonymousError(byte[] refused, SetProtocolException refusal);
  }
}
