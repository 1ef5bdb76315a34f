package org.agentset.set.crypto;

import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.StrictDer;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * Strict DER in and out for the cryptographic structures: the operators' view of {@link StrictDer},
 * the one strict decoder of set-core (size and depth bounded before any allocation, definite
 * minimal lengths, no trailing bytes, re-encoding identical to the input), with its failures
 * reported as {@link SetCryptoException}s naming the operator's field.
 */
public final class Der {

  /** The largest structure any operator reads by default: 1 MiB. */
  public static final int MAX_LENGTH = DerLimits.DEFAULT.maxBytes();

  /** The deepest nesting accepted; CMS with certificates stays well under it. */
  public static final int MAX_DEPTH = DerLimits.DEFAULT.maxDepth();

  private Der() {}

  /** The DER encoding of {@code value}. */
  public static byte[] encode(ASN1Encodable value) {
    return org.agentset.set.asn1.der.Der.encode(value);
  }

  /** As {@link #decode(byte[], String, int)} with {@link #MAX_LENGTH}. */
  public static ASN1Primitive decode(byte[] der, String field) throws SetCryptoException {
    return decode(der, field, MAX_LENGTH);
  }

  /**
   * Parses exactly one strict-DER value.
   *
   * @param field named in the exception on failure
   * @throws SetCryptoException {@code TOO_LARGE} past {@code maxLength} or {@link #MAX_DEPTH};
   *     {@code MALFORMED} for anything that is not canonical DER
   */
  public static ASN1Primitive decode(byte[] der, String field, int maxLength)
      throws SetCryptoException {
    if (der == null || der.length == 0) {
      throw new SetCryptoException(Reason.MALFORMED, field);
    }
    try {
      return StrictDer.parse(der, new DerLimits(maxLength, MAX_DEPTH));
    } catch (SetDecodingException e) {
      boolean tooLarge =
          e.getReason() == SetDecodingException.Reason.OVERSIZED
              || e.getReason() == SetDecodingException.Reason.TOO_DEEP;
      throw new SetCryptoException(tooLarge ? Reason.TOO_LARGE : Reason.MALFORMED, field, e);
    }
  }
}
