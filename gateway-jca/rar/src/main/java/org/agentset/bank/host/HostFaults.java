package org.agentset.bank.host;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.agentset.bank.api.IssuerHostControl.Fault;

/**
 * Faults a test asks the embedded host to commit on purpose: lose, hold back, delay or cut off the
 * next messages of a type. Disabled (the default) it refuses to arm anything, so production code
 * paths can consult it at no risk. Thread-safe.
 */
public final class HostFaults {

  /** One armed fault: what to do, and for {@code DELAY} how long. */
  public record Armed(Fault fault, Duration delay) {
    /** The fault that processes normally and answers after {@code delay}. */
    static Armed delay(Duration delay) {
      return new Armed(null, delay);
    }

    /** Whether this is a plain delay rather than one of the {@link Fault}s. */
    public boolean isDelay() {
      return fault == null;
    }
  }

  private final boolean enabled;
  private final Map<Integer, Deque<Armed>> armed = new HashMap<>();
  private CountDownLatch held = new CountDownLatch(1);
  private int heldCount;

  public HostFaults(boolean enabled) {
    this.enabled = enabled;
  }

  /** Applies {@code fault} to the next {@code times} messages of {@code type}. */
  public synchronized void arm(int type, Fault fault, int times) {
    arm(type, new Armed(fault, Duration.ZERO), times);
  }

  /** Delays the answers to the next {@code times} messages of {@code type}. */
  public synchronized void armDelay(int type, Duration delay, int times) {
    arm(type, Armed.delay(delay), times);
  }

  private void arm(int type, Armed fault, int times) {
    if (!enabled) {
      throw new IllegalStateException("the issuer host's test control is disabled");
    }
    if (times < 1) {
      throw new IllegalArgumentException("times must be positive");
    }
    Deque<Armed> queue = armed.computeIfAbsent(type, t -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
  }

  /** The fault for a message of {@code type} just received, if one is armed; consumes it. */
  public synchronized Armed next(int type) {
    Deque<Armed> queue = armed.get(type);
    if (queue == null || queue.isEmpty()) {
      return null;
    }
    Armed fault = queue.poll();
    if (fault.fault() == Fault.HOLD) {
      heldCount++;
    }
    return fault;
  }

  /** Blocks the calling connection's thread until {@link #releaseHeld()} (or interruption). */
  public void awaitRelease() throws InterruptedException {
    CountDownLatch latch;
    synchronized (this) {
      latch = held;
    }
    latch.await();
  }

  /** Lets every held message go on; returns how many were held. */
  public synchronized int releaseHeld() {
    int released = heldCount;
    heldCount = 0;
    held.countDown();
    held = new CountDownLatch(1);
    return released;
  }

  /** Forgets every armed fault. */
  public synchronized void clear() {
    armed.clear();
  }

  /** Whether faults can be armed at all. */
  public boolean enabled() {
    return enabled;
  }
}
