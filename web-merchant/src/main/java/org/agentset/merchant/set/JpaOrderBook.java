package org.agentset.merchant.set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.agentset.db.merchant.PurchaseOrder;
import org.agentset.merchant.events.CompletionEvents;
import org.agentset.merchant.settlement.ImmediateCaptures;
import org.agentset.set.asn1.msg.CurrencyAmount;

/**
 * {@link MerchantSetDesk.OrderBook} over the merchant's orders: the SET initiation of an order (its
 * description, amount in minor units, brand and LID-M), and its payment state, with a completion
 * event for a merchant agent's order in the same transaction. An authorization of a shop that
 * captures at once is captured by {@link ImmediateCaptures} once that transaction commits.
 */
@ApplicationScoped
public class JpaOrderBook implements MerchantSetDesk.OrderBook {

  static CurrencyAmount amount(PurchaseOrder o) {
    return InitiationSigner.amount(o.getAmount(), o.getCurrency());
  }

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  @EJB private CompletionEvents events;
  @EJB private ImmediateCaptures immediate;

  @Override
  public Optional<OpenOrder> byLidM(String lidM) {
    return em.createQuery("select o from PurchaseOrder o where o.lidM = :l", PurchaseOrder.class)
        .setParameter("l", lidM)
        .getResultStream()
        .findFirst()
        .map(
            o ->
                new OpenOrder(
                    o.getId(),
                    o.getMerchant().getCode(),
                    new org.agentset.set.msg.PurchaseOrder(
                        o.getOrderDescription().getBytes(StandardCharsets.UTF_8),
                        amount(o),
                        o.getMerchant().getBrand(),
                        o.getLidM().getBytes(StandardCharsets.US_ASCII),
                        "en"),
                    o.getStatus() == PurchaseOrder.Status.AWAITING_PAYMENT));
  }

  @Override
  public void started(UUID orderId, byte[] xid) {
    em.find(PurchaseOrder.class, orderId).setXid(xid);
  }

  @Override
  public void authorised(UUID orderId, boolean captureNow) {
    PurchaseOrder o = em.find(PurchaseOrder.class, orderId);
    o.moveTo(PurchaseOrder.Status.AUTHORISED, null, Clock.systemUTC().instant());
    events.record(o, "AUTHORISED", null);
    if (captureNow) {
      immediate.afterCommit(o.getMerchant().getCode(), orderId);
    }
  }

  @Override
  public void declined(UUID orderId, String reason) {
    close(orderId, PurchaseOrder.Status.DECLINED, "DECLINED", reason);
  }

  @Override
  public void failed(UUID orderId, String reason) {
    close(orderId, PurchaseOrder.Status.FAILED, "FAILED", reason);
  }

  /** A closed order gives its stock back. */
  private void close(UUID orderId, PurchaseOrder.Status status, String outcome, String reason) {
    PurchaseOrder o = em.find(PurchaseOrder.class, orderId);
    for (var line : o.getLines()) {
      var p =
          em.find(
              org.agentset.db.merchant.Product.class,
              line.getProduct().getId(),
              jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
      p.setStock(p.getStock() + line.getQuantity());
    }
    o.moveTo(status, reason, Clock.systemUTC().instant());
    events.record(o, outcome, reason);
  }
}
