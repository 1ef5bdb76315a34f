package org.agentset.wallet.agents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.sai.MandateMode;

/**
 * What the customer asked for, checked (see {@code app.MandateForm}): the items, the budget, the
 * merchants, the deadline and the mode, amounts in minor units of one currency.
 *
 * @param items what to buy
 * @param budgetMinor the total budget
 * @param currency ISO 4217 numeric code
 * @param amtExp10 the minor unit's exponent (-2 for euro cents)
 * @param merchants merchant codes allowed; empty means any
 * @param notAfter the deadline
 * @param mode autonomous or confirm
 */
public record MandateDraft(
    List<Item> items,
    long budgetMinor,
    int currency,
    int amtExp10,
    List<String> merchants,
    Instant notAfter,
    MandateMode mode) {

  /**
   * One thing to buy.
   *
   * @param query words the product should match, or null
   * @param category a catalogue category, or null
   * @param quantity how many
   * @param maxUnitPriceMinor the most per unit
   */
  public record Item(String query, String category, int quantity, long maxUnitPriceMinor) {}

  public MandateDraft {
    items = List.copyOf(items);
    merchants = List.copyOf(merchants);
    Objects.requireNonNull(notAfter, "notAfter");
    Objects.requireNonNull(mode, "mode");
  }
}
