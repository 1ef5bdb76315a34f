package org.agentset.ca.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain that makes the audit trail tamper-evident. Each entry's hash is SHA-256 over its
 * predecessor's hash (32 zero bytes for the first) and a length-prefixed encoding of its fields,
 * so changing, reordering or deleting any stored entry breaks every hash after it. The database
 * already refuses UPDATE and DELETE on the table; the chain catches what happens behind its back
 * (a superuser, a restored backup with rows removed).
 */
public final class AuditChain {

  /** The predecessor hash of the very first entry. */
  public static final byte[] GENESIS = new byte[32];

  /** The fields an entry's hash covers. {@code at} must be exactly as stored (microseconds). */
  public record Entry(
      Instant at,
      String actor,
      String action,
      String target,
      String origin,
      String detail,
      String outcome) {}

  private AuditChain() {}

  /** The hash of {@code entry} following an entry whose hash is {@code previous}. */
  public static byte[] hash(byte[] previous, Entry entry) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(previous);
      out.writeLong(entry.at().getEpochSecond());
      out.writeInt(entry.at().getNano());
      for (String s :
          new String[] {
            entry.actor(),
            entry.action(),
            entry.target(),
            entry.origin(),
            entry.detail(),
            entry.outcome()
          }) {
        if (s == null) {
          out.writeInt(-1);
        } else {
          byte[] b = s.getBytes(StandardCharsets.UTF_8);
          out.writeInt(b.length);
          out.write(b);
        }
      }
      return MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash an audit entry", e);
    }
  }

  /** A stored entry with the hashes it was stored with. */
  public record Stored(long id, Entry entry, byte[] previous, byte[] hash) {}

  /**
   * Checks a contiguous run of stored entries, oldest first. {@code before} is the hash of the
   * entry preceding the first (or {@link #GENESIS}).
   *
   * @return the id of the first entry whose link or hash does not hold, or empty when the run is
   *     intact
   */
  public static Optional<Long> firstBroken(byte[] before, List<Stored> entries) {
    byte[] expectedPrevious = before;
    for (Stored s : entries) {
      if (s.previous() == null
          || s.hash() == null
          || !MessageDigest.isEqual(expectedPrevious, s.previous())
          || !MessageDigest.isEqual(hash(s.previous(), s.entry()), s.hash())) {
        return Optional.of(s.id());
      }
      expectedPrevious = s.hash();
    }
    return Optional.empty();
  }
}
