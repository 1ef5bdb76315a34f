package org.agentset.it;

import java.util.Arrays;
import java.util.Locale;

/** Throughput and latency percentiles of one benchmark phase. */
public record LatencyStats(String name, int operations, int threads, double seconds, long[] nanos) {

  public double perSecond() {
    return operations / seconds;
  }

  /** The {@code p}-th percentile latency in milliseconds (nearest rank). */
  public double percentile(double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%-28s %6d ops, %d threads, %7.1f ops/s   p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max"
            + " %7.2f ms",
        name,
        operations,
        threads,
        perSecond(),
        percentile(50),
        percentile(90),
        percentile(99),
        percentile(100));
  }
}
