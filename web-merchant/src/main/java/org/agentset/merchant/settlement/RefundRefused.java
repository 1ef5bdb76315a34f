package org.agentset.merchant.settlement;

import jakarta.ejb.ApplicationException;

/** A refund the merchant server does not send, and why (nothing changed). */
@ApplicationException(rollback = true)
public class RefundRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RefundRefused(String message) {
    super(message);
  }
}
