package org.agentset.ans.negotiation;

import java.io.Serializable;
import java.util.Objects;

/**
 * Terms on the table between a customer agent and one merchant agent: which item, how many, at what
 * unit price, delivered in how many days. Immutable and serialisable, so agents holding offers can
 * passivate.
 */
public record Offer(
    String merchant,
    String sku,
    String itemName,
    int quantity,
    long unitPriceMinor,
    String currency,
    int deliveryDays)
    implements Serializable {

  public Offer {
    Objects.requireNonNull(merchant, "merchant");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(itemName, "itemName");
    Objects.requireNonNull(currency, "currency");
    if (merchant.isBlank()) {
      throw new IllegalArgumentException("an offer names its merchant");
    }
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be positive, was " + quantity);
    }
    if (unitPriceMinor <= 0) {
      throw new IllegalArgumentException("unit price must be positive, was " + unitPriceMinor);
    }
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
    }
    if (deliveryDays < 0) {
      throw new IllegalArgumentException("delivery days cannot be negative, was " + deliveryDays);
    }
  }

  public long totalMinor() {
    return Math.multiplyExact(unitPriceMinor, (long) quantity);
  }

  /** The same terms at another unit price. */
  public Offer at(long newUnitPriceMinor) {
    return new Offer(merchant, sku, itemName, quantity, newUnitPriceMinor, currency, deliveryDays);
  }

  /** "2 × Tea tin (sku T-1) at 18.50 EUR, delivery in 3 days". */
  public String describe() {
    return quantity
        + " × "
        + itemName
        + " ("
        + sku
        + ") at "
        + Money.format(unitPriceMinor, currency)
        + ", delivery in "
        + deliveryDays
        + (deliveryDays == 1 ? " day" : " days");
  }
}
