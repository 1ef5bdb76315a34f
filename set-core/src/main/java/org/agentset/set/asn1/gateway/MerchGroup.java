package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.SetEnum;

/**
 * The merchant's business group, for the issuer's risk decision. [U]: names from SET Book 3 as
 * recalled; the reference lists MerchData{[MerchCatCode],[MerchGroup]} (SET-PROTOCOL.md §3.5).
 *
 * <pre>
 * MerchGroup ::= ENUMERATED {
 *    commercialTravel (1), lodging (2), automobileRental (3), restaurant (4),
 *    medical (5), mailOrPhoneOrder (6), riskyPurchase (7), other (8)
 * }
 * </pre>
 */
public enum MerchGroup implements SetEnum {
  COMMERCIAL_TRAVEL(1),
  LODGING(2),
  AUTOMOBILE_RENTAL(3),
  RESTAURANT(4),
  MEDICAL(5),
  MAIL_OR_PHONE_ORDER(6),
  RISKY_PURCHASE(7),
  OTHER(8);

  private final int value;

  MerchGroup(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
