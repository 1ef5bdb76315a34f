package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.SetEnum;

/**
 * The outcome of one brand/BIN item of a PCertReq. [U]: the reference names PCertRes without a
 * field list (SET-PROTOCOL.md §2.3).
 *
 * <pre>
 * PCertCode ::= ENUMERATED {
 *    success (0), unspecifiedFailure (1), brandNotSupported (2), unknownBIN (3)
 * }
 * </pre>
 */
public enum PCertCode implements SetEnum {
  SUCCESS(0),
  UNSPECIFIED_FAILURE(1),
  BRAND_NOT_SUPPORTED(2),
  UNKNOWN_BIN(3);

  private final int value;

  PCertCode(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
