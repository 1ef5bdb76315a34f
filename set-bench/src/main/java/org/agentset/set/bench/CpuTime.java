package org.agentset.set.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU time the benchmark thread spent in the measured work, beside JMH's wall-clock score: on a
 * shared machine the wall clock counts the time other processes hold the cores, CPU time does not.
 * {@link Main} reports {@code cpuNanos / calls} per benchmark.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  /** CPU nanoseconds spent in the measured calls of this iteration. */
  public long cpuNanos;

  /** Measured calls in this iteration. */
  public long calls;

  @Setup(Level.Iteration)
  public void reset() {
    cpuNanos = 0;
    calls = 0;
  }

  long start() {
    return MX.getCurrentThreadCpuTime();
  }

  void stop(long start) {
    cpuNanos += MX.getCurrentThreadCpuTime() - start;
    calls++;
  }
}
