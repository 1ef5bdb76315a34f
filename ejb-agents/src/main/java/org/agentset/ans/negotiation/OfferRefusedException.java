package org.agentset.ans.negotiation;

/** An offer outside what the customer allowed; the message says which limit it broke. */
public class OfferRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OfferRefusedException(String reason) {
    super(reason);
  }
}
