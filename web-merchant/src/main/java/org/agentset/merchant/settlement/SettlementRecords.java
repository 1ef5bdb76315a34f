package org.agentset.merchant.settlement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agentset.db.merchant.PurchaseOrder;
import org.agentset.merchant.events.CompletionEvents;
import org.agentset.merchant.set.GatewayAnswers;
import org.agentset.merchant.set.MerchantParty;
import org.agentset.merchant.set.Settlements;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.msg.SetProtocolException;

/**
 * The transactions around capture and refund: before a CapReq or CredReq leaves, the rows are
 * locked, checked and marked (capture PENDING under the CapReq's RRPID; a refund's amount reserved
 * against the capture), so a crash or a lost answer leaves a visible trace and never a second
 * capture or a refund beyond the capture; after the gateway's answer, the results are recorded (an
 * order captured, with its completion event; a refund made or its reservation given back).
 */
@Stateless
public class SettlementRecords {

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  @EJB private CompletionEvents events;

  /** The CapReq to send (or null when nothing was capturable) and the orders refused here. */
  public record PreparedCapture(Settlements.CaptureBatch batch, List<CaptureOutcome> refused) {}

  /**
   * Locks the merchant's orders {@code orderIds}, builds one CapReq for those that can be captured
   * (AUTHORISED, with an accepted authorization, not captured) and marks them PENDING.
   */
  public PreparedCapture prepareCapture(
      MerchantParty party, String merchantCode, List<UUID> orderIds) throws SetProtocolException {
    Map<UUID, Object[]> rows = new HashMap<>();
    for (UUID id : orderIds.stream().sorted().distinct().toList()) { // one lock order: no deadlock
      @SuppressWarnings("unchecked")
      List<Object[]> r =
          em.createNativeQuery(
                  "select o.lid_m, o.status, p.auth_record, p.capture_state from"
                      + " merchant.purchase_order o join merchant.merchant m on m.id ="
                      + " o.merchant_id left join merchant.set_purchase p on p.order_id = o.id"
                      + " where o.id = ?1 and m.code = ?2 for update of o")
              .setParameter(1, id)
              .setParameter(2, merchantCode)
              .getResultList();
      if (!r.isEmpty()) {
        rows.put(id, r.get(0));
      }
    }
    List<CaptureOutcome> refused = new ArrayList<>();
    List<Settlements.ToCapture> capturable = new ArrayList<>();
    for (UUID id : orderIds) {
      Object[] r = rows.get(id);
      if (r == null) {
        refused.add(CaptureOutcome.skipped(id, null, "No such order in this shop."));
        continue;
      }
      String lidM = (String) r[0];
      String status = (String) r[1];
      if ("CAPTURED".equals(status) || "REFUNDED".equals(status) || "CAPTURED".equals(r[3])) {
        refused.add(CaptureOutcome.skipped(id, lidM, "Already captured."));
      } else if (!"AUTHORISED".equals(status) || r[2] == null) {
        refused.add(
            CaptureOutcome.skipped(
                id,
                lidM,
                "Not authorised (" + status.replace('_', ' ') + "): nothing to capture."));
      } else {
        capturable.add(new Settlements.ToCapture(id, (byte[]) r[2]));
      }
    }
    if (capturable.isEmpty()) {
      return new PreparedCapture(null, refused);
    }
    Settlements.CaptureBatch batch = Settlements.capture(party, capturable);
    for (Settlements.ToCapture c : capturable) {
      // a PENDING capture keeps the RRPID it was first sent under: if that one went through, the
      // gateway answers this one "duplicate" and the capture to refund later is the first
      em.createNativeQuery(
              "update merchant.set_purchase set capture_rrpid = case when capture_state ="
                  + " 'PENDING' and capture_rrpid is not null then capture_rrpid else ?2 end,"
                  + " capture_state = 'PENDING', capture_note = null, updated_at = now()"
                  + " where order_id = ?1")
          .setParameter(1, c.orderId())
          .setParameter(2, batch.rrpid())
          .executeUpdate();
    }
    return new PreparedCapture(batch, refused);
  }

