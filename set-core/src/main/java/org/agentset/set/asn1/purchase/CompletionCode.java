package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.SetEnum;

/**
 * How far the merchant has processed an order, as reported to the cardholder in PRes and InqRes; it
 * must reflect the real authorization and capture state.
 *
 * <pre>
 * CompletionCode ::= ENUMERATED {
 *    meaninglessRatio       (0),   -- PurchAmt is zero
 *    orderRejected          (1),   -- the merchant cannot process the order
 *    orderReceived          (2),   -- nothing further to report yet
 *    orderNotReceived       (3),   -- InqReq without a PReq
 *    authorizationPerformed (4),   -- see AuthStatus
 *    capturePerformed       (5),   -- see CapStatus
 *    creditPerformed        (6)    -- see CreditStatus
 * }
 * </pre>
 *
 * <p>[U]: SET Book 3 as recalled; the reference names PRes CompletionCodes without values
 * (SET-PROTOCOL.md §3.6, §8).
 */
public enum CompletionCode implements SetEnum {
  MEANINGLESS_RATIO(0),
  ORDER_REJECTED(1),
  ORDER_RECEIVED(2),
  ORDER_NOT_RECEIVED(3),
  AUTHORIZATION_PERFORMED(4),
  CAPTURE_PERFORMED(5),
  CREDIT_PERFORMED(6);

  private final int value;

  CompletionCode(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
