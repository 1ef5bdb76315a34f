package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.SetEnum;

/**
 * What an acquirer's message to the cardholder (AcqCardMsg) is about. SET-PROTOCOL.md §3.5 [C] for
 * the names; numbers [U].
 *
 * <pre>
 * AcqCardCode ::= ENUMERATED {
 *    messageOfDay (0), accountInfo (1), callCustomerService (2)
 * }
 * </pre>
 */
public enum AcqCardCode implements SetEnum {
  MESSAGE_OF_DAY(0),
  ACCOUNT_INFO(1),
  CALL_CUSTOMER_SERVICE(2);

  private final int value;

  AcqCardCode(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
