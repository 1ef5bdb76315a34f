package org.agentset.set.asn1.sai;

import org.agentset.set.asn1.der.SetEnum;

/**
 * How the wallet releases a payment for a mandate's item.
 *
 * <pre>
 * MandateMode ::= ENUMERATED { autonomous(0), confirm(1) }
 * </pre>
 */
public enum MandateMode implements SetEnum {
  /** The sealed token alone releases the wallet for that item. */
  AUTONOMOUS(0),
  /** The wallet also asks the customer for the wallet password before paying. */
  CONFIRM(1);

  private final int value;

  MandateMode(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
