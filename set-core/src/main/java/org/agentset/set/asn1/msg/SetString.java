package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Decoder;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1BMPString;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1VisibleString;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERVisibleString;

/**
 * SET's text type: ASCII when it can be, UCS-2 otherwise (brand and merchant names, messages to the
 * cardholder).
 *
 * <pre>
 * SETString { INTEGER:maxSIZE } ::= CHOICE {
 *    visibleString  VisibleString (SIZE(1..maxSIZE)),
 *    bmpString      BMPString (SIZE(1..maxSIZE))
 * }
 * </pre>
 *
 * <p>The alternative is part of the value: a name received as BMPString is re-encoded as BMPString,
 * so hashes over it are stable. {@link #of} picks VisibleString for printable ASCII.
 */
public final class SetString extends ASN1Object {

  private final String value;
  private final boolean bmp;

  private SetString(String value, boolean bmp) {
    this.value = value;
    this.bmp = bmp;
  }

  /**
   * The SETString for {@code value}: VisibleString if all characters are printable ASCII, BMPString
   * otherwise (characters outside the Basic Multilingual Plane are refused).
   */
  public static SetString of(String value, int maxSize) {
    Check.required("SETString", value);
    boolean visible = value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    if (!visible && value.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
      throw new IllegalArgumentException("SETString outside the Basic Multilingual Plane");
    }
    if (value.isEmpty() || value.length() > maxSize) {
      throw new IllegalArgumentException("SETString length outside 1.." + maxSize);
    }
    return new SetString(value, !visible);
  }

  /** Decoder for {@code SETString{maxSize}}. */
  public static Decoder<SetString> decoder(int maxSize) {
    return e -> {
      ASN1Primitive p = e.toASN1Primitive();
      if (p instanceof ASN1VisibleString) {
        return new SetString(Values.visible(1, maxSize).decode(p), false);
      }
      if (p instanceof ASN1BMPString b) {
        String v = b.getString();
        if (v.isEmpty()
            || v.length() > maxSize
            || v.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
          throw new SetDecodingException(
              SetDecodingException.Reason.BAD_VALUE, "", "BMPString out of range");
        }
        return new SetString(v, true);
      }
      throw new SetDecodingException(
          SetDecodingException.Reason.WRONG_TAG, "", "expected VisibleString or BMPString");
    };
  }

  /** Whether {@code p} is one of the SETString alternatives (for untagged optional fields). */
  public static boolean isSetString(ASN1Primitive p) {
    return p instanceof ASN1VisibleString || p instanceof ASN1BMPString;
  }

  /** The text. */
  public String getString() {
    return value;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return bmp ? new DERBMPString(value) : new DERVisibleString(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
