package org.agentset.merchant.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.agentset.db.merchant.Merchant;
import org.agentset.db.merchant.Product;
import org.agentset.db.merchant.PurchaseOrder;
import org.agentset.merchant.catalogue.Catalogue;
import org.agentset.merchant.catalogue.Pricing;
import org.agentset.merchant.events.CompletionEvents;
import org.agentset.merchant.infra.MerchantConfig;

/**
 * Opens orders — from a merchant agent's agreed terms or from the storefront's cart — reserving
 * their stock in the same transaction, and expires unpaid ones, giving the stock back.
 */
@Stateless
public class OrderService {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  @Inject private Catalogue catalogue;
  @Inject private MerchantConfig config;
  @EJB private CompletionEvents events;
  @Inject private org.agentset.merchant.set.InitiationSigner initiations;

  /** One requested line: a SKU, a quantity and the unit price (null: the offered price). */
  public record Request(String sku, int quantity, BigDecimal unitPrice) {}

  /** A merchant agent's agreed terms for one product. */
  public PurchaseOrder placeAgentOrder(
      Merchant merchant, Request line, String currency, String agreementRef, String callbackUrl)
      throws OrderRefused {
    if (!merchant.getCurrency().equals(currency)) {
      throw new OrderRefused(
          OrderRefused.Kind.CURRENCY,
          merchant.getName() + " sells in " + merchant.getCurrency() + ", not " + currency);
    }
    PurchaseOrder order = open(merchant, PurchaseOrder.Source.AGENT, List.of(line), true);
    order.setAgentTerms(agreementRef, callbackUrl);
    return order;
  }

  /** The storefront's checkout: every cart line at its offered price. */
  public PurchaseOrder placeStorefrontOrder(
      Merchant merchant, List<Request> lines, String name, String email, String address)
      throws OrderRefused {
    if (lines.isEmpty()) {
      throw new OrderRefused(OrderRefused.Kind.EMPTY, "The cart is empty.");
    }
    PurchaseOrder order = open(merchant, PurchaseOrder.Source.STOREFRONT, lines, false);
    order.setCustomer(name, email, address);
    return order;
  }

  private PurchaseOrder open(
      Merchant merchant, PurchaseOrder.Source source, List<Request> lines, boolean negotiated)
      throws OrderRefused {
    Merchant m = em.merge(merchant);
    Instant now = Clock.systemUTC().instant();
    List<Product> products = new ArrayList<>();
    List<BigDecimal> prices = new ArrayList<>();
    List<OrderReferences.Line> described = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Request r : lines) {
      Product p =
          catalogue
              .productForUpdate(m, r.sku())
              .orElseThrow(
                  () ->
                      new OrderRefused(
                          OrderRefused.Kind.UNKNOWN_SKU,
                          m.getName() + " has no product " + r.sku() + "."));
      if (!p.isActive()) {
        throw new OrderRefused(OrderRefused.Kind.UNAVAILABLE, p.getName() + " is no longer sold.");
      }
      if (r.quantity() > p.getStock()) {
        throw new OrderRefused(
            OrderRefused.Kind.OUT_OF_STOCK,
            "Only "
                + p.getStock()
                + " of "
                + p.getName()
                + " in stock, "
                + r.quantity()
                + " asked.");
      }
      Pricing pricing = Catalogue.pricing(p);
      BigDecimal unit = negotiated ? r.unitPrice() : pricing.unitPriceFor(r.quantity());
      Pricing.Refusal refusal = pricing.check(unit);
      if (negotiated && refusal == Pricing.Refusal.BELOW_FLOOR) {
        throw new OrderRefused(
            OrderRefused.Kind.BELOW_FLOOR,
            "Unit price "
                + unit.toPlainString()
                + " is below the floor price of "
                + p.getSku()
                + ".");
      }
      if (negotiated && refusal == Pricing.Refusal.ABOVE_LIST) {
        throw new OrderRefused(
            OrderRefused.Kind.ABOVE_LIST,
            "Unit price "
                + unit.toPlainString()
                + " is above the list price "
                + p.getListPrice().toPlainString()
                + " of "
                + p.getSku()
                + ".");
      }
      p.setStock(p.getStock() - r.quantity());
      products.add(p);
      prices.add(unit);
      described.add(new OrderReferences.Line(p.getSku(), p.getName(), r.quantity(), unit));
      total = total.add(unit.multiply(BigDecimal.valueOf(r.quantity())));
    }
    String lidM = new OrderReferences(RANDOM).newLidM(m.getLidPrefix());
    String od = OrderReferences.describe(m.getName(), lidM, described, total, m.getCurrency());
    PurchaseOrder order =
        new PurchaseOrder(
            UUID.randomUUID(),
            m,
            lidM,
            source,
            total,
            od,
            now,
            now.plus(config.settings().orderTtl()));
    for (int i = 0; i < lines.size(); i++) {
      order.addLine(products.get(i), lines.get(i).quantity(), prices.get(i));
    }
    em.persist(order);
    initiations.sign(order).ifPresent(order::setSetInitiation);
    return order;
  }

  /** The order {@code id} of {@code merchant}. */
  public Optional<PurchaseOrder> find(Merchant merchant, UUID id) {
    PurchaseOrder o = em.find(PurchaseOrder.class, id);
    return o != null && o.getMerchant().getId().equals(merchant.getId())
        ? Optional.of(o)
        : Optional.empty();
  }

  /** The order {@code id}, of any merchant (the storefront's order page). */
  public Optional<PurchaseOrder> find(UUID id) {
    return Optional.ofNullable(em.find(PurchaseOrder.class, id));
  }

  /** The order with SET LocalID-M {@code lidM}. */
  public Optional<PurchaseOrder> byLidM(String lidM) {
    return em.createQuery("select o from PurchaseOrder o where o.lidM = :l", PurchaseOrder.class)
        .setParameter("l", lidM)
        .getResultStream()
        .findFirst();
  }

  /** Expires unpaid orders past their time, returning stock; returns how many. */
  public int expireDue() {
    Instant now = Clock.systemUTC().instant();
    List<PurchaseOrder> due =
        em.createQuery(
                "select o from PurchaseOrder o where o.status = :s and o.expiresAt < :now",
                PurchaseOrder.class)
            .setParameter("s", PurchaseOrder.Status.AWAITING_PAYMENT)
            .setParameter("now", now)
            .setMaxResults(100)
            .getResultList();
    for (PurchaseOrder o : due) {
      for (var line : o.getLines()) {
        Product p =
            em.find(Product.class, line.getProduct().getId(), LockModeType.PESSIMISTIC_WRITE);
        p.setStock(p.getStock() + line.getQuantity());
      }
      o.moveTo(PurchaseOrder.Status.EXPIRED, "not paid before " + o.getExpiresAt(), now);
      events.record(o, "FAILED", "expired: not paid before " + o.getExpiresAt());
    }
    return due.size();
  }
}
