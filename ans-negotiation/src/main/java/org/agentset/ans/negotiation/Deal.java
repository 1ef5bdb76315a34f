package org.agentset.ans.negotiation;

import java.io.Serializable;
import java.util.Objects;

/** An agreement reached by bargaining, within the mandate, with its utility to the customer. */
public record Deal(int item, Offer offer, Utility.Score score, int rounds) implements Serializable {

  public Deal {
    Objects.requireNonNull(offer);
    Objects.requireNonNull(score);
  }

  public double utility() {
    return score.total();
  }
}
