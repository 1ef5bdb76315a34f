package org.agentset.ans.customer;

import java.util.List;
import org.agentset.ans.merchant.MerchantAgent;
import org.agentset.ans.negotiation.CallForProposals;
import org.agentset.ans.negotiation.MerchantParty;
import org.agentset.ans.negotiation.Offer;

/**
 * A merchant agent bean as the negotiation's {@link MerchantParty}: the two kinds of agent talk
 * inside the agent server, each in its own bean.
 */
record MerchantAgentParty(String merchant, MerchantAgent agent) implements MerchantParty {

  @Override
  public List<Offer> propose(CallForProposals call) {
    return agent.propose(call);
  }

  @Override
  public Reply respond(Offer bid, int round, int rounds) {
    return agent.respond(bid, round, rounds);
  }
}
