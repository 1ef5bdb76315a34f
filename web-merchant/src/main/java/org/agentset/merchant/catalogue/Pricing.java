package org.agentset.merchant.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A product's price rules: the list price, the quantity discount tiers offered to everyone, and the
 * floor price below which the merchant's agent may not agree. Container-free.
 */
public final class Pricing {

  /** A tier: from {@code minQuantity} units, {@code percent} off the list price. */
  public record Tier(int minQuantity, BigDecimal percent) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal listPrice;
  private final BigDecimal floorPrice;
  private final List<Tier> tiers;

  public Pricing(BigDecimal listPrice, BigDecimal floorPrice, List<Tier> tiers) {
    this.listPrice = listPrice;
    this.floorPrice = floorPrice;
    this.tiers = List.copyOf(tiers);
  }

  /** The discount (percent) for {@code quantity}: the highest tier reached, or zero. */
  public BigDecimal discountFor(int quantity) {
    BigDecimal best = BigDecimal.ZERO;
    for (Tier t : tiers) {
      if (quantity >= t.minQuantity() && t.percent().compareTo(best) > 0) {
        best = t.percent();
      }
    }
    return best;
  }

  /** The unit price offered without negotiation for {@code quantity} units, to the cent. */
  public BigDecimal unitPriceFor(int quantity) {
    BigDecimal factor = HUNDRED.subtract(discountFor(quantity)).divide(HUNDRED);
    return listPrice.multiply(factor).setScale(2, RoundingMode.HALF_UP);
  }

  /** Why {@code unitPrice} cannot be agreed, or null when it can. */
  public Refusal check(BigDecimal unitPrice) {
    if (unitPrice.compareTo(floorPrice) < 0) {
      return Refusal.BELOW_FLOOR;
    }
    if (unitPrice.compareTo(listPrice) > 0) {
      return Refusal.ABOVE_LIST;
    }
    return null;
  }

  /** Why a price is refused. */
  public enum Refusal {
    BELOW_FLOOR,
    ABOVE_LIST
  }

  public BigDecimal listPrice() {
    return listPrice;
  }

  public BigDecimal floorPrice() {
    return floorPrice;
  }

  public List<Tier> tiers() {
    return tiers;
  }
}
