package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.SetEnum;

/**
 * The outcome of one credit item. [U]: shaped after CapCode; the reference gives no field list for
 * CredRes (SET-PROTOCOL.md §3.7).
 *
 * <pre>
 * CredCode ::= ENUMERATED {
 *    success (0), unspecifiedFailure (1), duplicateRequest (2), originalProcessed (3),
 *    originalNotFound (4), capPurged (5), capDataMismatch (6), missingCapData (7),
 *    missingCapToken (8), invalidCapToken (9), batchUnknown (10), batchClosed (11),
 *    creditTooLarge (12)
 * }
 * </pre>
 */
public enum CredCode implements SetEnum {
  SUCCESS(0),
  UNSPECIFIED_FAILURE(1),
  DUPLICATE_REQUEST(2),
  ORIGINAL_PROCESSED(3),
  ORIGINAL_NOT_FOUND(4),
  CAP_PURGED(5),
  CAP_DATA_MISMATCH(6),
  MISSING_CAP_DATA(7),
  MISSING_CAP_TOKEN(8),
  INVALID_CAP_TOKEN(9),
  BATCH_UNKNOWN(10),
  BATCH_CLOSED(11),
  CREDIT_TOO_LARGE(12);

  private final int value;

  CredCode(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
