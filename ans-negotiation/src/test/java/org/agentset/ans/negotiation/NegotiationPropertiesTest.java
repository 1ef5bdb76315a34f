package org.agentset.ans.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property-style tests over thousands of seeded random markets and mandates: whatever the
 * parameters, no agreement is outside the mandate, no merchant sells below its floor or beyond its
 * stock, every selection and every fallback after a decline stays within the budget, and the same
 * seed gives the same transcript.
 */
class NegotiationPropertiesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
  private static final String[] MERCHANTS = {"m-a", "m-b", "m-c", "m-d", "m-e"};

  record Market(List<MerchantSide> sides, Map<String, Listing> bySku) {}

  private static Market market(SplittableRandom r) {
    List<MerchantSide> sides = new ArrayList<>();
    Map<String, Listing> bySku = new HashMap<>();
    for (String m : MERCHANTS) {
      List<Listing> ls = new ArrayList<>();
      int n = r.nextInt(0, 4);
      for (int i = 0; i < n; i++) {
        long list = r.nextLong(100, 20_000);
        long floor = r.nextLong(1, list + 1);
        List<QuantityDiscount> ds =
            r.nextBoolean()
                ? List.of(new QuantityDiscount(r.nextInt(2, 6), r.nextInt(1, 3_000)))
                : List.of();
        Listing l =
            new Listing(
                m,
                m + "-" + i,
                "widget " + i,
                i % 2 == 0 ? "A" : "B",
                "thing",
                r.nextInt(10) == 0 ? "USD" : "EUR",
                list,
                floor,
                ds,
                r.nextInt(0, 30),
                r.nextInt(0, 20));
        ls.add(l);
        bySku.put(l.sku(), l);
      }
      sides.add(new MerchantSide(m, ls, new MerchantStrategy(0.1 + r.nextDouble() * 5)));
    }
    return new Market(sides, bySku);
  }

  private static MandateTerms terms(SplittableRandom r) {
    List<ItemRequest> items = new ArrayList<>();
    int lines = r.nextInt(1, 4);
    for (int i = 0; i < lines; i++) {
      items.add(
          new ItemRequest(
              "widget",
              r.nextBoolean() ? "" : (r.nextBoolean() ? "A" : "B"),
              r.nextInt(1, 12),
              r.nextLong(50, 20_000)));
    }
    Set<String> allowed = new HashSet<>();
    for (String m : MERCHANTS) {
      if (r.nextInt(3) == 0) {
        allowed.add(m);
      }
    }
    Instant now = CLOCK.instant();
    return new MandateTerms(
        "M",
        "CN=c",
        items,
        r.nextLong(50, 200_000),
        "EUR",
        allowed,
        now.minusSeconds(5),
        now.plusSeconds(600),
        Mode.AUTONOMOUS);
  }

  private static CustomerStrategy strategy(SplittableRandom r) {
    double open = 0.2 + r.nextDouble() * 0.8;
    return new CustomerStrategy(
        r.nextInt(1, 15),
        0.1 + r.nextDouble() * 5,
        open,
        r.nextDouble() * open * 0.5,
        r.nextInt(1, 6));
  }

  @Test
  void noAgreementEverBreaksTheMandateOrAMerchantsFloorOrStock() {
    int agreements = 0;
    int selections = 0;
    for (int c = 0; c < 3_000; c++) {
      SplittableRandom r = new SplittableRandom(c);
      Market market = market(r);
      MandateTerms terms = terms(r);
      Negotiation n = new Negotiation(terms, strategy(r), Utility.DEFAULT, c);
      n.run(market.sides(), CLOCK);
      for (int i = 0; i < terms.items().size(); i++) {
        for (Deal d : n.agreements(i)) {
          agreements++;
          Offer o = d.offer();
          Listing l = market.bySku().get(o.sku());
          assertThat(terms.allows(o.merchant())).as("case %d", c).isTrue();
          assertThat(o.currency()).isEqualTo(terms.currency());
          assertThat(o.unitPriceMinor())
              .as("case %d ceiling", c)
              .isLessThanOrEqualTo(terms.items().get(i).maxUnitPriceMinor());
          assertThat(o.totalMinor())
              .as("case %d budget", c)
              .isLessThanOrEqualTo(terms.budgetMinor());
          assertThat(o.unitPriceMinor())
              .as("case %d floor", c)
              .isGreaterThanOrEqualTo(l.floorPriceMinor());
          assertThat(o.quantity())
              .isLessThanOrEqualTo(l.stock())
              .isEqualTo(terms.items().get(i).quantity());
          assertThat(terms.items().get(i).matches(l)).isTrue();
        }
      }
      // every state reachable by declines keeps the selections jointly within the budget
      for (int round = 0; round < 4; round++) {
        long total = 0;
        for (int i = 0; i < terms.items().size(); i++) {
          if (n.selection(i).isPresent()) {
            selections++;
            total += n.selection(i).get().offer().totalMinor();
          }
        }
        assertThat(total).as("case %d joint budget", c).isLessThanOrEqualTo(terms.budgetMinor());
        int item = r.nextInt(terms.items().size());
        if (n.selection(item).isPresent()) {
          n.decline(item, "declined", CLOCK);
        }
      }
    }
    assertThat(agreements).as("the generator reaches agreements").isGreaterThan(1_000);
    assertThat(selections).isGreaterThan(1_000);
  }

  @Test
  void whenTheReservationMeetsAFloorTheBargainSucceeds() {
    // with enough rounds the customer reaches its reservation and the merchant its floor: a deal
    // exists whenever reservation >= floor
    for (int c = 0; c < 500; c++) {
      SplittableRandom r = new SplittableRandom(10_000 + c);
      long list = r.nextLong(100, 10_000);
      long floor = r.nextLong(1, list + 1);
      long ceiling = r.nextLong(1, 12_000);
      Listing l = new Listing("m", "s", "widget", "", "", "EUR", list, floor, List.of(), 5, 1);
      MandateTerms terms =
          new MandateTerms(
              "M",
              "c",
              List.of(new ItemRequest("widget", "", 1, ceiling)),
              1_000_000,
              "EUR",
              Set.of(),
              CLOCK.instant().minusSeconds(1),
              CLOCK.instant().plusSeconds(9),
              Mode.AUTONOMOUS);
      Negotiation n = new Negotiation(terms, strategy(r), Utility.DEFAULT, c);
      n.run(
          List.of(
              new MerchantSide("m", List.of(l), new MerchantStrategy(0.1 + r.nextDouble() * 5))),
          CLOCK);
      assertThat(n.selection(0).isPresent())
          .as("case %d: ceiling %d floor %d", c, ceiling, floor)
          .isEqualTo(ceiling >= floor);
    }
  }

  @Test
  void deterministicUnderAFixedSeed() {
    for (int c = 0; c < 200; c++) {
      MandateTerms terms = terms(new SplittableRandom(c));
      Negotiation a = new Negotiation(terms, CustomerStrategy.DEFAULT, Utility.DEFAULT, c);
      Negotiation b = new Negotiation(terms, CustomerStrategy.DEFAULT, Utility.DEFAULT, c);
      a.run(market(new SplittableRandom(c + 1)).sides(), CLOCK);
      b.run(market(new SplittableRandom(c + 1)).sides(), CLOCK);
      assertThat(a.transcript().entries()).isEqualTo(b.transcript().entries());
    }
  }
}
