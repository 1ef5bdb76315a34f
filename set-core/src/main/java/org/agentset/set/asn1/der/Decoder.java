package org.agentset.set.asn1.der;

import org.bouncycastle.asn1.ASN1Encodable;

/**
 * Turns one ASN.1 element into a value, or throws {@link SetDecodingException}. A type's {@code
 * getInstance(Object)} is a decoder, and so is every leaf decoder in {@link Values}.
 */
@FunctionalInterface
public interface Decoder<T> {

  /**
   * @throws SetDecodingException (or any runtime exception, which {@link Fields} translates)
   */
  T decode(ASN1Encodable element);
}
