package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.SetEnum;

/**
 * The outcome of an authorization reversal. [U]: the reference names AuthRevReq/Res without field
 * lists (SET-PROTOCOL.md §3.7).
 *
 * <pre>
 * AuthRevCode ::= ENUMERATED {
 *    approved (0), unspecifiedFailure (1), noReply (2), amountError (3),
 *    expiredCard (4), invalidTransaction (5), systemError (6), missingCapToken (7),
 *    invalidCapToken (8), invalidAmount (9)
 * }
 * </pre>
 */
public enum AuthRevCode implements SetEnum {
  APPROVED(0),
  UNSPECIFIED_FAILURE(1),
  NO_REPLY(2),
  AMOUNT_ERROR(3),
  EXPIRED_CARD(4),
  INVALID_TRANSACTION(5),
  SYSTEM_ERROR(6),
  MISSING_CAP_TOKEN(7),
  INVALID_CAP_TOKEN(8),
  INVALID_AMOUNT(9);

  private final int value;

  AuthRevCode(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
