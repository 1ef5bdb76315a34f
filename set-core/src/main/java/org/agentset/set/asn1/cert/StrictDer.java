package org.agentset.set.asn1.cert;

import java.io.IOException;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * Parses untrusted bytes as exactly one DER value: bounded in size before any allocation, no
 * trailing bytes, and the re-encoding must equal the input (so BER, non-minimal lengths and
 * non-canonical BOOLEAN/BIT STRING forms are refused).
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
    if (der.length > maxBytes) {
      throw new MalformedCertExtensionException(field, "longer than " + maxBytes + " bytes");
    }
    ASN1Primitive value;
    try (ASN1InputStream in = new ASN1InputStream(der, true)) {
      value = in.readObject();
      if (value == null) {
        throw new MalformedCertExtensionException(field, "no ASN.1 value");
      }
      if (in.available() > 0 || in.readObject() != null) {
        throw new MalformedCertExtensionException(field, "trailing bytes after the value");
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof MalformedCertExtensionException m) {
        throw m;
      }
      throw new MalformedCertExtensionException(field, "not ASN.1: " + e.getMessage(), e);
    }
    byte[] reencoded;
    try {
      reencoded = value.getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new MalformedCertExtensionException(field, "cannot re-encode", e);
    }
    if (!Arrays.equals(reencoded, der)) {
      throw new MalformedCertExtensionException(field, "not DER (re-encoding differs)");
    }
    return value;
  }

  /** {@code parse(der, MAX_EXTENSION_BYTES, field)}. */
  public static ASN1Primitive parse(byte[] der, String field) {
    return parse(der, MAX_EXTENSION_BYTES, field);
  }

  /** The DER encoding of {@code value}. */
  public static byte[] encode(org.bouncycastle.asn1.ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
  }
}
