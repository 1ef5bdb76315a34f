package org.agentset.wallet.infra;

/**
 * Another party refused or could not be reached. The message is for the customer: what happened
 * and, where it can, what to do; it carries the peer's own explanation (an RFC 9457 {@code detail})
 * when there is one, never a key or a token.
 */
public final class PeerException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param status the HTTP status, or 0 if the peer could not be reached
   */
  public PeerException(int status, String message) {
    super(message);
    this.status = status;
  }

  public PeerException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status, or 0 when there was no answer. */
  public int status() {
    return status;
  }
}
