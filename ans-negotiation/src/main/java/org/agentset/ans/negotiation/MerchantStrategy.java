package org.agentset.ans.negotiation;

import java.io.Serializable;

/**
 * How a merchant agent concedes from its opening ask toward its floor over the bargaining rounds (a
 * time-dependent tactic after Faratin, Sierra and Jennings, 1998): the ask at round t of T is
 * {@code floor + (open − floor)·(1 − (t/T)^(1/β))}. β &lt; 1 holds out until late (Boulware), β = 1
 * concedes linearly, β &gt; 1 concedes early (Conceder).
 */
public record MerchantStrategy(double beta) implements Serializable {

  public static final MerchantStrategy LINEAR = new MerchantStrategy(1.0);

  public MerchantStrategy {
    if (!(beta >= 0.05 && beta <= 20)) {
      throw new IllegalArgumentException("beta must be within 0.05..20, was " + beta);
    }
  }

  /** The ask at {@code round} of {@code rounds}, rounded up, never below {@code floor}. */
  public long ask(long open, long floor, int round, int rounds) {
    if (round >= rounds) {
      return floor;
    }
    double f = Math.pow((double) Math.max(round, 0) / rounds, 1 / beta);
    long ask = floor + (long) Math.ceil((open - floor) * (1 - f));
    return Math.max(floor, Math.min(open, ask));
  }
}
