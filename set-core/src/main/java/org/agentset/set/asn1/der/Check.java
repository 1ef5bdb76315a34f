package org.agentset.set.asn1.der;

import java.math.BigInteger;
import java.util.List;

/**
 * Argument checks for the constructors that build SET values: the same constraints {@link Values}
 * enforces on decoding, so that whatever a party builds it would also accept. Violations are
 * programming errors on the building side and throw {@link IllegalArgumentException} (or {@link
 * NullPointerException} for a missing mandatory value).
 */
public final class Check {

  private Check() {}

  /** A mandatory value. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new NullPointerException(field + " is mandatory");
    }
    return value;
  }

  /** An {@code OCTET STRING (SIZE(min..max))}; returns a copy, or null if {@code value} is null. */
  public static byte[] octets(String field, byte[] value, int min, int max) {
    if (value == null) {
      return null;
    }
    size(field, value.length, min, max);
    return value.clone();
  }

  /** A mandatory {@code OCTET STRING (SIZE(min..max))}; returns a copy. */
  public static byte[] requiredOctets(String field, byte[] value, int min, int max) {
    return octets(field, required(field, value), min, max);
  }

  /** A {@code VisibleString (SIZE(min..max))}, or null. */
  public static String visible(String field, String value, int min, int max) {
    if (value != null) {
      size(field, value.length(), min, max);
      if (!isVisible(value)) {
        throw new IllegalArgumentException(field + " has a character outside VisibleString");
      }
    }
    return value;
  }

  /** A digits-only {@code NumericString (SIZE(min..max))}, or null. */
  public static String numeric(String field, String value, int min, int max) {
    if (value != null) {
      size(field, value.length(), min, max);
      if (!isDigits(value)) {
        throw new IllegalArgumentException(field + " must be digits only");
      }
    }
    return value;
  }

  /** An integer in {@code min..max}. */
  public static long range(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " outside " + min + ".." + max);
    }
    return value;
  }

  /** A non-negative integer of any size, or null. */
  public static BigInteger nonNegative(String field, BigInteger value) {
    if (value != null && value.signum() < 0) {
      throw new IllegalArgumentException(field + " must not be negative");
    }
    return value;
  }

  /** A {@code SEQUENCE SIZE(min..max) OF}; returns an unmodifiable copy, or null. */
  public static <T> List<T> list(String field, List<T> value, int min, int max) {
    if (value == null) {
      return null;
    }
    size(field, value.size(), min, max);
    for (T element : value) {
      required(field + " element", element);
    }
    return List.copyOf(value);
  }

  static void size(String field, int n, int min, int max) {
    if (n < min || n > max) {
      throw new IllegalArgumentException(field + " size " + n + " outside " + min + ".." + max);
    }
  }

  static boolean isVisible(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
