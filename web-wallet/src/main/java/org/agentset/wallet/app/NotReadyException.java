package org.agentset.wallet.app;

/**
 * The wallet cannot do this yet, and the message says what the customer must do first (enrol with
 * the CA, add a card). Nothing was changed.
 */
public final class NotReadyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotReadyException(String whatToDo) {
    super(whatToDo);
  }
}
