package org.agentset.merchant.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.agentset.db.merchant.Category;
import org.agentset.db.merchant.Merchant;
import org.agentset.db.merchant.Product;
import org.agentset.db.merchant.QuantityDiscount;

/** Reads the merchants, their categories and products from the merchant schema. */
@ApplicationScoped
public class Catalogue {

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  /** Every hosted merchant, by name. */
  public List<Merchant> merchants() {
    return em.createQuery("select m from Merchant m order by m.name", Merchant.class)
        .getResultList();
  }

  /** The merchant with {@code code}. */
  public Optional<Merchant> merchant(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return em.createQuery("select m from Merchant m where m.code = :c", Merchant.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  /** A merchant's categories in shelf order. */
  public List<Category> categories(Merchant merchant) {
    return em.createQuery(
            "select c from Category c where c.merchant = :m order by c.position, c.name",
            Category.class)
        .setParameter("m", merchant)
        .getResultList();
  }

  /** The category {@code slug} of {@code merchant}. */
  public Optional<Category> category(Merchant merchant, String slug) {
    return categories(merchant).stream().filter(c -> c.getSlug().equals(slug)).findFirst();
  }

  /**
   * A merchant's active products, optionally in one category and matching every word of {@code
   * query} in name, description or category name (case-insensitive), by SKU.
   */
  public List<Product> products(Merchant merchant, String categorySlug, String query) {
    StringBuilder jpql =
        new StringBuilder("select p from Product p where p.merchant = :m and p.active = true");
    if (categorySlug != null && !categorySlug.isBlank()) {
      jpql.append(" and p.category.slug = :c");
    }
    List<String> words = words(query);
    for (int i = 0; i < words.size(); i++) {
      jpql.append(" and (lower(p.name) like :w")
          .append(i)
          .append(" escape '\\' or lower(p.description) like :w")
          .append(i)
          .append(" escape '\\' or lower(p.category.name) like :w")
          .append(i)
          .append(" escape '\\')");
    }
    jpql.append(" order by p.sku");
    var q = em.createQuery(jpql.toString(), Product.class).setParameter("m", merchant);
    if (categorySlug != null && !categorySlug.isBlank()) {
      q.setParameter("c", categorySlug);
    }
    for (int i = 0; i < words.size(); i++) {
      q.setParameter("w" + i, "%" + likeEscape(words.get(i)) + "%");
    }
    return q.getResultList();
  }

  /** The product {@code sku} of {@code merchant}, active or not. */
  public Optional<Product> product(Merchant merchant, String sku) {
    if (sku == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select p from Product p where p.merchant = :m and p.sku = :s", Product.class)
        .setParameter("m", merchant)
        .setParameter("s", sku)
        .getResultStream()
        .findFirst();
  }

  /**
   * The product {@code sku} of {@code merchant}, read with a row lock held to the end of the
   * transaction (orders reserving stock queue here instead of failing on the version check).
   */
  public Optional<Product> productForUpdate(Merchant merchant, String sku) {
    return em.createQuery(
            "select p from Product p where p.merchant = :m and p.sku = :s", Product.class)
        .setParameter("m", merchant)
        .setParameter("s", sku)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The product's price rules. */
  public static Pricing pricing(Product p) {
    List<Pricing.Tier> tiers = new ArrayList<>();
    for (QuantityDiscount d : p.getDiscounts()) {
      tiers.add(new Pricing.Tier(d.getMinQuantity(), d.getPercent()));
    }
    return new Pricing(p.getListPrice(), p.getFloorPrice(), tiers);
  }

  static List<String> words(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+"))
        .filter(w -> !w.isEmpty())
        .limit(8)
        .toList();
  }

  static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
