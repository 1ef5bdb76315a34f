package org.agentset.ans.negotiation;

/**
 * How much the customer lets the agent do alone: in {@code AUTONOMOUS} mode the sealed token alone
 * releases the wallet for an item; in {@code CONFIRM} mode the agent presents its choice and the
 * wallet asks the customer for the wallet password before paying.
 */
public enum Mode {
  AUTONOMOUS,
  CONFIRM
}
