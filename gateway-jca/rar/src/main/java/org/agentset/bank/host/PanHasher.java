package org.agentset.bank.host;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The issuer's keyed hash of a card number, HMAC-SHA256 under the host's PAN key: the only form in
 * which a PAN is stored. A plain hash would not do: PANs have so little entropy (a known issuer
 * prefix, a check digit) that an unkeyed hash is reversed by enumeration; without the key, the
 * stored hashes reveal nothing.
 */
public final class PanHasher {

  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;
  /** One initialised MAC per thread: looking one up and keying it costs more than hashing. */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  /**
   * A hasher under {@code key}.
   *
   * @throws IllegalArgumentException when the key is shorter than 16 bytes
   */
  public PanHasher(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("the PAN key must be at least 16 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The 32-byte keyed hash of {@code pan}'s digits. */
  public byte[] hash(String pan) {
    return macs.get().doFinal(pan.getBytes(StandardCharsets.US_ASCII));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }

  /** Whether {@code pan} passes the Luhn (mod 10) check every card number carries. */
  public static boolean luhnValid(String pan) {
    int sum = 0;
    boolean twice = false;
    for (int i = pan.length() - 1; i >= 0; i--) {
      int d = pan.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
