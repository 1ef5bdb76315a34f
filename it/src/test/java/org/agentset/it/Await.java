package org.agentset.it;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Waits for what the server does in the background (a reversal acknowledged, a late message
 * processed): bounded generously, failing with a message if it never happens; asserts nothing about
 * how long it took.
 */
public final class Await {

  private Await() {}

  public static void until(String what, Callable<Boolean> condition) throws Exception {
    until(what, Duration.ofSeconds(90), condition);
  }

  /** As {@link #until(String, Callable)}, within {@code within}. */
  public static void until(String what, Duration within, Callable<Boolean> condition)
      throws Exception {
    value(what, within, () -> Boolean.TRUE.equals(condition.call()) ? Optional.of(true) : null);
  }

  /**
   * Polls {@code probe} until it returns a present value (null or empty: not yet), and returns it;
   * fails naming {@code what} after {@code within}.
   */
  public static <T> T value(String what, Duration within, Callable<Optional<T>> probe)
      throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    long pause = 100;
    while (true) {
      Optional<T> v = probe.call();
      if (v != null && v.isPresent()) {
        return v.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never happened within " + within + ": " + what);
      }
      Thread.sleep(pause);
      pause = Math.min(1_000, pause * 2);
    }
  }
}
