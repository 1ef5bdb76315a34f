package org.agentset.ans.customer;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import org.agentset.ans.negotiation.Deal;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.negotiation.MerchantParty;
import org.agentset.ans.negotiation.Negotiation;
import org.agentset.ans.negotiation.Transcript;

/**
 * A customer agent: the conversational side of one customer's delegated purchase. Each client
 * reference is its own agent instance, holding its negotiation in progress — small and
 * serialisable, so the server passivates idle agents.
 */
@Local
public interface CustomerAgent {

  /** Opens a new negotiation for a mandate; {@code seed} makes it reproducible. */
  void open(MandateTerms terms, long seed);

  /** Opens a new negotiation bargaining {@code rounds} rounds per merchant. */
  void open(MandateTerms terms, long seed, int rounds);

  /** Takes over a negotiation that ran before (restored from the durable record). */
  void resume(Negotiation restored);

  /** Negotiates every mandate line with the given merchant agents. */
  void negotiate(List<? extends MerchantParty> merchants);

  /** The agreement selected for a mandate line. */
  Optional<Deal> selection(int item);

  /** The selected purchase of a line was declined: the next acceptable agreement, if any. */
  Optional<Deal> decline(int item, String reason);

  /** Why the current selection of a line was made. */
  String explanation(int item);

  /** The negotiation (for the durable record). */
  Negotiation negotiation();

  /** The transcript so far. */
  List<Transcript.Entry> transcript();

  /** Ends the conversation and releases the agent instance. */
  void end();
}
