package org.agentset.merchant.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.agentset.db.merchant.Merchant;
import org.agentset.db.merchant.PurchaseOrder;

/**
 * "Create order from agreed terms" under an Idempotency-Key: the first successful answer is stored
 * with the SHA-256 of the request body in the same transaction as the order, so the same key and
 * body get that answer again, and the same key with another body is refused. A refusal is not
 * stored (nothing changed, so asking again is safe).
 */
@Stateless
public class IdempotentOrders {

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  @EJB private OrderService orders;

  /** A stored or new answer. */
  public record Answer(int status, String location, String body, boolean replayed) {}

  /** The answer already given for {@code key}, if the body is the same one. */
  public Optional<Answer> previous(Merchant merchant, String key, byte[] requestHash)
      throws OrderRefused {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select request_hash, status, location, body from merchant.idempotency_record"
                    + " where merchant_id = ?1 and idem_key = ?2")
            .setParameter(1, merchant.getId())
            .setParameter(2, key)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    if (!MessageDigest.isEqual((byte[]) r[0], requestHash)) {
      throw new OrderRefused(
          OrderRefused.Kind.IDEMPOTENCY_KEY_REUSED,
          "This Idempotency-Key was used with a different request body.");
    }
    return Optional.of(new Answer(((Number) r[1]).intValue(), (String) r[2], (String) r[3], true));
  }

  /** Places the order and stores its answer under {@code key}, all in one transaction. */
  public Answer place(
      Merchant merchant,
      String key,
      byte[] requestHash,
      OrderService.Request line,
      String currency,
      String agreementRef,
      String callbackUrl,
      Function<PurchaseOrder, String> render,
      Function<PurchaseOrder, String> location)
      throws OrderRefused {
    Optional<Answer> before = previous(merchant, key, requestHash);
    if (before.isPresent()) {
      return before.get();
    }
    PurchaseOrder order =
        orders.placeAgentOrder(merchant, line, currency, agreementRef, callbackUrl);
    em.flush();
    String body = render.apply(order);
    String where = location.apply(order);
    em.createNativeQuery(
            "insert into merchant.idempotency_record (merchant_id, idem_key, request_hash, status,"
                + " location, body, created_at) values (?1, ?2, ?3, 201, ?4, ?5, ?6)")
        .setParameter(1, merchant.getId())
        .setParameter(2, key)
        .setParameter(3, requestHash)
        .setParameter(4, where)
        .setParameter(5, body)
        .setParameter(6, java.sql.Timestamp.from(Clock.systemUTC().instant()))
        .executeUpdate();
    return new Answer(201, where, body, false);
  }

  /** Forgets keys older than a day. */
  public int purge() {
    return em.createNativeQuery("delete from merchant.idempotency_record where created_at < ?1")
        .setParameter(1, java.sql.Timestamp.from(Instant.now().minusSeconds(86_400)))
        .executeUpdate();
  }
}
