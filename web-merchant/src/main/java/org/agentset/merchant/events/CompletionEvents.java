package org.agentset.merchant.events;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.agentset.db.merchant.OutboxEvent;
import org.agentset.db.merchant.PurchaseOrder;

/**
 * The outbox of completion events: {@link #record} writes an event in the caller's transaction (so
 * it exists exactly when the order's new state does); the dispatcher reads what is due and notes
 * each attempt.
 */
@Stateless
public class CompletionEvents {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  /** An event to send, as the dispatcher needs it. */
  public record Due(UUID id, String callbackUrl, String merchantCode, String payload) {}

  /** Queues an event for an order of a merchant agent; storefront orders have no callback. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(PurchaseOrder order, String outcome, String reason) {
    if (order.getCallbackUrl() == null) {
      return;
    }
    Instant now = Clock.systemUTC().instant();
    UUID id = UUID.randomUUID();
    CompletionEvent event =
        new CompletionEvent(
            id.toString(),
            order.getMerchant().getCode(),
            order.getId().toString(),
            order.getLidM(),
            order.getXid() == null ? null : Base64.getEncoder().encodeToString(order.getXid()),
            order.getAgreementRef(),
            outcome,
            reason,
            order.getAmount(),
            order.getCurrency(),
            now.toString());
    em.persist(
        new OutboxEvent(
            id,
            order.getId(),
            order.getMerchant().getId(),
            order.getCallbackUrl(),
            JSON.toJson(event),
            now));
  }

  /**
   * Undelivered events whose time has come, oldest first, at most one per order (an order's events
   * go out in order).
   */
  @SuppressWarnings("unchecked")
  public List<Due> due(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select e.id, e.callback_url, m.code, e.payload from merchant.outbox_event e join"
                    + " merchant.merchant m on m.id = e.merchant_id where e.delivered_at is null"
                    + " and not e.given_up and e.next_attempt_at <= now() and not exists (select 1"
                    + " from merchant.outbox_event p where p.order_id = e.order_id and p.seq <"
                    + " e.seq and p.delivered_at is null and not p.given_up) order by e.seq limit"
                    + " ?1")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(r -> new Due((UUID) r[0], (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  /** Notes a delivered attempt. */
  public void delivered(UUID id) {
    OutboxEvent e = em.find(OutboxEvent.class, id);
    if (e != null) {
      e.delivered(Clock.systemUTC().instant());
    }
  }

  /** Notes a failed attempt and schedules the next one (or gives up after 24 hours). */
  public void failed(UUID id, String error) {
    OutboxEvent e = em.find(OutboxEvent.class, id);
    if (e != null) {
      Instant now = Clock.systemUTC().instant();
      e.failed(error, Backoff.next(e.getCreatedAt(), e.getAttempts() + 1, now));
    }
  }

  /** Events of one order, oldest first (back office, tests). */
  public List<OutboxEvent> ofOrder(UUID orderId) {
    return em.createQuery(
            "select e from OutboxEvent e where e.orderId = :o order by e.createdAt",
            OutboxEvent.class)
        .setParameter("o", orderId)
        .getResultList();
  }
}
