package org.agentset.merchant.events;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a completion event again: 5 s after the first failure, doubling, at most 10 minutes
 * apart, and not after 24 hours from the event's creation. Container-free.
 */
public final class Backoff {

  public static final Duration FIRST = Duration.ofSeconds(5);
  public static final Duration MAX_GAP = Duration.ofMinutes(10);
  public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

  private Backoff() {}

  /**
   * The next attempt after {@code failedAttempts} failures (1 = the first one failed), or null to
   * give up.
   */
  public static Instant next(Instant created, int failedAttempts, Instant now) {
    long factor = 1L << Math.min(Math.max(failedAttempts - 1, 0), 20);
    Duration gap = FIRST.multipliedBy(factor);
    if (gap.compareTo(MAX_GAP) > 0) {
      gap = MAX_GAP;
    }
    Instant next = now.plus(gap);
    return next.isAfter(created.plus(GIVE_UP_AFTER)) ? null : next;
  }
}
