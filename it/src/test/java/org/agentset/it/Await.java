package org.agentset.it;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for what the server does in the background (a reversal acknowledged, a late message
 * processed): bounded generously, failing with a message if it never happens; asserts nothing about
 * how long it took.
 */
public final class Await {

  private Await() {}

  public static void until(String what, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!Boolean.TRUE.equals(condition.call())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never happened: " + what);
      }
      Thread.sleep(100);
    }
  }
}
