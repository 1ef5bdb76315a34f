package org.agentset.set.asn1.sai;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;

import org.agentset.set.asn1.der.Decoder;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DERUTF8String;

/**
 * The UTF8String constraint the agent-interface types share: text of bounded length (in characters)
 * without control characters, checked alike when building and when decoding.
 */
final class SaiValues {

  private SaiValues() {}

  /** {@code UTF8String (SIZE(min..max))} without control characters. */
  static Decoder<String> utf8(int min, int max) {
    return e -> {
      String v = Values.as(ASN1UTF8String.class, e, "UTF8String").getString();
      String problem = problem(v, min, max);
      if (problem != null) {
        throw new SetDecodingException(BAD_VALUE, "", problem);
      }
      return v;
    };
  }

  /** Checks a value to be built; throws {@link IllegalArgumentException} naming {@code field}. */
  static String text(String field, String value, int min, int max) {
    if (value == null) {
      throw new NullPointerException(field + " is mandatory");
    }
    String problem = problem(value, min, max);
    if (problem != null) {
      throw new IllegalArgumentException(field + ": " + problem);
    }
    return value;
  }

  static DERUTF8String encode(String value) {
    return value == null ? null : new DERUTF8String(value);
  }

  private static String problem(String v, int min, int max) {
    int n = v.codePointCount(0, v.length());
    if (n < min || n > max) {
      return "size " + n + " outside " + min + ".." + max;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isISOControl(c) && c != '\n') {
        return "control character in text";
      }
    }
    return null;
  }
}
