package org.agentset.merchant.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agentset.db.merchant.Merchant;
import org.agentset.db.merchant.Product;
import org.agentset.db.merchant.PurchaseOrder;

/**
 * The back office's services, for the signed-in merchant administrator only: every call finds the
 * caller's own merchant from the {@code merchant.operator} table and touches nothing of another
 * merchant (the container checks the role again on every call).
 */
@Stateless
@RolesAllowed("merchant-admin")
public class BackOffice {

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  @Resource private SessionContext caller;

  /** The caller's merchant. */
  public Merchant merchant() {
    Number id =
        (Number)
            em.createNativeQuery("select merchant_id from merchant.operator where username = ?1")
                .setParameter(1, caller.getCallerPrincipal().getName())
                .getSingleResult();
    return em.find(Merchant.class, id.longValue());
  }

  /** The merchant's orders, newest first, optionally of one status. */
  public List<PurchaseOrder> orders(PurchaseOrder.Status status, int max) {
    var q =
        em.createQuery(
                "select o from PurchaseOrder o where o.merchant = :m"
                    + (status == null ? "" : " and o.status = :s")
                    + " order by o.createdAt desc",
                PurchaseOrder.class)
            .setParameter("m", merchant())
            .setMaxResults(max);
    if (status != null) {
      q.setParameter("s", status);
    }
    return q.getResultList();
  }

  /** One of the merchant's orders, or null. */
  public PurchaseOrder order(UUID id) {
    PurchaseOrder o = em.find(PurchaseOrder.class, id);
    return o != null && o.getMerchant().getId().equals(merchant().getId()) ? o : null;
  }

  /** Orders per status. */
  public Map<PurchaseOrder.Status, Long> countsByStatus() {
    Map<PurchaseOrder.Status, Long> out = new LinkedHashMap<>();
    for (PurchaseOrder.Status s : PurchaseOrder.Status.values()) {
      out.put(s, 0L);
    }
    for (Object[] r :
        em.createQuery(
                "select o.status, count(o) from PurchaseOrder o where o.merchant = :m group by"
                    + " o.status",
                Object[].class)
            .setParameter("m", merchant())
            .getResultList()) {
      out.put((PurchaseOrder.Status) r[0], (Long) r[1]);
    }
    return out;
  }

