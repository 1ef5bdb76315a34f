package org.agentset.ans.negotiation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Demo-like merchants and mandates for the negotiation tests. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Fixtures() {}

  /** A one-line mandate; {@code item}'s ceiling is replaced by {@code maxUnit}. */
  static MandateTerms mandate(ItemRequest item, long maxUnit, long budget, Set<String> merchants) {
    ItemRequest line = new ItemRequest(item.query(), item.category(), item.quantity(), maxUnit);
    return new MandateTerms(
        "M-1",
        "CN=Ada Lovelace",
        List.of(line),
        budget,
        "EUR",
        merchants,
        NOW.minusSeconds(60),
        NOW.plusSeconds(3600),
        Mode.AUTONOMOUS);
  }

  static Listing tea(String merchant, String sku, long list, long floor, int stock, int days) {
    return new Listing(
        merchant,
        sku,
        "Green tea tin " + sku,
        "Tea",
        "Loose leaf green tea",
        "EUR",
        list,
        floor,
        List.of(new QuantityDiscount(5, 500), new QuantityDiscount(10, 1000)),
        stock,
        days);
  }

  static MerchantSide side(String merchant, double beta, Listing... listings) {
    return new MerchantSide(merchant, List.of(listings), new MerchantStrategy(beta));
  }
}
