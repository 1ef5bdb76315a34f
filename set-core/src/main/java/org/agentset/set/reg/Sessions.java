package org.agentset.set.reg;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;

/**
 * The CA's registration sessions without server state: LID-CA is 12 random bytes and the session's
 * expiry (8 bytes, epoch seconds), and Chall-CA is an HMAC-SHA256 under the CA's session key over
 * the kind, LID-CA, LID-EE and, for a cardholder, the card number the form was given for. A CertReq
 * must echo a LID-CA that has not expired and the Chall-CA computed for it, so it answers a form
 * this CA gave, to this end entity, for this card, recently.
 */
final class Sessions {

  static final int LID_RANDOM = 12;

  private final byte[] key;
  private final Clock clock;
  private final Duration ttl;

  Sessions(byte[] key, Clock clock, Duration ttl) {
    if (key == null || key.length < 32) {
      throw new IllegalArgumentException("the session key needs at least 32 bytes");
    }
    this.key = key.clone();
    this.clock = clock;
    this.ttl = ttl;
  }

  /** A fresh LID-CA expiring after the session lifetime. */
  byte[] newLid(SecureRandom random) {
    byte[] lid = new byte[LID_RANDOM + 8];
    random.nextBytes(lid);
    ByteBuffer.wrap(lid, LID_RANDOM, 8).putLong(clock.instant().plus(ttl).getEpochSecond());
    return lid;
  }

  /** Chall-CA of the session {@code lidCa}. */
  byte[] challenge(EntityKind kind, byte[] lidCa, byte[] lidEe, String bound) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(kind.name().getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) 0);
      mac.update(lidCa);
      mac.update((byte) lidEe.length);
      mac.update(lidEe);
      mac.update((bound == null ? "" : bound).getBytes(StandardCharsets.US_ASCII));
      return Arrays.copyOf(mac.doFinal(), 20);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is mandatory in every JDK", e);
    }
  }

  /**
   * Checks the echoed session.
   *
   * @throws SetProtocolException {@link Refusal#UNKNOWN_LID} for a missing, malformed or expired
   *     LID-CA, {@link Refusal#CHALLENGE_MISMATCH} for a Chall-CA this CA did not give
   */
  void check(EntityKind kind, byte[] lidCa, byte[] lidEe, String bound, byte[] challCa)
      throws SetProtocolException {
    if (lidCa == null || lidCa.length != LID_RANDOM + 8) {
      throw new SetProtocolException(Refusal.UNKNOWN_LID, "CertReqData.lid-CA");
    }
    long expiry = ByteBuffer.wrap(lidCa, LID_RANDOM, 8).getLong();
    if (clock.instant().getEpochSecond() > expiry) {
      throw new SetProtocolException(Refusal.UNKNOWN_LID, "CertReqData.lid-CA");
    }
    if (challCa == null || !MessageDigest.isEqual(challCa, challenge(kind, lidCa, lidEe, bound))) {
      throw new SetProtocolException(Refusal.CHALLENGE_MISMATCH, "CertReqData.chall-CA");
    }
  }
}
