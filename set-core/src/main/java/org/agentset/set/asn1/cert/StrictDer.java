package org.agentset.set.asn1.cert;

import java.util.Locale;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.SetDecodingException;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * Parses untrusted bytes as exactly one DER value, through set-core's one strict decoder ({@link
 * org.agentset.set.asn1.der.StrictDer}: bounded in size and depth before any allocation, no
 * trailing bytes, re-encoding identical to the input), reporting failures as {@link
 * MalformedCertExtensionException}s that name the extension's field.
 */
public final class StrictDer {

  /** Upper bound for one certificate extension value or BCI; SET's own are far smaller. */
  public static final int MAX_EXTENSION_BYTES = 16 * 1024;

  private StrictDer() {}

  /**
   * Decodes {@code der}, which must be at most {@code maxBytes} long.
   *
   * @throws MalformedCertExtensionException naming {@code field} when the input is not one DER
   *     value
   */
  public static ASN1Primitive parse(byte[] der, int maxBytes, String field) {
    if (der == null || der.length == 0) {
      throw new MalformedCertExtensionException(field, "empty");
    }
    try {
      return org.agentset.set.asn1.der.StrictDer.parse(
          der, new DerLimits(maxBytes, DerLimits.DEFAULT.maxDepth()));
    } catch (SetDecodingException e) {
      throw new MalformedCertExtensionException(field, reason(e, maxBytes), e);
    }
  }

  private static String reason(SetDecodingException e, int maxBytes) {
    return switch (e.getReason()) {
      case OVERSIZED -> "longer than " + maxBytes + " bytes";
      case TRAILING_DATA -> "trailing bytes after the value";
      case NOT_DER -> "not DER (" + e.getDetail() + ")";
      default ->
          e.getReason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + e.getDetail();
    };
  }

  /** {@code parse(der, MAX_EXTENSION_BYTES, field)}. */
  public static ASN1Primitive parse(byte[] der, String field) {
    return parse(der, MAX_EXTENSION_BYTES, field);
  }

  /** The DER encoding of {@code value}. */
  public static byte[] encode(org.bouncycastle.asn1.ASN1Encodable value) {
    return org.agentset.set.asn1.der.Der.encode(value);
  }
}
