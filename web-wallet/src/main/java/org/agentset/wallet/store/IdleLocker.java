package org.agentset.wallet.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks the store every few seconds to lock itself if it has been idle too long, so the key and the
 * contents leave memory on time even when nobody touches the wallet. (The store also checks on
 * every access; this is what clears memory when there is no access.)
 */
public final class IdleLocker implements AutoCloseable {

  private final ScheduledExecutorService timer;

  private IdleLocker(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /** Starts checking {@code store} every {@code period}, on a daemon thread. */
  public static IdleLocker start(WalletStore store, Duration period) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "wallet-idle-lock");
              t.setDaemon(true);
              return t;
            });
    long ms = period.toMillis();
    timer.scheduleWithFixedDelay(store::lockIfIdle, ms, ms, TimeUnit.MILLISECONDS);
    return new IdleLocker(timer);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
