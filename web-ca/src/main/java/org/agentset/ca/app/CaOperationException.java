package org.agentset.ca.app;

import jakarta.ejb.ApplicationException;

/**
 * An operation the CA refuses, with a message fit for the operator or client (never a secret or a
 * stack trace). Rolls the transaction back, so a refused operation changes nothing.
 */
@ApplicationException(rollback = true)
public class CaOperationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why: lets the REST layer choose the HTTP status. */
  public enum Kind {
    NOT_FOUND,
    CONFLICT,
    INVALID
  }

  private final Kind kind;

  public CaOperationException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
