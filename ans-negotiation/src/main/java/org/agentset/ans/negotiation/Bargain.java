package org.agentset.ans.negotiation;

import java.time.Clock;
import java.util.Optional;

/**
 * Bilateral bargaining by alternating offers between the customer agent and one merchant agent over
 * one mandate line, starting from the merchant's proposal. Each round the customer either accepts
 * the merchant's ask (if it is within its reservation and no more than it would bid next) or bids;
 * the merchant accepts, counters or withdraws. Every move goes to the transcript, and the customer
 * re-checks an agreement against the mandate before it counts.
 */
final class Bargain {

  private Bargain() {}

  static Optional<Deal> run(
      MandateTerms terms,
      int item,
      Offer proposal,
      MerchantParty merchant,
      CustomerStrategy strategy,
      Utility utility,
      long committedMinor,
      double draw,
      Transcript transcript,
      Clock clock) {
    String m = merchant.merchant();
    String cur = terms.currency();
    int qty = proposal.quantity();
    long remaining = terms.budgetMinor() - committedMinor;
    long reservation =
        Math.min(terms.items().get(item).maxUnitPriceMinor(), Math.floorDiv(remaining, qty));
    if (reservation < 1) {
      transcript.add(
          clock.instant(),
          item,
          -1,
          Transcript.Kind.BREAKDOWN,
          Transcript.CUSTOMER,
          m,
          "No budget left for " + qty + " units",
          0,
          qty);
      return Optional.empty();
    }
    long open = strategy.opening(reservation, draw);
    Offer ask = proposal;
    for (int t = 0; t < strategy.rounds(); t++) {
      long bid = strategy.bid(open, reservation, t);
      if (ask.unitPriceMinor() <= reservation && ask.unitPriceMinor() <= bid) {
        transcript.add(
            clock.instant(),
            item,
            t,
            Transcript.Kind.ACCEPT,
            Transcript.CUSTOMER,
            m,
            "Accepts " + ask.describe(),
            ask.unitPriceMinor(),
            qty);
        return agreed(terms, item, ask, utility, committedMinor, t, transcript, clock);
      }
      Offer bidOffer = ask.at(bid);
      transcript.add(
          clock.instant(),
          item,
          t,
          Transcript.Kind.BID,
          Transcript.CUSTOMER,
          m,
          "Bids " + Money.format(bid, cur) + " per unit for " + qty + " × " + ask.itemName(),
          bid,
          qty);
      MerchantParty.Reply reply = merchant.respond(bidOffer, t, strategy.rounds());
      switch (reply.kind()) {
        case ACCEPT -> {
          if (reply.offer().unitPriceMinor() != bid || !reply.offer().sku().equals(ask.sku())) {
            transcript.add(
                clock.instant(),
                item,
                t,
                Transcript.Kind.BREAKDOWN,
                m,
                Transcript.CUSTOMER,
                "Accepted terms other than the bid; ignored",
                reply.offer().unitPriceMinor(),
                qty);
            return Optional.empty();
          }
          transcript.add(
              clock.instant(),
              item,
              t,
              Transcript.Kind.ACCEPT,
              m,
              Transcript.CUSTOMER,
              "Accepts " + bidOffer.describe(),
              bid,
              qty);
          return agreed(terms, item, bidOffer, utility, committedMinor, t, transcript, clock);
        }
        case WITHDRAW -> {
          transcript.add(
              clock.instant(),
              item,
              t,
              Transcript.Kind.BREAKDOWN,
              m,
              Transcript.CUSTOMER,
              "Withdraws: " + reply.reason(),
              reply.offer().unitPriceMinor(),
              qty);
          return Optional.empty();
        }
        case COUNTER -> {
          ask = reply.offer();
          if (!ask.sku().equals(proposal.sku()) || ask.quantity() != qty) {
            transcript.add(
                clock.instant(),
                item,
                t,
                Transcript.Kind.BREAKDOWN,
                m,
                Transcript.CUSTOMER,
                "Countered with other terms; bargaining ended",
                ask.unitPriceMinor(),
                qty);
            return Optional.empty();
          }
          transcript.add(
              clock.instant(),
              item,
              t,
              Transcript.Kind.ASK,
              m,
              Transcript.CUSTOMER,
              "Asks " + Money.format(ask.unitPriceMinor(), cur) + " per unit",
              ask.unitPriceMinor(),
              qty);
        }
      }
    }
    transcript.add(
        clock.instant(),
        item,
        strategy.rounds(),
        Transcript.Kind.BREAKDOWN,
        Transcript.CUSTOMER,
        m,
        "No agreement within " + strategy.rounds() + " rounds",
        0,
        qty);
    return Optional.empty();
  }

  private static Optional<Deal> agreed(
      MandateTerms terms,
      int item,
      Offer offer,
      Utility utility,
      long committed,
      int round,
      Transcript transcript,
      Clock clock) {
    Optional<String> why = terms.violation(item, offer, committed, clock.instant());
    if (why.isPresent()) {
      transcript.add(
          clock.instant(),
          item,
          round,
          Transcript.Kind.OUT_OF_MANDATE,
          Transcript.CUSTOMER,
          offer.merchant(),
          "Agreement dropped: " + why.get(),
          offer.unitPriceMinor(),
          offer.quantity());
      return Optional.empty();
    }
    return Optional.of(
        new Deal(item, offer, utility.score(offer, terms.items().get(item)), round + 1));
  }
}
