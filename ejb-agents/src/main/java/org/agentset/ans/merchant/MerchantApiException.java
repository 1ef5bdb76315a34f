package org.agentset.ans.merchant;

import jakarta.ejb.ApplicationException;

/** The merchant server could not be reached or refused; the message says which and why. */
@ApplicationException(rollback = false)
public class MerchantApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MerchantApiException(String message) {
    super(message);
  }
}