  /** Records the gateway's answer for each order of a batch. */
  public List<CaptureOutcome> recordCaptures(
      Settlements.CaptureBatch batch, List<Settlements.Captured> results) {
    Instant now = Clock.systemUTC().instant();
    List<CaptureOutcome> out = new ArrayList<>();
    for (Settlements.Captured c : results) {
      PurchaseOrder o = em.find(PurchaseOrder.class, c.orderId());
      String state = captureState(c.orderId());
      if ("CAPTURED".equals(state)) {
        // a concurrent batch (the sweep, another operator) recorded it first
        out.add(
            new CaptureOutcome(
                o.getId(), o.getLidM(), CaptureOutcome.Result.CAPTURED, "Captured."));
        continue;
      }
      boolean duplicate = c.code() == CapCode.DUPLICATE_REQUEST && "PENDING".equals(state);
      if (c.success() || duplicate) {
        long minor =
            c.success() ? c.capturedMinor() : o.getAmount().movePointRight(2).longValueExact();
        em.createNativeQuery(
                "update merchant.set_purchase set capture_state = 'CAPTURED', capture_rrpid ="
                    + " case when ?3 then ?2 else capture_rrpid end, captured_minor = ?4,"
                    + " captured_at = ?5, capture_note = ?6, updated_at = now() where order_id ="
                    + " ?1")
            .setParameter(1, c.orderId())
            .setParameter(2, batch.rrpid())
            .setParameter(3, c.success())
            .setParameter(4, minor)
            .setParameter(5, java.sql.Timestamp.from(now))
            .setParameter(
                6, duplicate ? "captured by an earlier batch whose answer had been lost" : null)
            .executeUpdate();
        o.moveTo(PurchaseOrder.Status.CAPTURED, null, now);
        events.record(o, "CAPTURED", null);
        out.add(
            new CaptureOutcome(
                o.getId(), o.getLidM(), CaptureOutcome.Result.CAPTURED, "Captured."));
      } else {
        String why = GatewayAnswers.capture(c.code());
        note(c.orderId(), "REFUSED", why);
        o.moveTo(PurchaseOrder.Status.AUTHORISED, "capture refused: " + why, now);
        out.add(new CaptureOutcome(o.getId(), o.getLidM(), CaptureOutcome.Result.REFUSED, why));
      }
    }
    return out;
  }

  /**
   * A batch the gateway refused as a whole ({@code refusedThere}: nothing captured) or whose answer
   * never came or could not be read (the captures stay PENDING: send them again, the gateway
   * answers "duplicate" for what it did capture).
   */
  public List<CaptureOutcome> recordBatchFailure(
      Settlements.CaptureBatch batch, boolean refusedThere, String why) {
    List<CaptureOutcome> out = new ArrayList<>();
    for (UUID id : batch.orders()) {
      note(id, refusedThere ? "REFUSED" : "PENDING", why);
      PurchaseOrder o = em.find(PurchaseOrder.class, id);
      if (o.getStatus() == PurchaseOrder.Status.AUTHORISED) {
        o.moveTo(
            PurchaseOrder.Status.AUTHORISED,
            truncate((refusedThere ? "capture refused: " : "capture pending: ") + why),
            Clock.systemUTC().instant());
      }
      out.add(
          new CaptureOutcome(
              id,
              o.getLidM(),
              refusedThere ? CaptureOutcome.Result.REFUSED : CaptureOutcome.Result.UNKNOWN,
              why));
    }
    return out;
  }

  private String captureState(UUID orderId) {
    return (String)
        em.createNativeQuery(
                "select capture_state from merchant.set_purchase where order_id = ?1 for update")
            .setParameter(1, orderId)
            .getSingleResult();
  }

  private void note(UUID orderId, String state, String why) {
    em.createNativeQuery(
            "update merchant.set_purchase set capture_state = ?2, capture_note = ?3, updated_at ="
                + " now() where order_id = ?1 and capture_state <> 'CAPTURED'")
        .setParameter(1, orderId)
        .setParameter(2, state)
        .setParameter(3, truncate(why))
        .executeUpdate();
  }

  /** A refund ready to send: its row id and its CredReq. */
  public record PreparedRefund(UUID refundId, Settlements.Refund refund) {}