  /** Authorised and captured sales per UTC day, the last {@code days} days, oldest first. */
  public Map<LocalDate, BigDecimal> salesPerDay(int days) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<LocalDate, BigDecimal> out = new LinkedHashMap<>();
    for (int i = days - 1; i >= 0; i--) {
      out.put(today.minusDays(i), BigDecimal.ZERO);
    }
    List<PurchaseOrder> paid =
        em.createQuery(
                "select o from PurchaseOrder o where o.merchant = :m and o.status in :s"
                    + " and o.createdAt >= :from",
                PurchaseOrder.class)
            .setParameter("m", merchant())
            .setParameter(
                "s", List.of(PurchaseOrder.Status.AUTHORISED, PurchaseOrder.Status.CAPTURED))
            .setParameter(
                "from", today.minusDays(days - 1L).atStartOfDay().toInstant(ZoneOffset.UTC))
            .getResultList();
    for (PurchaseOrder o : paid) {
      out.merge(
          o.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate(), o.getAmount(), BigDecimal::add);
    }
    return out;
  }

  /** The merchant's products (active or not), by SKU. */
  public List<Product> products() {
    return em.createQuery(
            "select p from Product p where p.merchant = :m order by p.sku", Product.class)
        .setParameter("m", merchant())
        .getResultList();
  }

  /** What an administrator may change of a product. */
  public record ProductChange(
      String name,
      String description,
      BigDecimal listPrice,
      BigDecimal floorPrice,
      int stock,
      int deliveryDays,
      boolean active,
      List<int[]> tiers) {}

  /**
   * Saves a product of the caller's merchant.
   *
   * @throws IllegalArgumentException naming what is wrong (nothing is saved)
   */
  public void save(String sku, ProductChange c) {
    Product p =
        em.createQuery(
                "select p from Product p where p.sku = :s and p.merchant = :m", Product.class)
            .setParameter("s", sku)
            .setParameter("m", merchant())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RejectedEdit("No product " + sku + " in your shop."));
    String problem = ProductRules.check(c);
    if (problem != null) {
      throw new RejectedEdit(problem);
    }
    p.setName(c.name().strip());
    p.setDescription(c.description().strip());
    p.setListPrice(c.listPrice());
    p.setFloorPrice(c.floorPrice());
    p.setStock(c.stock());
    p.setDeliveryDays(c.deliveryDays());
    p.setActive(c.active());
    em.createNativeQuery("delete from merchant.quantity_discount where product_id = ?1")
        .setParameter(1, p.getId())
        .executeUpdate();
    for (int[] t : c.tiers()) {
      em.createNativeQuery(
              "insert into merchant.quantity_discount (product_id, min_quantity, percent)"
                  + " values (?1, ?2, ?3)")
          .setParameter(1, p.getId())
          .setParameter(2, t[0])
          .setParameter(3, BigDecimal.valueOf(t[1]))
          .executeUpdate();
    }
  }

  /** The merchant's SET enrolment: when its certificates were issued, else why not yet. */
  public String enrolment() {
    Merchant m = merchant();
    @SuppressWarnings("unchecked")
    List<Object> enrolled =
        em.createNativeQuery(
                "select enrolled_at from merchant.merchant_credential where merchant_id = ?1")
            .setParameter(1, m.getId())
            .getResultList();
    if (!enrolled.isEmpty()) {
      return "Enrolled with the CA: SET signature and key-exchange certificates issued "
          + enrolled.get(0)
          + ".";
    }
    Object note =
        em.createNativeQuery("select enrolment_note from merchant.merchant where id = ?1")
            .setParameter(1, m.getId())
            .getSingleResult();
    return "Not enrolled with the CA yet, so SET payments are refused; the server retries every 30"
        + " seconds."
        + (note == null ? "" : " Last attempt: " + note);
  }

  /** A refund as the back office lists it. */
  public record RefundRow(
      UUID id,
      long amountMinor,
      String state,
      String reason,
      String operator,
      java.time.Instant createdAt) {}

  /**
   * An order's capture and refunds: {@code captureState} NONE, PENDING, CAPTURED or REFUSED (null
   * when the wallet never reached an authorization), amounts in cents.
   */
  public record Payment(
      String captureState,
      long capturedMinor,
      long refundedMinor,
      String captureNote,
      List<RefundRow> refunds) {
    public long refundableMinor() {
      return capturedMinor - refundedMinor;
    }
  }

  /** The capture and refunds of one of the merchant's orders, or null when not its order. */
  public Payment payment(UUID orderId) {
    if (order(orderId) == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> p =
        em.createNativeQuery(
                "select case when auth_record is null then null else capture_state end,"
                    + " captured_minor, refunded_minor, capture_note from merchant.set_purchase"
                    + " where order_id = ?1")
            .setParameter(1, orderId)
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> r =
        em.createNativeQuery(
                "select id, amount_minor, state, reason, operator, created_at from merchant.refund"
                    + " where order_id = ?1 order by created_at")
            .setParameter(1, orderId)
            .getResultList();
    List<RefundRow> refunds =
        r.stream()
            .map(
                x ->
                    new RefundRow(
                        (UUID) x[0],
                        ((Number) x[1]).longValue(),
                        (String) x[2],
                        (String) x[3],
                        (String) x[4],
                        instant(x[5])))
            .toList();
    if (p.isEmpty()) {
      return new Payment(null, 0, 0, null, refunds);
    }
    Object[] x = p.get(0);
    return new Payment(
        (String) x[0],
        ((Number) x[1]).longValue(),
        ((Number) x[2]).longValue(),
        (String) x[3],
        refunds);
  }

  /** The caller's user name (refunds record who asked). */
  public String operator() {
    return caller.getCallerPrincipal().getName();
  }

  private static java.time.Instant instant(Object o) {
    if (o instanceof java.time.Instant i) {
      return i;
    }
    if (o instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    return ((java.sql.Timestamp) o).toInstant();
  }

  /** Sets the merchant's capture policy: {@code IMMEDIATE} or {@code BATCH}. */
  public void capturePolicy(String policy) {
    if (!"IMMEDIATE".equals(policy) && !"BATCH".equals(policy)) {
      throw new RejectedEdit("Capture policy must be IMMEDIATE or BATCH.");
    }
    merchant().setCapturePolicy(policy);
  }
}
