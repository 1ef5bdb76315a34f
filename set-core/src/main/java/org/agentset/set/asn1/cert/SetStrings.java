package org.agentset.set.asn1.cert;

import org.bouncycastle.asn1.ASN1BMPString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1VisibleString;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERVisibleString;

/**
 * SET's parameterised {@code SETString{ub} ::= CHOICE { visibleString VisibleString (SIZE(1..ub)),
 * bmpString BMPString (SIZE(1..ub)) }}: VisibleString when every character is printable ASCII,
 * BMPString otherwise.
 */
final class SetStrings {

  private SetStrings() {}

  static ASN1Encodable encode(String value, int upperBound, String field) {
    check(value, upperBound, field);
    boolean visible = value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    return visible ? new DERVisibleString(value) : new DERBMPString(value);
  }

  static String decode(ASN1Encodable value, int upperBound, String field) {
    if (!(value instanceof ASN1VisibleString) && !(value instanceof ASN1BMPString)) {
      throw new MalformedCertExtensionException(
          field, "not a SETString (VisibleString or BMPString)");
    }
    String s = ((ASN1String) value).getString();
    check(s, upperBound, field);
    return s;
  }

  static void check(String value, int upperBound, String field) {
    if (value == null || value.isEmpty() || value.length() > upperBound) {
      throw new MalformedCertExtensionException(field, "length must be 1.." + upperBound);
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c))) {
      throw new MalformedCertExtensionException(field, "control or non-BMP character");
    }
  }

  static DERVisibleString visible(String value, int upperBound, String field) {
    check(value, upperBound, field);
    if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
      throw new MalformedCertExtensionException(field, "not printable ASCII");
    }
    return new DERVisibleString(value);
  }

  static String visible(ASN1Encodable value, int upperBound, String field) {
    if (!(value instanceof ASN1VisibleString v)) {
      throw new MalformedCertExtensionException(field, "not a VisibleString");
    }
    String s = v.getString();
    check(s, upperBound, field);
    return s;
  }
}
