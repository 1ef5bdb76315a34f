package org.agentset.ans.customer;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.agentset.ans.infra.AnsRuntime;
import org.agentset.ans.merchant.MerchantAgent;
import org.agentset.ans.merchant.MerchantApi;
import org.agentset.ans.trust.AgentProblem;
import org.agentset.ans.trust.MandateIntake;
import org.agentset.ans.trust.PaymentStartSealer;
import org.agentset.db.ans.AgentKeyRecord;
import org.agentset.db.ans.AgentRecord;
import org.agentset.db.ans.MandateRecord;
import org.agentset.db.ans.OfferRecord;
import org.agentset.db.ans.PaymentStartRecord;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.SaiException;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The SAI outbox: step I's payment start for the wallet, sealed with the agent's key and kept until
 * the wallet, connected over the SAI channel, acknowledges it. If the merchant's SET initiation is
 * not ready yet, the sweeper asks again later.
 */
@Stateless
public class PaymentStartQueue {

  @EJB private AnsRuntime runtime;
  @EJB private AgentStore store;
  @EJB private Agents agents;

  /** Seals and queues the payment start for an ordered offer. */
  public void queue(UUID agentId, long offerId, MerchantApi.CreatedOrder order) {
    queue(agentId, offerId, order, true);
  }

  /**
   * Seals and queues the payment start; when the merchant's SET initiation is not ready yet, says
   * so to the customer only if {@code announce} (the first attempt, not the sweeper's retries).
   */
  public void queue(UUID agentId, long offerId, MerchantApi.CreatedOrder order, boolean announce) {
    Instant now = runtime.clock().instant();
    if (store.hasPaymentStart(offerId)) {
      return;
    }
    if (order.setInitiation() == null) {
      if (!announce) {
        return;
      }
      store.notify(
          agentId,
          "notice",
          "Waiting for " + order.lidM() + "'s signed SET initiation from the merchant server.",
          now);
      return;
    }
    OfferRecord offer = store.offerById(offerId);
    MandateRecord m = store.mandate(agentId);
    AgentKeyRecord key = store.key(agentId);
    if (key.getSealedKey() == null) {
      throw new AgentProblem(
          "agent-ended", 409, "The agent's key is destroyed; it cannot start a payment.");
    }
    PrivateKey agentKey = runtime.keys().open(agentId.toString(), key.getSealedKey());
    AlgorithmSuites suites = new AlgorithmSuites(runtime.provider(), runtime.random());
    try {
      X509CertificateHolder wallet = new X509CertificateHolder(m.getWalletCertificate());
      var walletCert =
          new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
              .setProvider(runtime.provider())
              .getCertificate(wallet);
      Mandate mandate =
          new Mandates(
                  new MandateIntake(runtime.provider(), suites, runtime.clock()).suite(walletCert))
              .verify(m.getSignedDer(), wallet);
      byte[] message =
          new PaymentStartSealer(runtime.provider(), suites, runtime.random(), runtime.clock())
              .seal(
                  agentKey,
                  PaymentStartSealer.chain(key.getCertificateChain()),
                  mandate,
                  offer.getItem() + 1,
                  order.setEndpoint(),
                  PaymentStartSealer.base64(order.setInitiation()),
                  wallet);
      if (store
          .queuePaymentStart(
              agentId,
              offerId,
              store.agent(agentId).orElseThrow().getWalletCertHash(),
              message,
              now)
          .isEmpty()) {
        return; // the sweeper's retry and step I crossed: the other one queued it
      }
      store.notify(
          agentId,
          "payment-start",
          "Payment start for order "
              + order.lidM()
              + " queued for the wallet (signed by the agent,"
              + " sealed for the wallet's certificate).",
          now);
    } catch (SaiException | java.io.IOException | java.security.cert.CertificateException e) {
      throw new IllegalStateException("cannot build the payment start: " + e.getMessage());
    }
  }

  /** Retries payment starts that waited for a merchant's SET initiation. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void retryPending() {
    List<OfferRecord> waiting = store.orderedWithoutPaymentStart();
    for (OfferRecord o : waiting) {
      MerchantAgent m = agents.merchant(o.getMerchant());
      try {
        queue(o.getAgentId(), o.getId(), m.order(o.getOrderId()), false);
      } catch (RuntimeException e) {
        // the merchant server or the agent's material is not ready: next sweep
      } finally {
        try {
          m.end();
        } catch (RuntimeException e) {
          // gone
        }
      }
    }
  }

  /** Payment starts waiting for a wallet. */
  public List<PaymentStartRecord> pending(String walletHash) {
    return store.pendingPaymentStarts(walletHash);
  }

  /** Marks a payment start sent over the channel. */
  public void delivered(UUID paymentStartId) {
    PaymentStartRecord p = store.paymentStart(paymentStartId);
    if (p != null && p.getDeliveredAt() == null) {
      p.setDeliveredAt(runtime.clock().instant());
    }
  }

  /**
   * The wallet's acknowledgement: RECEIVED or REFUSED (with its reason) for the payment start, and
   * later, as information for the customer, PAID, DECLINED or FAILED. Only the wallet that the
   * mandate names may acknowledge.
   */
  public void ack(
      String walletHash, UUID paymentStartId, String outcome, String reason, String xid) {
    PaymentStartRecord p = store.paymentStart(paymentStartId);
    if (p == null || !p.getWalletCertHash().equals(walletHash)) {
      throw new AgentProblem(
          "not-found", 404, "No payment start " + paymentStartId + " for this wallet.");
    }
    Instant now = runtime.clock().instant();
    String text =
        switch (outcome) {
          case "RECEIVED" -> "The wallet received the payment start.";
          case "REFUSED" ->
              "The wallet refused the payment start" + (reason == null ? "." : ": " + reason);
          case "PAID" ->
              "The wallet reports the payment made" + (xid == null ? "." : " (XID " + xid + ").");
          case "DECLINED", "FAILED" ->
              "The wallet reports the payment "
                  + outcome.toLowerCase(java.util.Locale.ROOT)
                  + (reason == null ? "." : ": " + reason);
          default ->
              throw new AgentProblem(
                  "bad-ack", 400, "outcome must be RECEIVED, REFUSED, PAID, DECLINED or FAILED.");
        };
    boolean voided = "VOID".equals(p.getAckOutcome());
    if (p.getAckedAt() == null) {
      p.setAckedAt(now);
      p.setAckOutcome(outcome);
      p.setAckReason(reason);
    }
    store.notify(p.getAgentId(), "wallet", text, now);
    AgentRecord a = store.agent(p.getAgentId()).orElseThrow();
    // a refusal of a start whose order already lapsed (a new one is on its way) ends nothing
    if ("REFUSED".equals(outcome)
        && !voided
        && a.getState() == AgentRecord.State.AWAITING_PAYMENT) {
      store.transition(
          p.getAgentId(),
          java.util.Set.of(AgentRecord.State.AWAITING_PAYMENT),
          AgentRecord.State.FAILED,
          "The wallet refused to pay: " + (reason == null ? "no reason given" : reason),
          now);
    }
  }
}
