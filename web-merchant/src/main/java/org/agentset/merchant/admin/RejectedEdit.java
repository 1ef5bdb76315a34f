package org.agentset.merchant.admin;

import jakarta.ejb.ApplicationException;

/** A back-office change refused for what it asks (nothing was saved); the message says why. */
@ApplicationException(rollback = true)
public class RejectedEdit extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RejectedEdit(String message) {
    super(message);
  }
}
