package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.SetEnum;

/**
 * What certificate an end entity asks for. Cardholders get signature certificates only: {@code
 * cardInitialEnc (2)} and {@code cardInitialBoth (3)} are reserved in SET and refused here.
 *
 * <pre>
 * RequestType ::= ENUMERATED {
 *    cardInitialSig   (1),
 *    merInitialSig    (4),  merInitialEnc    (5),  merInitialBoth    (6),
 *    pgwyInitialSig   (7),  pgwyInitialEnc   (8),  pgwyInitialBoth   (9),
 *    cardRenewalSig  (10),
 *    merRenewalSig   (13),  merRenewalEnc   (14),  merRenewalBoth   (15),
 *    pgwyRenewalSig  (16),  pgwyRenewalEnc  (17),  pgwyRenewalBoth  (18)
 * }
 * </pre>
 *
 * <p>SET Book 3 SetCertMsgs (SET-PROTOCOL.md §1.1 [C] for 1, 4-7, 10, 18 and the reserved 2, 3; the
 * rest follow the same pattern).
 */
public enum RequestType implements SetEnum {
  CARD_INITIAL_SIG(1),
  MER_INITIAL_SIG(4),
  MER_INITIAL_ENC(5),
  MER_INITIAL_BOTH(6),
  PGWY_INITIAL_SIG(7),
  PGWY_INITIAL_ENC(8),
  PGWY_INITIAL_BOTH(9),
  CARD_RENEWAL_SIG(10),
  MER_RENEWAL_SIG(13),
  MER_RENEWAL_ENC(14),
  MER_RENEWAL_BOTH(15),
  PGWY_RENEWAL_SIG(16),
  PGWY_RENEWAL_ENC(17),
  PGWY_RENEWAL_BOTH(18);

  private final int value;

  RequestType(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }

  /** Whether the request is a cardholder's. */
  public boolean isCardholder() {
    return this == CARD_INITIAL_SIG || this == CARD_RENEWAL_SIG;
  }
}
