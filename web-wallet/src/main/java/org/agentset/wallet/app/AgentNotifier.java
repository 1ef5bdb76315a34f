package org.agentset.wallet.app;

/**
 * Tells the agent server what became of a payment start (over the SAI channel): received, refused
 * with a reason, paid, declined or failed.
 */
public interface AgentNotifier {

  /** Nothing to tell anyone (payment starts handed in through the local API). */
  AgentNotifier NONE = (reference, outcome, reason) -> {};

  /**
   * @param reference the agent server's id of the payment start
   * @param outcome RECEIVED, REFUSED, PAID, DECLINED or FAILED
   * @param reason a code and sentence, or empty
   */
  void report(String reference, String outcome, String reason);
}
