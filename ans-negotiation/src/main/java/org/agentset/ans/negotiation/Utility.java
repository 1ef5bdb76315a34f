package org.agentset.ans.negotiation;

import java.io.Serializable;
import java.util.Map;

/**
 * The customer agent's measure of an agreement, in [0, 1]: a weighted sum of how far the unit price
 * is below the mandate's ceiling, how fast delivery is (0 days = 1, {@code deliveryHorizon} days or
 * more = 0) and how much the customer prefers the merchant (0..1, default {@code
 * defaultPreference}). Weights are normalised.
 */
public record Utility(
    double priceWeight,
    double deliveryWeight,
    double merchantWeight,
    int deliveryHorizonDays,
    Map<String, Double> merchantPreference,
    double defaultPreference)
    implements Serializable {

  public static final Utility DEFAULT = new Utility(0.6, 0.3, 0.1, 14, Map.of(), 0.5);

  public Utility {
    if (priceWeight < 0 || deliveryWeight < 0 || merchantWeight < 0) {
      throw new IllegalArgumentException("weights cannot be negative");
    }
    if (priceWeight + deliveryWeight + merchantWeight <= 0) {
      throw new IllegalArgumentException("at least one weight must be positive");
    }
    if (deliveryHorizonDays < 1) {
      throw new IllegalArgumentException("delivery horizon must be at least a day");
    }
    merchantPreference = Map.copyOf(merchantPreference);
  }

  /** The parts of a score, each already weighted; {@link #total()} is their sum. */
  public record Score(double price, double delivery, double merchant) implements Serializable {
    public double total() {
      return price + delivery + merchant;
    }
  }

  public Score score(Offer offer, ItemRequest line) {
    double sum = priceWeight + deliveryWeight + merchantWeight;
    double p = Math.max(0, 1 - (double) offer.unitPriceMinor() / line.maxUnitPriceMinor());
    double d = Math.max(0, 1 - (double) offer.deliveryDays() / deliveryHorizonDays);
    double m =
        Math.max(
            0, Math.min(1, merchantPreference.getOrDefault(offer.merchant(), defaultPreference)));
    return new Score(priceWeight * p / sum, deliveryWeight * d / sum, merchantWeight * m / sum);
  }
}
