package org.agentset.ans.customer;

import jakarta.ejb.Remove;
import jakarta.ejb.Stateful;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.agentset.ans.negotiation.CustomerStrategy;
import org.agentset.ans.negotiation.Deal;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.negotiation.MerchantParty;
import org.agentset.ans.negotiation.Negotiation;
import org.agentset.ans.negotiation.Transcript;
import org.agentset.ans.negotiation.Utility;

/**
 * The stateful bean behind {@link CustomerAgent}. Its state is one small serialisable {@link
 * Negotiation}, so the server can passivate idle agents; the policy lives in the negotiation
 * module, the durable record in {@link AgentStore}.
 */
@Stateful
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
public class CustomerAgentBean implements CustomerAgent {

  private Negotiation negotiation;

  @Override
  public void open(MandateTerms terms, long seed) {
    negotiation = new Negotiation(terms, CustomerStrategy.DEFAULT, Utility.DEFAULT, seed);
  }

  @Override
  public void open(MandateTerms terms, long seed, int rounds) {
    CustomerStrategy d = CustomerStrategy.DEFAULT;
    negotiation =
        new Negotiation(
            terms,
            new CustomerStrategy(
                rounds, d.beta(), d.openingFraction(), d.jitter(), d.maxBargains()),
            Utility.DEFAULT,
            seed);
  }

  @Override
  public void resume(Negotiation restored) {
    negotiation = restored;
  }

  @Override
  public void negotiate(List<? extends MerchantParty> merchants) {
    opened().run(merchants, Clock.systemUTC());
  }

  @Override
  public Optional<Deal> selection(int item) {
    return opened().selection(item);
  }

  @Override
  public Optional<Deal> decline(int item, String reason) {
    return opened().decline(item, reason, Clock.systemUTC());
  }

  @Override
  public String explanation(int item) {
    return opened().explanation(item);
  }

  @Override
  public Negotiation negotiation() {
    return opened();
  }

  @Override
  public List<Transcript.Entry> transcript() {
    return List.copyOf(opened().transcript().entries());
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
