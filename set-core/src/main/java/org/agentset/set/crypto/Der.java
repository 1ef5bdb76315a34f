package org.agentset.set.crypto;

import java.io.IOException;
import java.util.Arrays;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * Strict DER in and out for the cryptographic structures.
 *
 * <p>Input is scanned before Bouncy Castle parses it: exactly one TLV, definite minimal lengths
 * only, every inner length inside its parent, nesting at most {@link #MAX_DEPTH}, total size at
 * most the caller's limit. So a hostile input can neither make the parser recurse without bound nor
 * make it allocate more than the input's size. After parsing, the value is re-encoded and must be
 * byte-identical to the input, which rejects BER and every non-canonical DER form (unsorted SET
 * OF, non-minimal integers, constructed strings, default values present).
 */
public final class Der {

  /** The largest structure any operator reads by default: 1 MiB. */
  public static final int MAX_LENGTH = 1 << 20;

  /** The deepest nesting accepted; CMS with certificates stays well under it. */
  public static final int MAX_DEPTH = 32;

  private Der() {}

  /** The DER encoding of {@code value}. */
  public static byte[] encode(ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
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
    if (der.length > maxLength) {
      throw new SetCryptoException(Reason.TOO_LARGE, field);
    }
    scan(der, field);
    ASN1Primitive value;
    try {
      value = ASN1Primitive.fromByteArray(der);
    } catch (IOException | RuntimeException e) {
      throw new SetCryptoException(Reason.MALFORMED, field, e);
    }
    byte[] again;
    try {
      again = value.getEncoded(ASN1Encoding.DER);
    } catch (IOException | RuntimeException e) {
      throw new SetCryptoException(Reason.MALFORMED, field, e);
    }
    if (!Arrays.equals(der, again)) {
      throw new SetCryptoException(Reason.MALFORMED, field);
    }
    return value;
  }

  private static void scan(byte[] der, String field) throws SetCryptoException {
    int[] ends = new int[MAX_DEPTH + 1];
    int depth = 0;
    ends[0] = der.length;
    int pos = 0;
    boolean first = true;
    while (pos < der.length || depth > 0) {
      if (!first && depth == 0) {
        throw new SetCryptoException(Reason.MALFORMED, field); // trailing bytes
      }
      first = false;
      int tag = der[pos++] & 0xff;
      if ((tag & 0x1f) == 0x1f) {
        int n = 0;
        do {
          if (pos >= ends[depth] || ++n > 4) {
            throw new SetCryptoException(Reason.MALFORMED, field);
          }
        } while ((der[pos++] & 0x80) != 0);
      }
      if (pos >= ends[depth]) {
        throw new SetCryptoException(Reason.MALFORMED, field);
      }
      int first8 = der[pos++] & 0xff;
      long length;
      if (first8 < 0x80) {
        length = first8;
      } else {
        int n = first8 & 0x7f;
        if (n == 0 || n > 4 || pos + n > ends[depth] || (der[pos] & 0xff) == 0) {
          throw new SetCryptoException(Reason.MALFORMED, field); // indefinite or non-minimal
        }
        length = 0;
        for (int i = 0; i < n; i++) {
          length = (length << 8) | (der[pos++] & 0xff);
        }
        if (length < 0x80) {
          throw new SetCryptoException(Reason.MALFORMED, field);
        }
      }
      if (pos + length > ends[depth]) {
        throw new SetCryptoException(Reason.MALFORMED, field);
      }
      if ((tag & 0x20) != 0) {
        if (depth == MAX_DEPTH) {
          throw new SetCryptoException(Reason.TOO_LARGE, field);
        }
        ends[++depth] = pos + (int) length;
      } else {
        pos += (int) length;
      }
      while (depth > 0 && pos == ends[depth]) {
        depth--;
      }
    }
  }
}
