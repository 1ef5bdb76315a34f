package org.agentset.set.asn1.der;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERVisibleString;

/**
 * Leaf encoders, the twins of {@link Values}. Each returns null for null so optional fields can be
 * passed straight to {@link DerSeq}.
 */
public final class Der {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.UTC);

  private Der() {}

  /**
   * {@code value} re-read from its DER encoding, so a value built in code and the same value parsed
   * from the wire are the same objects (Bouncy Castle compares tagged objects by their form).
   */
  public static ASN1Primitive canonical(ASN1Encodable value) {
    if (value == null) {
      return null;
    }
    try {
      return ASN1Primitive.fromByteArray(value.toASN1Primitive().getEncoded(ASN1Encoding.DER));
    } catch (IOException e) {
      throw new IllegalArgumentException("value cannot be DER encoded", e);
    }
  }

  /** The DER encoding of {@code value}. */
  public static byte[] encode(ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalArgumentException("value cannot be DER encoded", e);
    }
  }

  /** {@code OCTET STRING}. */
  public static DEROctetString octets(byte[] value) {
    return value == null ? null : new DEROctetString(value);
  }

  /** {@code VisibleString}. */
  public static DERVisibleString visible(String value) {
    return value == null ? null : new DERVisibleString(value);
  }

  /** {@code NumericString}. */
  public static DERNumericString numeric(String value) {
    return value == null ? null : new DERNumericString(value);
  }

  /** {@code INTEGER}. */
  public static ASN1Integer integer(Long value) {
    return value == null ? null : new ASN1Integer(value);
  }

  /** {@code INTEGER}. */
  public static ASN1Integer integer(BigInteger value) {
    return value == null ? null : new ASN1Integer(value);
  }

  /** {@code ENUMERATED}. */
  public static ASN1Enumerated enumerated(SetEnum value) {
    return value == null ? null : new ASN1Enumerated(value.value());
  }

  /**
   * SET's {@code Date}: DER {@code GeneralizedTime} in UTC, with the fraction of a second only when
   * non-zero and without trailing zeros.
   */
  public static DERGeneralizedTime time(Instant value) {
    if (value == null) {
      return null;
    }
    StringBuilder text = new StringBuilder(SECONDS.format(value));
    int nanos = value.getNano();
    if (nanos != 0) {
      String fraction = String.format("%09d", nanos).replaceFirst("0+$", "");
      text.append('.').append(fraction);
    }
    return new DERGeneralizedTime(text.append('Z').toString());
  }
}
