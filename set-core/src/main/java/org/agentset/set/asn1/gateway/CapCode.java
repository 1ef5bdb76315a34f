package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.SetEnum;

/**
 * The outcome of one capture item. [U]: names from SET Book 3 as recalled; the reference gives no
 * field list for CapRes (SET-PROTOCOL.md §3.7).
 *
 * <pre>
 * CapCode ::= ENUMERATED {
 *    success (0), unspecifiedFailure (1), duplicateRequest (2), authExpired (3),
 *    authDataMissing (4), invalidAuthData (5), capTokenMissing (6),
 *    invalidCapToken (7), batchUnknown (8), batchClosed (9), unknownXID (10),
 *    unknownLID (11)
 * }
 * </pre>
 */
public enum CapCode implements SetEnum {
  SUCCESS(0),
  UNSPECIFIED_FAILURE(1),
  DUPLICATE_REQUEST(2),
  AUTH_EXPIRED(3),
  AUTH_DATA_MISSING(4),
  INVALID_AUTH_DATA(5),
  CAP_TOKEN_MISSING(6),
  INVALID_CAP_TOKEN(7),
  BATCH_UNKNOWN(8),
  BATCH_CLOSED(9),
  UNKNOWN_XID(10),
  UNKNOWN_LID(11);

  private final int value;

  CapCode(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
