package org.agentset.bank.iso8583;

/**
 * A message that is not valid ISO 8583 under AgentSET's layouts. The message says what was wrong
 * and never echoes field contents (a PAN could be among them).
 */
public class Iso8583Exception extends Exception {

  private static final long serialVersionUID = 1L;

  public Iso8583Exception(String reason) {
    super(reason);
  }
}
