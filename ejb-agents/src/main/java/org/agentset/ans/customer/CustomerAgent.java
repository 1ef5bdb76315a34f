package org.agentset.ans.customer;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import org.agentset.ans.negotiation.Deal;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.negotiation.MerchantParty;

/**
 * A customer agent: the conversational side of one customer's delegated purchase. Each client
 * reference is its own agent instance, holding its negotiation in progress.
 */
@Local
public interface CustomerAgent {

  /** Opens the negotiation for a mandate; {@code seed} makes it reproducible. */
  void open(MandateTerms terms, long seed);

  /** Negotiates every mandate line with the given merchant agents. */
  void negotiate(List<? extends MerchantParty> merchants);

  /** The agreement selected for a mandate line. */
  Optional<Deal> selection(int item);

  /** Ends the conversation and releases the agent instance. */
  void end();
}
