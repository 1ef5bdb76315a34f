package org.agentset.merchant.rest;

import java.math.BigDecimal;
import java.util.List;
import org.agentset.db.merchant.Product;
import org.agentset.db.merchant.QuantityDiscount;

/** One product in the catalogue feed, with the negotiation parameters of the merchant's agent. */
public record CatalogueItem(
    String sku,
    String name,
    String category,
    String categoryName,
    String description,
    BigDecimal listPrice,
    BigDecimal floorPrice,
    List<Discount> quantityDiscounts,
    int stock,
    int deliveryDays,
    String imageUrl) {

  /** A discount tier. */
  public record Discount(int minQuantity, BigDecimal percent) {}

  static CatalogueItem of(Product p, String imageBase) {
    return new CatalogueItem(
        p.getSku(),
        p.getName(),
        p.getCategory().getSlug(),
        p.getCategory().getName(),
        p.getDescription(),
        p.getListPrice(),
        p.getFloorPrice(),
        p.getDiscounts().stream().map(CatalogueItem::discount).toList(),
        p.getStock(),
        p.getDeliveryDays(),
        imageBase + "/img/" + p.getMerchant().getCode() + "/" + p.getSku() + ".svg");
  }

  private static Discount discount(QuantityDiscount d) {
    return new Discount(d.getMinQuantity(), d.getPercent());
  }
}
