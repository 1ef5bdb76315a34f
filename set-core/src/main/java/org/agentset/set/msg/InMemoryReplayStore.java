package org.agentset.set.msg;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ReplayStore} in memory, for tests and for the wallet (which keeps little state). Entries
 * past their {@code keepUntil} are swept out every {@link #SWEEP_EVERY} recordings. Thread-safe.
 */
public final class InMemoryReplayStore implements ReplayStore {

  /** How many recordings between two sweeps of expired entries. */
  public static final int SWEEP_EVERY = 1024;

  private final Clock clock;
  private final AtomicInteger recordings = new AtomicInteger();
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();

  /**
   * @param clock decides when entries may be dropped
   */
  public InMemoryReplayStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean firstUse(ReplayKind kind, byte[] id, Instant keepUntil) {
    Objects.requireNonNull(keepUntil, "keepUntil");
    if (recordings.incrementAndGet() % SWEEP_EVERY == 0) {
      Instant now = clock.instant();
      seen.values().removeIf(until -> until.isBefore(now));
    }
    String key = kind + ":" + HexFormat.of().formatHex(id);
    return seen.putIfAbsent(key, keepUntil) == null;
  }

  /** How many identifiers are remembered. */
  public int size() {
    return seen.size();
  }
}
