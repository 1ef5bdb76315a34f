package org.agentset.ans.negotiation;

import java.io.Serializable;

/**
 * How the customer agent bargains: it opens at {@code openingFraction} of its reservation price
 * (the most the mandate lets it pay per unit for this line), jittered by up to ±{@code jitter} from
 * the negotiation's seeded randomness so merchants cannot read its limit off its first bid, and
 * concedes up to the reservation over {@code rounds} rounds by {@code bid(t) = open + (reservation
 * − open)·(t/(T−1))^(1/β)}. It bargains with at most {@code maxBargains} merchants per line, the
 * most promising first.
 */
public record CustomerStrategy(
    int rounds, double beta, double openingFraction, double jitter, int maxBargains)
    implements Serializable {

  public static final CustomerStrategy DEFAULT = new CustomerStrategy(8, 1.0, 0.70, 0.05, 3);

  public CustomerStrategy {
    if (rounds < 1 || rounds > 100) {
      throw new IllegalArgumentException("rounds must be 1..100");
    }
    if (!(beta >= 0.05 && beta <= 20)) {
      throw new IllegalArgumentException("beta must be within 0.05..20");
    }
    if (!(openingFraction > 0 && openingFraction <= 1)
        || !(jitter >= 0 && jitter < openingFraction)) {
      throw new IllegalArgumentException("opening fraction in (0,1], jitter in [0, opening)");
    }
    if (maxBargains < 1) {
      throw new IllegalArgumentException("bargain with at least one merchant");
    }
  }

  /** The opening bid for a reservation price, given a draw in [0,1) from the seeded randomness. */
  public long opening(long reservation, double draw) {
    double fraction = Math.min(1.0, openingFraction + (2 * draw - 1) * jitter);
    return Math.max(1, Math.min(reservation, (long) Math.floor(reservation * fraction + 1e-9)));
  }

  /** The bid at {@code round} (0-based), rounded down, never above the reservation. */
  public long bid(long open, long reservation, int round) {
    if (rounds == 1 || round >= rounds - 1) {
      return reservation;
    }
    double f = Math.pow((double) round / (rounds - 1), 1 / beta);
    long bid = open + (long) Math.floor((reservation - open) * f);
    return Math.max(open, Math.min(reservation, bid));
  }
}
