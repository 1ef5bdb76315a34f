package org.agentset.set.asn1.der;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.NOT_DER;
import static org.agentset.set.asn1.der.SetDecodingException.Reason.OVERSIZED;
import static org.agentset.set.asn1.der.SetDecodingException.Reason.TOO_DEEP;
import static org.agentset.set.asn1.der.SetDecodingException.Reason.TRUNCATED;

import org.agentset.set.asn1.der.SetDecodingException.Reason;

/**
 * Walks the tag-length-value structure of an encoding without allocating anything, enforcing the
 * DER rules that can be checked without knowing the ASN.1 types: minimal tags and lengths, definite
 * lengths only, lengths that fit in what is left, primitive encodings for string and scalar
 * universal types, constructed encodings for SEQUENCE and SET, bounded nesting.
 *
 * <p>This runs before Bouncy Castle sees a byte, so that its parser is only ever handed input whose
 * every length has already been proved consistent and small.
 */
final class DerWalker {

  private final byte[] in;
  private final int maxDepth;

  private DerWalker(byte[] in, int maxDepth) {
    this.in = in;
    this.maxDepth = maxDepth;
  }

  /**
   * Checks that {@code in} holds exactly one DER element within {@code limits}; returns the end
   * offset of that element (which the caller compares with the input length).
   */
  static int walk(byte[] in, DerLimits limits) {
    if (in.length == 0) {
      throw fail(TRUNCATED, 0, "empty input");
    }
    if (in.length > limits.maxBytes()) {
      throw fail(OVERSIZED, 0, in.length + " bytes exceed the limit of " + limits.maxBytes());
    }
    return new DerWalker(in, limits.maxDepth()).element(0, in.length, 0);
  }

  /** Walks one element starting at {@code pos} that must end by {@code end}; returns its end. */
  private int element(int pos, int end, int depth) {
    int start = pos;
    int first = in[pos++] & 0xFF;
    int tagClass = first & 0xC0;
    boolean constructed = (first & 0x20) != 0;
    int tagNo = first & 0x1F;
    if (tagNo == 0x1F) {
      if (pos >= end) {
        throw fail(TRUNCATED, start, "tag number cut off");
      }
      if ((in[pos] & 0xFF) == 0x80) {
        throw fail(NOT_DER, start, "tag number with leading zero bits");
      }
      tagNo = 0;
      int b;
      do {
        if (pos >= end) {
          throw fail(TRUNCATED, start, "tag number cut off");
        }
        b = in[pos++] & 0xFF;
        if (tagNo > (Integer.MAX_VALUE >> 7)) {
          throw fail(NOT_DER, start, "tag number too large");
        }
        tagNo = (tagNo << 7) | (b & 0x7F);
      } while ((b & 0x80) != 0);
      if (tagNo < 0x1F) {
        throw fail(NOT_DER, start, "high-tag-number form for a low tag number");
      }
    }
    if (pos >= end) {
      throw fail(TRUNCATED, start, "length missing");
    }
    int lenByte = in[pos++] & 0xFF;
    int length;
    if (lenByte < 0x80) {
      length = lenByte;
    } else if (lenByte == 0x80) {
      throw fail(NOT_DER, start, "indefinite length");
    } else {
      int count = lenByte & 0x7F;
      if (count > 4) {
        throw fail(OVERSIZED, start, "length of " + count + " octets");
      }
      if (end - pos < count) {
        throw fail(TRUNCATED, start, "length octets cut off");
      }
      if ((in[pos] & 0xFF) == 0) {
        throw fail(NOT_DER, start, "length with leading zero octet");
      }
      long value = 0;
      for (int i = 0; i < count; i++) {
        value = (value << 8) | (in[pos++] & 0xFF);
      }
      if (value < 0x80) {
        throw fail(NOT_DER, start, "long-form length below 128");
      }
      if (value > in.length) {
        throw fail(TRUNCATED, start, "declared length " + value + " beyond the input");
      }
      length = (int) value;
    }
    if (end - pos < length) {
      throw fail(TRUNCATED, start, "declared length " + length + ", " + (end - pos) + " left");
    }
    int contentEnd = pos + length;
    if (tagClass == 0) {
      universal(start, tagNo, constructed, length);
    }
    if (constructed) {
      if (depth + 1 > maxDepth) {
        throw fail(TOO_DEEP, start, "nesting deeper than " + maxDepth);
      }
      while (pos < contentEnd) {
        pos = element(pos, contentEnd, depth + 1);
      }
    }
    return contentEnd;
  }

  private static void universal(int start, int tagNo, boolean constructed, int length) {
    switch (tagNo) {
      case 0 -> throw fail(NOT_DER, start, "end-of-contents octets");
      case 1 -> {
        if (constructed || length != 1) {
          throw fail(NOT_DER, start, "BOOLEAN must be one primitive octet");
        }
      }
      case 5 -> {
        if (constructed || length != 0) {
          throw fail(NOT_DER, start, "NULL must be empty and primitive");
        }
      }
      case 16, 17 -> {
        if (!constructed) {
          throw fail(NOT_DER, start, "SEQUENCE/SET must be constructed");
        }
      }
      case 8, 11 -> {
        // EXTERNAL, EMBEDDED PDV: constructed by definition; never used by SET
      }
      default -> {
        if (constructed) {
          throw fail(NOT_DER, start, "constructed encoding of universal type " + tagNo);
        }
      }
    }
  }

  private static SetDecodingException fail(Reason reason, int offset, String what) {
    return new SetDecodingException(reason, "", "at offset " + offset + ": " + what);
  }
}
