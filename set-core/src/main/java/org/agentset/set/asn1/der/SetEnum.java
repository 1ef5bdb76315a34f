package org.agentset.set.asn1.der;

/**
 * A Java enum standing for an ASN.1 {@code ENUMERATED} type: each constant knows its number, so the
 * wire value never depends on declaration order.
 */
public interface SetEnum {

  /** The number of this constant in the ASN.1 definition. */
  int value();
}
