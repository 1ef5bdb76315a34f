package org.agentset.ans.negotiation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The offers gathered for one item, in the order they arrived, with a ceiling on the unit price
 * the customer allowed. An offer above the ceiling or in another currency is refused: the agent
 * never even holds an offer outside its mandate.
 */
public final class Negotiation implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Comparator<Offer> CHEAPEST_THEN_FASTEST =
      Comparator.comparingLong(Offer::unitPriceMinor)
          .thenComparingInt(Offer::deliveryDays)
          .thenComparing(Offer::merchant);

  private final String currency;
  private final long maxUnitPriceMinor;
  private final List<Offer> offers = new ArrayList<>();

  public Negotiation(String currency, long maxUnitPriceMinor) {
    this.currency = Objects.requireNonNull(currency, "currency");
    if (maxUnitPriceMinor <= 0) {
      throw new IllegalArgumentException("the price ceiling must be positive");
    }
    this.maxUnitPriceMinor = maxUnitPriceMinor;
  }

  /**
   * Records {@code offer} if it fits the ceiling and currency.
   *
   * @throws OfferRefusedException naming why the offer was refused
   */
  public void receive(Offer offer) {
    if (!offer.currency().equals(currency)) {
      throw new OfferRefusedException(
          "offer from " + offer.merchant() + " is in " + offer.currency() + ", not " + currency);
    }
    if (offer.unitPriceMinor() > maxUnitPriceMinor) {
      throw new OfferRefusedException(
          "offer from "
              + offer.merchant()
              + " at "
              + offer.unitPriceMinor()
              + " exceeds the ceiling of "
              + maxUnitPriceMinor);
    }
    offers.add(offer);
  }

  /** Every accepted offer, in arrival order. */
  public List<Offer> offers() {
    return List.copyOf(offers);
  }

  /** The cheapest accepted offer, ties broken by faster delivery, then merchant name. */
  public Optional<Offer> best() {
    return offers.stream().min(CHEAPEST_THEN_FASTEST);
  }
}
