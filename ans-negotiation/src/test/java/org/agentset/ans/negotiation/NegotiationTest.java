package org.agentset.ans.negotiation;

import static org.agentset.ans.negotiation.Fixtures.CLOCK;
import static org.agentset.ans.negotiation.Fixtures.mandate;
import static org.agentset.ans.negotiation.Fixtures.side;
import static org.agentset.ans.negotiation.Fixtures.tea;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NegotiationTest {

  private final List<MerchantSide> market =
      List.of(
          side("nordlicht-books", 1.0, tea("nordlicht-books", "NB-T", 1_000, 700, 50, 6)),
          side("herbarium-tea", 0.5, tea("herbarium-tea", "HT-1", 1_200, 850, 100, 2)),
          side("voltaic-parts", 2.0, tea("voltaic-parts", "VP-T", 1_100, 1_050, 3, 1)));

  private Negotiation run(MandateTerms terms, long seed) {
    Negotiation n = new Negotiation(terms, CustomerStrategy.DEFAULT, Utility.DEFAULT, seed);
    n.run(market, CLOCK);
    return n;
  }

  @Test
  void callsEveryAllowedMerchantBargainsAndSelectsWithAnExplanation() {
    Negotiation n =
        run(mandate(new ItemRequest("green tea", "Tea", 2, 1), 1_000, 5_000, Set.of()), 7);
    Deal d = n.selection(0).orElseThrow();
    assertThat(d.offer().unitPriceMinor()).isBetween(700L, 1_000L);
    assertThat(n.transcript().entries())
        .filteredOn(e -> e.kind() == Transcript.Kind.CALL_FOR_PROPOSALS)
        .extracting(Transcript.Entry::to)
        .containsExactly("nordlicht-books", "herbarium-tea", "voltaic-parts");
    assertThat(n.explanation(0)).startsWith("Selected " + d.offer().merchant()).contains("utility");
    assertThat(n.transcript().entries())
        .last()
        .extracting(Transcript.Entry::kind)
        .isEqualTo(Transcript.Kind.SELECTION);
    // voltaic-parts' floor (10.50) stays above the mandate's 10.00: never agreed
    assertThat(n.agreements(0))
        .extracting(a -> a.offer().merchant())
        .doesNotContain("voltaic-parts");
  }

  @Test
  void theSameSeedGivesTheSameTranscriptAndAnotherSeedMayBidDifferently() {
    MandateTerms terms = mandate(new ItemRequest("tea", "", 3, 1), 1_100, 10_000, Set.of());
    assertThat(run(terms, 42).transcript().entries())
        .isEqualTo(run(terms, 42).transcript().entries());
    boolean differs = false;
    for (long s = 1; s < 20 && !differs; s++) {
      differs = !run(terms, s).transcript().entries().equals(run(terms, 42).transcript().entries());
    }
    assertThat(differs).as("the seed changes the customer's opening bids").isTrue();
  }

  @Test
  void onlyTheMandatesMerchantsAreAsked() {
    Negotiation n =
        run(mandate(new ItemRequest("tea", "", 1, 1), 1_200, 5_000, Set.of("herbarium-tea")), 1);
    assertThat(n.transcript().entries())
        .filteredOn(e -> e.kind() == Transcript.Kind.CALL_FOR_PROPOSALS)
        .extracting(Transcript.Entry::to)
        .containsExactly("herbarium-tea");
    assertThat(n.selection(0).orElseThrow().offer().merchant()).isEqualTo("herbarium-tea");
  }

  @Test
  void stockAndQuantityDiscountsShapeTheProposals() {
    Negotiation n = run(mandate(new ItemRequest("tea", "", 10, 1), 1_200, 20_000, Set.of()), 3);
    // voltaic-parts holds 3 tins: no proposal for 10
    assertThat(n.transcript().entries())
        .filteredOn(e -> e.kind() == Transcript.Kind.NO_PROPOSAL)
        .extracting(Transcript.Entry::from)
        .containsExactly("voltaic-parts");
    // herbarium-tea opens at its list price less 10 % for 10 units
    assertThat(n.transcript().entries())
        .filteredOn(e -> e.kind() == Transcript.Kind.PROPOSAL && e.from().equals("herbarium-tea"))
        .extracting(Transcript.Entry::unitPriceMinor)
        .containsExactly(1_080L);
  }

  @Test
  void aMandateTooTightForEveryFloorEndsWithNoAgreementAndSaysSo() {
    Negotiation n = run(mandate(new ItemRequest("tea", "", 1, 1), 600, 5_000, Set.of()), 1);
    assertThat(n.selection(0)).isEmpty();
    assertThat(n.explanation(0)).contains("No acceptable agreement");
    assertThat(n.transcript().entries())
        .filteredOn(e -> e.kind() == Transcript.Kind.BREAKDOWN)
        .hasSize(3);
  }

  @Test
  void theBudgetLimitsTheReservationPrice() {
    // 4 units, 10.00 per unit allowed, but only 32.00 in total: at most 8.00 per unit
    Negotiation n = run(mandate(new ItemRequest("tea", "", 4, 1), 1_000, 3_200, Set.of()), 5);
    Deal d = n.selection(0).orElseThrow();
    assertThat(d.offer().totalMinor()).isLessThanOrEqualTo(3_200);
    assertThat(d.offer().merchant()).isEqualTo("nordlicht-books");
  }

  @Test
  void aDeclineMovesToTheNextAcceptableAgreementThenToNone() {
    Negotiation n = run(mandate(new ItemRequest("tea", "", 2, 1), 1_200, 10_000, Set.of()), 11);
    List<Deal> all = n.agreements(0);
    assertThat(all).hasSizeGreaterThanOrEqualTo(2);
    assertThat(n.selection(0)).contains(all.get(0));
    assertThat(n.decline(0, "card declined: insufficient funds", CLOCK)).contains(all.get(1));
    assertThat(n.transcript().entries())
        .anySatisfy(
            e -> assertThat(e.text()).contains("declined: card declined: insufficient funds"));
    Deal last = all.get(all.size() - 1);
    while (n.selection(0).isPresent() && !n.selection(0).get().equals(last)) {
      n.decline(0, "declined", CLOCK);
    }
    assertThat(n.decline(0, "declined", CLOCK)).isEmpty();
    assertThat(n.explanation(0)).contains("left within the mandate");
  }

  @Test
  void twoLinesShareTheBudget() {
    MandateTerms terms =
        new MandateTerms(
            "M-2",
            "CN=Ada",
            List.of(new ItemRequest("tea", "", 2, 1_200), new ItemRequest("tea", "", 2, 1_200)),
            3_000,
            "EUR",
            Set.of(),
            Fixtures.NOW.minusSeconds(1),
            Fixtures.NOW.plusSeconds(60),
            Mode.CONFIRM);
    Negotiation n = new Negotiation(terms, CustomerStrategy.DEFAULT, Utility.DEFAULT, 9);
    n.run(market, CLOCK);
    long total = 0;
    for (int i = 0; i < 2; i++) {
      total += n.selection(i).map(d -> d.offer().totalMinor()).orElse(0L);
    }
    assertThat(total).isLessThanOrEqualTo(3_000);
  }

  @Test
  void anUnavailableMerchantIsNotedAndTheOthersStillCount() {
    MerchantParty broken =
        new MerchantParty() {
          @Override
          public String merchant() {
            return "herbarium-tea";
          }

          @Override
          public List<Offer> propose(CallForProposals call) {
            throw new IllegalStateException("merchant server answered 503");
          }

          @Override
          public Reply respond(Offer bid, int round, int rounds) {
            throw new AssertionError();
          }
        };
    Negotiation n =
        new Negotiation(
            mandate(new ItemRequest("tea", "", 1, 1), 1_000, 5_000, Set.of()),
            CustomerStrategy.DEFAULT,
            Utility.DEFAULT,
            1);
    n.run(List.of(broken, market.get(0)), CLOCK);
    assertThat(n.transcript().entries())
        .anySatisfy(
            e ->
                assertThat(e.text())
                    .isEqualTo("herbarium-tea is unavailable: merchant server answered 503"));
    assertThat(n.selection(0).orElseThrow().offer().merchant()).isEqualTo("nordlicht-books");
  }

  @Test
  void whenTheOnlySellerIsUnavailableTheExplanationSaysSo() {
    MerchantParty broken =
        new MerchantParty() {
          @Override
          public String merchant() {
            return "herbarium-tea";
          }

          @Override
          public List<Offer> propose(CallForProposals call) {
            throw new IllegalStateException("merchant server answered 401");
          }

          @Override
          public Reply respond(Offer bid, int round, int rounds) {
            throw new AssertionError();
          }
        };
    Negotiation n =
        new Negotiation(
            mandate(new ItemRequest("tea", "", 1, 1), 1_000, 5_000, Set.of()),
            CustomerStrategy.DEFAULT,
            Utility.DEFAULT,
            1);
    n.run(List.of(broken), CLOCK);
    assertThat(n.selection(0)).isEmpty();
    assertThat(n.explanation(0))
        .isEqualTo(
            "No acceptable agreement for "
                + new ItemRequest("tea", "", 1, 1).describe()
                + " within the mandate (unavailable: herbarium-tea: merchant server answered 401)");
  }

  @Test
  void aLoneMerchantsOtherListingsAreFallbacksAfterADecline() {
    Negotiation n =
        new Negotiation(
            mandate(new ItemRequest("tea", "", 1, 1), 1_300, 5_000, Set.of()),
            CustomerStrategy.DEFAULT,
            Utility.DEFAULT,
            2);
    n.run(
        List.of(
            side(
                "herbarium-tea",
                1.0,
                tea("herbarium-tea", "HT-1", 1_200, 900, 10, 2),
                tea("herbarium-tea", "HT-2", 1_250, 950, 10, 3))),
        CLOCK);
    assertThat(n.agreements(0))
        .extracting(d -> d.offer().sku())
        .containsExactlyInAnyOrder("HT-1", "HT-2");
    String first = n.selection(0).orElseThrow().offer().sku();
    assertThat(n.decline(0, "card declined", CLOCK).orElseThrow().offer().sku())
        .isNotEqualTo(first);
  }

  @Test
  void runsOnceAndAnswersOnlyAfterRunning() {
    Negotiation n =
        new Negotiation(
            mandate(new ItemRequest("tea", "", 1, 1), 1_000, 5_000, Set.of()),
            CustomerStrategy.DEFAULT,
            Utility.DEFAULT,
            1);
    assertThatThrownBy(() -> n.selection(0)).isInstanceOf(IllegalStateException.class);
    n.run(market, CLOCK);
    assertThatThrownBy(() -> n.run(market, CLOCK)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRestoredNegotiationContinuesAsTheOriginalWould() {
    Negotiation n = run(mandate(new ItemRequest("tea", "", 2, 1), 1_200, 10_000, Set.of()), 21);
    Negotiation r =
        Negotiation.restore(
            n.terms(),
            CustomerStrategy.DEFAULT,
            Utility.DEFAULT,
            21,
            List.of(n.agreements(0)),
            new int[] {0},
            List.of(n.explanation(0)),
            n.transcript().entries());
    assertThat(r.transcript().entries()).isEqualTo(n.transcript().entries());
    assertThat(r.decline(0, "no", CLOCK)).isEqualTo(n.decline(0, "no", CLOCK));
    assertThat(r.transcript().entries()).isEqualTo(n.transcript().entries());
    assertThatThrownBy(
            () ->
                Negotiation.restore(
                    n.terms(),
                    CustomerStrategy.DEFAULT,
                    Utility.DEFAULT,
                    1,
                    List.of(n.agreements(0)),
                    new int[] {99},
                    List.of(""),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void survivesSerialisationAsAPassivatedAgentWould() throws Exception {
    Negotiation n = run(mandate(new ItemRequest("tea", "", 2, 1), 1_100, 5_000, Set.of()), 4);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(n);
    }
    assertThat(bytes.size()).as("small conversational state").isLessThan(16_000);
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Negotiation restored = (Negotiation) in.readObject();
      assertThat(restored.transcript().entries()).isEqualTo(n.transcript().entries());
      assertThat(restored.selection(0)).isEqualTo(n.selection(0));
      assertThat(restored.decline(0, "x", CLOCK)).isEqualTo(n.decline(0, "x", CLOCK));
    }
  }
}
