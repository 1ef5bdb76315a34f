package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.SetEnum;

/**
 * The gateway's authorization outcome, mapped from the issuer's ISO 8583 response. [U]: names from
 * SET Book 3 as recalled; the reference lists AuthCode without values (SET-PROTOCOL.md §3.5).
 *
 * <pre>
 * AuthCode ::= ENUMERATED {
 *    approved (0), unspecifiedFailure (1), declined (2), noReply (3),
 *    callIssuer (4), amountError (5), expiredCard (6), invalidTransaction (7),
 *    systemError (8), piPreviouslyUsed (9), recurringTooSoon (10),
 *    recurringExpired (11), piAuthMismatch (12), installRecurMismatch (13),
 *    captureNotSupported (14), signatureRequired (15), cardMerchBrandMismatch (16)
 * }
 * </pre>
 */
public enum AuthCode implements SetEnum {
  APPROVED(0),
  UNSPECIFIED_FAILURE(1),
  DECLINED(2),
  NO_REPLY(3),
  CALL_ISSUER(4),
  AMOUNT_ERROR(5),
  EXPIRED_CARD(6),
  INVALID_TRANSACTION(7),
  SYSTEM_ERROR(8),
  PI_PREVIOUSLY_USED(9),
  RECURRING_TOO_SOON(10),
  RECURRING_EXPIRED(11),
  PI_AUTH_MISMATCH(12),
  INSTALL_RECUR_MISMATCH(13),
  CAPTURE_NOT_SUPPORTED(14),
  SIGNATURE_REQUIRED(15),
  CARD_MERCH_BRAND_MISMATCH(16);

  private final int value;

  AuthCode(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
