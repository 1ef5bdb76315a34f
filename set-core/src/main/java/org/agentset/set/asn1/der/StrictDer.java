package org.agentset.set.asn1.der;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.NOT_DER;
import static org.agentset.set.asn1.der.SetDecodingException.Reason.TRAILING_DATA;

import java.io.IOException;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * The one front door for untrusted DER: every SET message a party receives goes through {@link
 * #parse} (generic) or {@link #decode} (typed) before anything else reads it.
 *
 * <p>Bouncy Castle's {@code ASN1InputStream} is a BER parser: it accepts indefinite lengths,
 * constructed strings and non-minimal encodings, and trusts declared lengths up to its limit. SET
 * signs and hashes DER encodings (the dual signature covers {@code DD(PIData)} and {@code
 * DD(OIData)} computed by different parties from their own copies), so two parties must agree on
 * the bytes of every value; a second encoding of the same value is a way to make their hashes
 * differ or to smuggle data past one of them. Hence, in order:
 *
 * <ol>
 *   <li>{@link DerWalker} checks size, depth, definite and minimal lengths, tag form, that every
 *       declared length fits in what is left, and primitive/constructed form per universal type;
 *   <li>Bouncy Castle parses the now-bounded input;
 *   <li>the result is re-encoded in DER and must equal the input byte for byte (this catches what
 *       the walker cannot see without types: non-canonical BOOLEAN, INTEGER, BIT STRING, SET
 *       order).
 * </ol>
 *
 * <p>{@link #decode} adds the typed step: the SET type is built from the parsed value and its own
 * DER encoding must again equal the input, which rejects DEFAULT values that were encoded and
 * implicitly tagged strings sent in constructed form.
 */
public final class StrictDer {

  private StrictDer() {}

  /**
   * Parses exactly one DER element.
   *
   * @throws SetDecodingException if the input is not a single canonical DER element within limits
   */
  public static ASN1Primitive parse(byte[] input, DerLimits limits) throws SetDecodingException {
    if (input == null) {
      throw new SetDecodingException(SetDecodingException.Reason.TRUNCATED, "", "no input");
    }
    int end = DerWalker.walk(input, limits);
    if (end != input.length) {
      throw new SetDecodingException(
          TRAILING_DATA, "", (input.length - end) + " bytes after the element ending at " + end);
    }
    ASN1Primitive primitive;
    try (ASN1InputStream asn1 = new ASN1InputStream(input)) {
      primitive = asn1.readObject();
    } catch (IOException | RuntimeException e) {
      throw new SetDecodingException(
          NOT_DER, "", "rejected by the ASN.1 parser: " + e.getClass().getSimpleName());
    }
    if (!Arrays.equals(reencode(primitive), input)) {
      throw new SetDecodingException(NOT_DER, "", "not the canonical DER encoding of its value");
    }
    return primitive;
  }

  /**
   * Parses {@code input} strictly and builds the SET type with {@code getInstance}, then checks the
   * type's own DER encoding equals the input.
   *
   * @param getInstance the type's {@code getInstance(Object)}, e.g. {@code PInitReq::getInstance}
   * @throws SetDecodingException naming the field on any malformed, oversized or truncated input
   */
  public static <T extends ASN1Encodable> T decode(
      byte[] input, DerLimits limits, Decoder<T> getInstance) throws SetDecodingException {
    ASN1Primitive primitive = parse(input, limits);
    T value;
    try {
      value = getInstance.decode(primitive);
    } catch (SetDecodingException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SetDecodingException(
          SetDecodingException.Reason.BAD_VALUE, "", "rejected: " + e.getClass().getSimpleName());
    }
    if (!Arrays.equals(reencode(value.toASN1Primitive()), input)) {
      throw new SetDecodingException(
          NOT_DER,
          value.getClass().getSimpleName(),
          "not the canonical DER encoding of the type (a DEFAULT value encoded, or a constructed"
              + " string)");
    }
    return value;
  }

  private static byte[] reencode(ASN1Primitive primitive) {
    try {
      return primitive.getEncoded(ASN1Encoding.DER);
    } catch (IOException | RuntimeException e) {
      throw new SetDecodingException(NOT_DER, "", "cannot be re-encoded in DER");
    }
  }
}
