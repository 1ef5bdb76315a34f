package org.agentset.set.asn1.der;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;
import static org.agentset.set.asn1.der.SetDecodingException.Reason.WRONG_TAG;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1NumericString;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1VisibleString;
import org.bouncycastle.util.Strings;

/**
 * Leaf decoders for the universal types SET uses, each checking the ASN.1 type first ({@code
 * WRONG_TAG}) and then the SET constraint ({@code BAD_VALUE}). Errors carry an empty path; the
 * {@link Fields} cursor that called them adds the type and field name.
 */
public final class Values {

  private static final Pattern DER_TIME = Pattern.compile("\\d{14}(\\.\\d*[1-9])?Z");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

  private Values() {}

  /** {@code OCTET STRING (SIZE(min..max))}. */
  public static Decoder<byte[]> octets(int min, int max) {
    return e -> {
      byte[] v = as(ASN1OctetString.class, e, "OCTET STRING").getOctets();
      size(v.length, min, max);
      return v;
    };
  }

  /** {@code VisibleString (SIZE(min..max))}: printable ASCII only. */
  public static Decoder<String> visible(int min, int max) {
    return e -> {
      String v = as(ASN1VisibleString.class, e, "VisibleString").getString();
      size(v.length(), min, max);
      if (!Check.isVisible(v)) {
        throw bad("character outside VisibleString");
      }
      return v;
    };
  }

  /** {@code NumericString (SIZE(min..max))}, restricted to the digits 0-9 (no spaces). */
  public static Decoder<String> numeric(int min, int max) {
    return e -> {
      String v = as(ASN1NumericString.class, e, "NumericString").getString();
      size(v.length(), min, max);
      if (!Check.isDigits(v)) {
        throw bad("non-digit in NumericString");
      }
      return v;
    };
  }

  /** {@code INTEGER (min..max)}; {@code max} null means unbounded. */
  public static Decoder<BigInteger> integer(BigInteger min, BigInteger max) {
    return e -> {
      BigInteger v = as(ASN1Integer.class, e, "INTEGER").getValue();
      if ((min != null && v.compareTo(min) < 0) || (max != null && v.compareTo(max) > 0)) {
        throw bad("INTEGER out of range");
      }
      return v;
    };
  }

  /** {@code INTEGER (min..max)} that fits a Java {@code long}. */
  public static Decoder<Long> longValue(long min, long max) {
    Decoder<BigInteger> big = integer(BigInteger.valueOf(min), BigInteger.valueOf(max));
    return e -> big.decode(e).longValueExact();
  }

  /** {@code INTEGER (min..max)} that fits a Java {@code int}. */
  public static Decoder<Integer> intValue(int min, int max) {
    Decoder<BigInteger> big = integer(BigInteger.valueOf(min), BigInteger.valueOf(max));
    return e -> big.decode(e).intValueExact();
  }

  /** {@code ENUMERATED} mapped onto a Java enum; unknown numbers are {@code BAD_VALUE}. */
  public static <E extends Enum<E> & SetEnum> Decoder<E> enumerated(Class<E> type) {
    return e -> {
      BigInteger v = as(ASN1Enumerated.class, e, "ENUMERATED").getValue();
      for (E constant : type.getEnumConstants()) {
        if (BigInteger.valueOf(constant.value()).equals(v)) {
          return constant;
        }
      }
      throw bad("value not defined for " + type.getSimpleName());
    };
  }

  /** {@code BOOLEAN}. */
  public static Decoder<Boolean> bool() {
    return e -> as(ASN1Boolean.class, e, "BOOLEAN").isTrue();
  }

  /** {@code OBJECT IDENTIFIER}. */
  public static Decoder<ASN1ObjectIdentifier> oid() {
    return e -> as(ASN1ObjectIdentifier.class, e, "OBJECT IDENTIFIER");
  }

  /**
   * SET's {@code Date ::= GeneralizedTime} in DER form ({@code YYYYMMDDHHMMSS[.fff]Z}, no trailing
   * zeros), as an {@link Instant}.
   */
  public static Decoder<Instant> time() {
    return e -> {
      ASN1GeneralizedTime t = as(ASN1GeneralizedTime.class, e, "GeneralizedTime");
      String text = Strings.fromByteArray(encodedContents(t));
      if (!DER_TIME.matcher(text).matches()) {
        throw bad("GeneralizedTime not in DER form");
      }
      try {
        Instant whole =
            LocalDateTime.parse(text.substring(0, 14), SECONDS).toInstant(ZoneOffset.UTC);
        if (text.charAt(14) == '.') {
          String fraction = text.substring(15, text.length() - 1);
          if (fraction.length() > 9) {
            throw bad("GeneralizedTime finer than nanoseconds");
          }
          long nanos = Long.parseLong((fraction + "000000000").substring(0, 9));
          return whole.plusNanos(nanos);
        }
        return whole;
      } catch (DateTimeParseException ex) {
        throw bad("GeneralizedTime is not a calendar date");
      }
    };
  }

  /** {@code SEQUENCE SIZE(min..max) OF T}; an element's failure is reported as {@code [i]}. */
  public static <T> Decoder<List<T>> sequenceOf(Decoder<T> element, int min, int max) {
    return e -> {
      ASN1Sequence seq = as(ASN1Sequence.class, e, "SEQUENCE OF");
      size(seq.size(), min, max);
      List<T> out = new ArrayList<>(seq.size());
      for (int i = 0; i < seq.size(); i++) {
        try {
          out.add(element.decode(seq.getObjectAt(i)));
        } catch (SetDecodingException ex) {
          throw ex.indexed(i);
        } catch (RuntimeException ex) {
          throw new SetDecodingException(
              BAD_VALUE, "[" + i + "]", "rejected: " + ex.getClass().getSimpleName());
        }
      }
      return Collections.unmodifiableList(out);
    };
  }

  /** The element as {@code type}, or {@code WRONG_TAG} naming {@code asn1Name}. */
  public static <T> T as(Class<T> type, ASN1Encodable e, String asn1Name) {
    ASN1Primitive p = e == null ? null : e.toASN1Primitive();
    if (!type.isInstance(p)) {
      throw new SetDecodingException(WRONG_TAG, "", "expected " + asn1Name);
    }
    return type.cast(p);
  }

  static void size(int n, int min, int max) {
    if (n < min || n > max) {
      throw bad("size " + n + " outside " + min + ".." + max);
    }
  }

  static SetDecodingException bad(String detail) {
    return new SetDecodingException(BAD_VALUE, "", detail);
  }

  private static byte[] encodedContents(ASN1GeneralizedTime t) {
    try {
      byte[] der = t.getEncoded();
      int lengthOctets = (der[1] & 0x80) == 0 ? 1 : 1 + (der[1] & 0x7F);
      byte[] contents = new byte[der.length - 1 - lengthOctets];
      System.arraycopy(der, 1 + lengthOctets, contents, 0, contents.length);
      return contents;
    } catch (java.io.IOException ex) {
      throw bad("GeneralizedTime cannot be encoded");
    }
  }
}
