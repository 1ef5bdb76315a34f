package org.agentset.ans.customer;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import org.agentset.ans.negotiation.Offer;

/**
 * A customer agent: the conversational side of one customer's delegated purchase. Each client
 * reference is its own agent instance, holding its negotiation in progress.
 */
@Local
public interface CustomerAgent {

  /** Opens the negotiation for one item, with the mandate's currency and unit-price ceiling. */
  void open(String currency, long maxUnitPriceMinor);

  /** Takes a merchant's offer into the negotiation, or refuses it with the reason. */
  void receive(Offer offer);

  /** The offers taken so far, in arrival order. */
  List<Offer> offers();

  /** The best offer so far. */
  Optional<Offer> best();

  /** Ends the conversation and releases the agent instance. */
  void end();
}
