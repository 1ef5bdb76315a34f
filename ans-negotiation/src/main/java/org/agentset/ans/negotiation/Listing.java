package org.agentset.ans.negotiation;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One catalogue item as a merchant agent sees it — the parameters the merchant set in its back
 * office: list price, the floor it will never go below, quantity discounts, stock and delivery
 * time. The floor is the merchant's secret; only its own agent reads it.
 */
public record Listing(
    String merchant,
    String sku,
    String name,
    String category,
    String description,
    String currency,
    long listPriceMinor,
    long floorPriceMinor,
    List<QuantityDiscount> discounts,
    int stock,
    int deliveryDays)
    implements Serializable {

  public Listing {
    Objects.requireNonNull(merchant, "merchant");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    category = category == null ? "" : category;
    description = description == null ? "" : description;
    Objects.requireNonNull(currency, "currency");
    discounts = List.copyOf(discounts);
    if (floorPriceMinor <= 0 || floorPriceMinor > listPriceMinor) {
      throw new IllegalArgumentException(
          sku + ": the floor must be positive and at most the list price");
    }
    if (stock < 0 || deliveryDays < 0) {
      throw new IllegalArgumentException(sku + ": stock and delivery days cannot be negative");
    }
  }

  /**
   * The list price per unit for {@code quantity} units, best discount applied, never below floor.
   */
  public long askFor(int quantity) {
    int bp =
        discounts.stream()
            .filter(d -> quantity >= d.minQuantity())
            .max(Comparator.comparingInt(QuantityDiscount::basisPoints))
            .map(QuantityDiscount::basisPoints)
            .orElse(0);
    long discounted = listPriceMinor - Math.floorDiv(listPriceMinor * bp, 10_000);
    return Math.max(floorPriceMinor, discounted);
  }
}
