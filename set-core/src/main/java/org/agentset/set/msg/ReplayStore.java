package org.agentset.set.msg;

import java.time.Instant;

/**
 * The caller's memory of identifiers already used: an RRPID or XID recorded here is refused the
 * second time (SET-PROTOCOL.md §8 item 10; §5.4 for CapTokens). The store is the caller's (a table
 * with a unique key on {@code (kind, id)} in the merchant's or gateway's schema); the checks that
 * use it are in this package.
 *
 * <p>An entry is needed only while a message carrying it could still pass the freshness checks;
 * {@code keepUntil} says when it may be forgotten. Implementations must make {@link #firstUse}
 * atomic: two concurrent calls for the same id must not both return true.
 */
public interface ReplayStore {

  /**
   * Records {@code id} of {@code kind}.
   *
   * @param keepUntil the instant after which the entry may be dropped
   * @return true if this is its first use, false if it was already recorded
   */
  boolean firstUse(ReplayKind kind, byte[] id, Instant keepUntil);
}
