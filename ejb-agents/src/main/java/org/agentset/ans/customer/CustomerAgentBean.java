package org.agentset.ans.customer;

import jakarta.ejb.Remove;
import jakarta.ejb.Stateful;
import java.util.List;
import java.util.Optional;
import org.agentset.ans.negotiation.Negotiation;
import org.agentset.ans.negotiation.Offer;

/**
 * The stateful bean behind {@link CustomerAgent}. Its state is one small serialisable {@link
 * Negotiation}, so the server can passivate idle agents; the policy lives in the negotiation
 * package, not here.
 */
@Stateful
public class CustomerAgentBean implements CustomerAgent {

  private Negotiation negotiation;

  @Override
  public void open(String currency, long maxUnitPriceMinor) {
    negotiation = new Negotiation(currency, maxUnitPriceMinor);
  }

  @Override
  public void receive(Offer offer) {
    opened().receive(offer);
  }

  @Override
  public List<Offer> offers() {
    return opened().offers();
  }

  @Override
  public Optional<Offer> best() {
    return opened().best();
  }

  private Negotiation opened() {
    if (negotiation == null) {
      throw new IllegalStateException("the agent has no open negotiation");
    }
    return negotiation;
  }

  @Remove
  @Override
  public void end() {
    negotiation = null;
  }
}