  /**
   * Locks the order's purchase, checks the refund (captured, more than zero, not above what is left
   * of the capture), reserves the amount and writes the refund PENDING.
   *
   * @throws RefundRefused saying why, when nothing may be sent (nothing changes)
   */
  public PreparedRefund prepareRefund(
      MerchantParty party, String merchantCode, UUID orderId, long minor, String operator)
      throws SetProtocolException {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select p.auth_record, p.capture_state, p.capture_rrpid, p.captured_minor,"
                    + " p.refunded_minor, m.id from merchant.set_purchase p join merchant.merchant"
                    + " m on m.id = p.merchant_id where p.order_id = ?1 and m.code = ?2 for"
                    + " update of p")
            .setParameter(1, orderId)
            .setParameter(2, merchantCode)
            .getResultList();
    if (rows.isEmpty()) {
      throw new RefundRefused("This shop has no paid order " + orderId + ".");
    }
    Object[] r = rows.get(0);
    if (!"CAPTURED".equals(r[1]) || r[2] == null) {
      throw new RefundRefused(
          "Only a captured payment can be refunded; this one is not captured yet.");
    }
    long left = ((Number) r[3]).longValue() - ((Number) r[4]).longValue();
    if (minor <= 0) {
      throw new RefundRefused("A refund must be more than zero.");
    }
    if (minor > left) {
      throw new RefundRefused(
          "A refund cannot exceed what is left of the capture: "
              + Money.format(left)
              + " can still be refunded.");
    }
    Settlements.Refund refund = Settlements.refund(party, (byte[]) r[0], (byte[]) r[2], minor);
    em.createNativeQuery(
            "update merchant.set_purchase set refunded_minor = refunded_minor + ?2, updated_at ="
                + " now() where order_id = ?1")
        .setParameter(1, orderId)
        .setParameter(2, minor)
        .executeUpdate();
    UUID id = UUID.randomUUID();
    em.createNativeQuery(
            "insert into merchant.refund (id, order_id, merchant_id, cred_rrpid, amount_minor,"
                + " state, operator, created_at, updated_at) values (?1, ?2, ?3, ?4, ?5,"
                + " 'PENDING', ?6, now(), now())")
        .setParameter(1, id)
        .setParameter(2, orderId)
        .setParameter(3, ((Number) r[5]).longValue())
        .setParameter(4, refund.rrpid())
        .setParameter(5, minor)
        .setParameter(6, operator)
        .executeUpdate();
    return new PreparedRefund(id, refund);
  }

  /**
   * Records a refund's outcome: made (the order is REFUNDED once all of the capture is), refused
   * (the reservation is given back), or unknown (the reservation stays, so nothing can be refunded
   * twice; the refund is marked for the operator to check with the acquirer).
   */
  public RefundOutcome recordRefund(
      UUID refundId, RefundOutcome.Result result, String codeName, String why) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select order_id, amount_minor from merchant.refund where id = ?1 for update")
                .setParameter(1, refundId)
                .getSingleResult();
    UUID orderId = (UUID) r[0];
    long minor = ((Number) r[1]).longValue();
    String state =
        switch (result) {
          case REFUNDED -> "REFUNDED";
          case REFUSED -> "REFUSED";
          case UNKNOWN -> "UNKNOWN";
        };
    em.createNativeQuery(
            "update merchant.refund set state = ?2, cred_code = ?3, reason = ?4, updated_at ="
                + " now() where id = ?1")
        .setParameter(1, refundId)
        .setParameter(2, state)
        .setParameter(3, codeName)
        .setParameter(4, truncate(why))
        .executeUpdate();
    if (result == RefundOutcome.Result.REFUSED) {
      em.createNativeQuery(
              "update merchant.set_purchase set refunded_minor = refunded_minor - ?2, updated_at"
                  + " = now() where order_id = ?1")
          .setParameter(1, orderId)
          .setParameter(2, minor)
          .executeUpdate();
    }
    Object[] totals =
        (Object[])
            em.createNativeQuery(
                    "select captured_minor, refunded_minor from merchant.set_purchase where"
                        + " order_id = ?1")
                .setParameter(1, orderId)
                .getSingleResult();
    long captured = ((Number) totals[0]).longValue();
    long refunded = ((Number) totals[1]).longValue();
    if (result == RefundOutcome.Result.REFUNDED && refunded == captured) {
      em.find(PurchaseOrder.class, orderId)
          .moveTo(PurchaseOrder.Status.REFUNDED, null, Clock.systemUTC().instant());
    }
    return new RefundOutcome(refundId, result, why, minor, captured - refunded);
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 512 ? s : s.substring(0, 509) + "...";
  }
}
