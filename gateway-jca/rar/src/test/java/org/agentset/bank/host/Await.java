package org.agentset.bank.host;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for something the system does in the background (a reversal acknowledged, a late message
 * processed). It bounds the wait generously and fails with a message if the condition never comes;
 * it asserts nothing about how long it took.
 */
public final class Await {

  private Await() {}

  public static void until(String what, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!Boolean.TRUE.equals(condition.call())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never happened: " + what);
      }
      Thread.sleep(50);
    }
  }
}
