package org.agentset.bank.api;

/** What became of a request. */
public enum Outcome {
  /** The issuer answered with response code 00. */
  APPROVED,
  /** The issuer answered with another response code. */
  DECLINED,
  /**
   * No valid answer came in time: the request may or may not have taken effect. For an
   * authorisation the adapter has already queued its reversal; for a reversal it keeps repeating
   * it (0420) until acknowledged; a capture or refund can be repeated under the same trace.
   */
  UNKNOWN
}
