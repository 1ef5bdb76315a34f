package org.agentset.ans.negotiation;

import java.io.Serializable;
import java.util.Objects;

/**
 * A merchant agent's offer for one item: price per unit in minor units of the currency, and how
 * many days delivery takes. Immutable and serialisable, so agents holding offers can passivate.
 */
public record Offer(String merchant, long unitPriceMinor, String currency, int deliveryDays)
    implements Serializable {

  public Offer {
    Objects.requireNonNull(merchant, "merchant");
    Objects.requireNonNull(currency, "currency");
    if (merchant.isBlank()) {
      throw new IllegalArgumentException("an offer names its merchant");
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
}
