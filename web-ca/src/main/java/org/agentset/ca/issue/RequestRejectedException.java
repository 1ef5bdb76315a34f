package org.agentset.ca.issue;

/**
 * A certificate request the CA refuses, with a message fit to show the requester (no secrets, no
 * stack traces): a malformed or unsigned PKCS#10 request, a weak signature, data a profile
 * forbids, a key certified before.
 */
public class RequestRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  public RequestRejectedException(String message) {
    super(message);
  }

  public RequestRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
