package org.agentset.set.asn1.der;

/**
 * Bounds applied to untrusted DER before any of it is decoded.
 *
 * <p>SET messages are small (a purchase request with four certificates of a post-quantum chain is
 * tens of kilobytes; SET 1.0 capped a {@code BadWrapper} at 20 KB), so a party can afford a tight
 * ceiling. The ceiling is what makes decoding cost proportional to what the sender is allowed to
 * send: every declared length is checked against it and against the bytes actually present before
 * anything is allocated.
 *
 * @param maxBytes largest accepted encoding, in bytes (at least 2)
 * @param maxDepth deepest accepted nesting of constructed encodings (at least 1)
 */
public record DerLimits(int maxBytes, int maxDepth) {

  /** 1 MiB and 32 levels: well above any SET message, well below harm. */
  public static final DerLimits DEFAULT = new DerLimits(1 << 20, 32);

  /** Validates the bounds. */
  public DerLimits {
    if (maxBytes < 2) {
      throw new IllegalArgumentException("maxBytes must be at least 2");
    }
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be at least 1");
    }
  }
}
