package org.agentset.ans.negotiation;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One customer agent's negotiation over its mandate — presentation, selection and collection, as
 * the patent puts it. For each mandate line it sends a {@link CallForProposals} to every merchant
 * agent the mandate allows, gathers proposals, bargains ({@link Bargain}) with the most promising
 * merchants, ranks the agreements by {@link Utility} and selects the best with a human-readable
 * explanation. If the selected purchase is declined, {@link #decline} moves to the next agreement
 * that still fits the mandate.
 *
 * <p>This is the customer agent's conversational state: small, serializable, and deterministic —
 * the same terms, merchants, strategy and seed give the same transcript.
 */
public final class Negotiation implements Serializable {

  private static final long serialVersionUID = 3L;

  private static final Comparator<Deal> BEST_FIRST =
      Comparator.comparingDouble(Deal::utility)
          .reversed()
          .thenComparingLong(d -> d.offer().unitPriceMinor())
          .thenComparing(d -> d.offer().merchant())
          .thenComparing(d -> d.offer().sku());

  private final MandateTerms terms;
  private final CustomerStrategy strategy;
  private final Utility utility;
  private final long seed;
  private final Transcript transcript = new Transcript();
  private final ArrayList<ArrayList<Deal>> ranked = new ArrayList<>();
  private final int[] chosen;
  private final ArrayList<String> explanations = new ArrayList<>();
  // per line: the merchants that could not be asked and why ("" when all answered)
  private final ArrayList<String> unavailable = new ArrayList<>();
  private boolean done;

  public Negotiation(MandateTerms terms, CustomerStrategy strategy, Utility utility, long seed) {
    this.terms = Objects.requireNonNull(terms);
    this.strategy = Objects.requireNonNull(strategy);
    this.utility = Objects.requireNonNull(utility);
    this.seed = seed;
    this.chosen = new int[terms.items().size()];
    java.util.Arrays.fill(chosen, -1);
  }

  /**
   * A negotiation that ran before (in another instance of the agent, before a restart), rebuilt
   * from its durable record: the agreements per line, best first; the index selected per line (-1
   * for none); the explanation per line; the transcript so far.
   */
  public static Negotiation restore(
      MandateTerms terms,
      CustomerStrategy strategy,
      Utility utility,
      long seed,
      List<List<Deal>> agreements,
      int[] selected,
      List<String> explanations,
      List<Transcript.Entry> entries) {
    Negotiation n = new Negotiation(terms, strategy, utility, seed);
    if (agreements.size() != terms.items().size()
        || selected.length != terms.items().size()
        || explanations.size() != terms.items().size()) {
      throw new IllegalArgumentException("one list of agreements and one selection per line");
    }
    for (int i = 0; i < agreements.size(); i++) {
      ArrayList<Deal> deals = new ArrayList<>(agreements.get(i));
      if (selected[i] < -1 || selected[i] >= deals.size()) {
        throw new IllegalArgumentException(
            "selection " + selected[i] + " of line " + i + " is out of range");
      }
      n.ranked.add(deals);
      n.chosen[i] = selected[i];
      n.explanations.add(explanations.get(i));
      n.unavailable.add("");
    }
    for (Transcript.Entry e : entries) {
      n.transcript.add(
          e.at(),
          e.item(),
          e.round(),
          e.kind(),
          e.from(),
          e.to(),
          e.text(),
          e.unitPriceMinor(),
          e.quantity());
    }
    n.done = true;
    return n;
  }

  /** Negotiates every line of the mandate with {@code merchants}; runs once. */
  public void run(List<? extends MerchantParty> merchants, Clock clock) {
    if (done) {
      throw new IllegalStateException("the negotiation has already run");
    }
    for (int i = 0; i < terms.items().size(); i++) {
      ranked.add(negotiateLine(i, merchants, clock));
      explanations.add("");
      select(i, 0, clock);
    }
    done = true;
  }

  private ArrayList<Deal> negotiateLine(
      int i, List<? extends MerchantParty> merchants, Clock clock) {
    ItemRequest line = terms.items().get(i);
    CallForProposals call =
        new CallForProposals(terms.mandateId(), i, line, terms.currency(), terms.notAfter());
    Map<String, Offer> bestProposal = new LinkedHashMap<>();
    List<Offer> all = new ArrayList<>();
    Map<String, MerchantParty> byCode = new LinkedHashMap<>();
    List<String> down = new ArrayList<>();
    for (MerchantParty mp : merchants) {
      String m = mp.merchant();
      if (!terms.allows(m)) {
        transcript.add(
            clock.instant(),
            i,
            -1,
            Transcript.Kind.NOTICE,
            Transcript.CUSTOMER,
            m,
            m + " is not among the mandate's merchants; not asked",
            0,
            line.quantity());
        continue;
      }
      byCode.put(m, mp);
      transcript.add(
          clock.instant(),
          i,
          -1,
          Transcript.Kind.CALL_FOR_PROPOSALS,
          Transcript.CUSTOMER,
          m,
          "Call for proposals: " + line.describe() + ", in " + terms.currency(),
          0,
          line.quantity());
      List<Offer> proposals;
      try {
        proposals = mp.propose(call);
      } catch (RuntimeException e) {
        transcript.add(
            clock.instant(),
            i,
            -1,
            Transcript.Kind.NOTICE,
            m,
            Transcript.CUSTOMER,
            m + " is unavailable: " + e.getMessage(),
            0,
            line.quantity());
        down.add(m + ": " + e.getMessage());
        continue;
      }
      Offer best = null;
      for (Offer p : proposals) {
        if (!p.merchant().equals(m)
            || p.quantity() != line.quantity()
            || !p.currency().equals(terms.currency())) {
          transcript.add(
              clock.instant(),
              i,
              -1,
              Transcript.Kind.NOTICE,
              m,
              Transcript.CUSTOMER,
              "Ignored a proposal not matching the call: " + p.describe(),
              p.unitPriceMinor(),
              p.quantity());
          continue;
        }
        transcript.add(
            clock.instant(),
            i,
            -1,
            Transcript.Kind.PROPOSAL,
            m,
            Transcript.CUSTOMER,
            "Proposes " + p.describe(),
            p.unitPriceMinor(),
            p.quantity());
        all.add(p);
        if (best == null || utility.score(p, line).total() > utility.score(best, line).total()) {
          best = p;
        }
      }
      if (best == null) {
        transcript.add(
            clock.instant(),
            i,
            -1,
            Transcript.Kind.NO_PROPOSAL,
            m,
            Transcript.CUSTOMER,
            "No proposal for " + line.describe(),
            0,
            line.quantity());
      } else {
        bestProposal.put(m, best);
      }
    }
    // the most promising: each merchant's best proposal first (so every merchant gets a chance),
    // then further proposals by utility (fallbacks should a purchase be declined)
    Comparator<Offer> byUtility =
        Comparator.comparingDouble((Offer o) -> -utility.score(o, line).total())
            .thenComparing(Offer::merchant)
            .thenComparing(Offer::sku);
    List<Offer> promising =
        new ArrayList<>(bestProposal.values().stream().sorted(byUtility).toList());
    all.stream().sorted(byUtility).filter(o -> !promising.contains(o)).forEach(promising::add);
    if (promising.size() > strategy.maxBargains()) {
      promising.subList(strategy.maxBargains(), promising.size()).clear();
    }
    long committed = committedExcept(i);
    ArrayList<Deal> deals = new ArrayList<>();
    for (Offer p : promising) {
      double draw =
          new SplittableRandom(
                  seed * 1_000_003L
                      + i * 7919L
                      + p.merchant().hashCode() * 31L
                      + p.sku().hashCode())
              .nextDouble();
      Bargain.run(
              terms,
              i,
              p,
              byCode.get(p.merchant()),
              strategy,
              utility,
              committed,
              draw,
              transcript,
              clock)
          .ifPresent(deals::add);
    }
    deals.sort(BEST_FIRST);
    unavailable.add(String.join("; ", down));
    return deals;
  }

  private Optional<Deal> select(int item, int from, Clock clock) {
    List<Deal> deals = ranked.get(item);
    long committed = committedExcept(item);
    for (int k = from; k < deals.size(); k++) {
      Deal d = deals.get(k);
      Optional<String> why = terms.violation(item, d.offer(), committed, clock.instant());
      if (why.isPresent()) {
        transcript.add(
            clock.instant(),
            item,
            -1,
            Transcript.Kind.OUT_OF_MANDATE,
            Transcript.CUSTOMER,
            d.offer().merchant(),
            "Passed over: " + why.get(),
            d.offer().unitPriceMinor(),
            d.offer().quantity());
        continue;
      }
      chosen[item] = k;
      String text = Explanation.of(d, deals.subList(k + 1, deals.size()), terms.items().get(item));
      explanations.set(item, text);
      transcript.add(
          clock.instant(),
          item,
          -1,
          Transcript.Kind.SELECTION,
          Transcript.CUSTOMER,
          d.offer().merchant(),
          text,
          d.offer().unitPriceMinor(),
          d.offer().quantity());
      return Optional.of(d);
    }
    chosen[item] = -1;
    String text =
        "No acceptable agreement for "
            + terms.items().get(item).describe()
            + (from == 0 ? " within the mandate" : " left within the mandate")
            + (unavailable.get(item).isEmpty()
                ? ""
                : " (unavailable: " + unavailable.get(item) + ")");
    explanations.set(item, text);
    transcript.add(
        clock.instant(),
        item,
        -1,
        Transcript.Kind.NO_AGREEMENT,
        Transcript.CUSTOMER,
        Transcript.CUSTOMER,
        text,
        0,
        terms.items().get(item).quantity());
    return Optional.empty();
  }

  /**
   * The selected purchase for {@code item} was declined (by the bank, the merchant, the wallet):
   * records why and selects the next agreement that still fits the mandate, if any.
   */
  public Optional<Deal> decline(int item, String reason, Clock clock) {
    requireDone();
    Deal current = selection(item).orElseThrow(() -> new IllegalStateException("nothing selected"));
    transcript.add(
        clock.instant(),
        item,
        -1,
        Transcript.Kind.NOTICE,
        current.offer().merchant(),
        Transcript.CUSTOMER,
        "Purchase from " + current.offer().merchant() + " declined: " + reason,
        current.offer().unitPriceMinor(),
        current.offer().quantity());
    return select(item, chosen[item] + 1, clock);
  }

  /** The agreement selected for {@code item}, if any. */
  public Optional<Deal> selection(int item) {
    requireDone();
    return chosen[item] < 0 ? Optional.empty() : Optional.of(ranked.get(item).get(chosen[item]));
  }

  /** Every agreement reached for {@code item}, best first. */
  public List<Deal> agreements(int item) {
    requireDone();
    return List.copyOf(ranked.get(item));
  }

  /** Why the current selection for {@code item} was made (or why there is none). */
  public String explanation(int item) {
    requireDone();
    return explanations.get(item);
  }

  public boolean isDone() {
    return done;
  }

  public MandateTerms terms() {
    return terms;
  }

  public Transcript transcript() {
    return transcript;
  }

  private long committedExcept(int item) {
    long sum = 0;
    for (int k = 0; k < ranked.size(); k++) {
      if (k != item && chosen[k] >= 0) {
        sum += ranked.get(k).get(chosen[k]).offer().totalMinor();
      }
    }
    return sum;
  }

  private void requireDone() {
    if (!done) {
      throw new IllegalStateException("the negotiation has not run yet");
    }
  }
}
