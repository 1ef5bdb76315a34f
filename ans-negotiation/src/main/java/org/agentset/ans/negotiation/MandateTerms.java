package org.agentset.ans.negotiation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The customer's signed mandate as the negotiation sees it: the items (each with the most the agent
 * may pay per unit), the total budget, in which currency, with which merchants (empty = any), from
 * when until when, and in which {@link Mode}. Nothing else of the mandate (its signature, the
 * sealed tokens) reaches the negotiation.
 *
 * <p>{@link #violation} is the one test every agreement passes before the agent accepts it; the
 * wallet checks the same limits again before it pays.
 */
public record MandateTerms(
    String mandateId,
    String customer,
    List<ItemRequest> items,
    long budgetMinor,
    String currency,
    Set<String> allowedMerchants,
    Instant notBefore,
    Instant notAfter,
    Mode mode)
    implements Serializable {

  public MandateTerms {
    Objects.requireNonNull(mandateId, "mandateId");
    Objects.requireNonNull(customer, "customer");
    items = List.copyOf(items);
    allowedMerchants = Set.copyOf(allowedMerchants);
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(notAfter, "notAfter");
    Objects.requireNonNull(mode, "mode");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a mandate names at least one item");
    }
    if (budgetMinor <= 0) {
      throw new IllegalArgumentException("the budget must be positive");
    }
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
    }
    if (!notAfter.isAfter(notBefore)) {
      throw new IllegalArgumentException("the mandate must end after it starts");
    }
  }

  /** Whether the mandate lets the agent deal with {@code merchant} at all. */
  public boolean allows(String merchant) {
    return allowedMerchants.isEmpty() || allowedMerchants.contains(merchant);
  }

  /**
   * Why an agreement on {@code offer} for line {@code item}, made at {@code at} with {@code
   * alreadyCommittedMinor} of the budget spent on other lines, would break this mandate — or empty
   * when it would not.
   */
  public Optional<String> violation(int item, Offer offer, long alreadyCommittedMinor, Instant at) {
    if (item < 0 || item >= items.size()) {
      return Optional.of("the mandate has no line " + item);
    }
    long maxUnitPriceMinor = items.get(item).maxUnitPriceMinor();
    if (offer.quantity() != items.get(item).quantity()) {
      return Optional.of(
          "the mandate asks for " + items.get(item).quantity() + " units, not " + offer.quantity());
    }
    if (!allows(offer.merchant())) {
      return Optional.of(offer.merchant() + " is not among the merchants the mandate allows");
    }
    if (!offer.currency().equals(currency)) {
      return Optional.of("the offer is in " + offer.currency() + ", the mandate in " + currency);
    }
    if (offer.unitPriceMinor() > maxUnitPriceMinor) {
      return Optional.of(
          "unit price "
              + Money.format(offer.unitPriceMinor(), currency)
              + " is above the mandate's "
              + Money.format(maxUnitPriceMinor, currency));
    }
    long total = offer.totalMinor();
    if (alreadyCommittedMinor + total > budgetMinor) {
      return Optional.of(
          "total "
              + Money.format(total, currency)
              + " would take the spending to "
              + Money.format(alreadyCommittedMinor + total, currency)
              + ", above the budget of "
              + Money.format(budgetMinor, currency));
    }
    if (at.isBefore(notBefore) || !at.isBefore(notAfter)) {
      return Optional.of("the mandate is valid from " + notBefore + " until " + notAfter);
    }
    return Optional.empty();
  }
}
