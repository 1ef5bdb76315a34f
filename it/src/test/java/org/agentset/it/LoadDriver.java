package org.agentset.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The on-demand benchmarks' load driver: {@code threads} workers take the inputs in turn, time each
 * call, and the run reports throughput and latency percentiles. A call that answers false counts as
 * a failure, and a run with failures fails: a benchmark of wrong answers measures nothing.
 */
public final class LoadDriver {

  /** One timed operation on one input; false when the answer was wrong. */
  @FunctionalInterface
  public interface Call<T> {
    boolean ok(T input) throws Exception;
  }

  private LoadDriver() {}

  public static <T> LatencyStats run(String name, List<T> inputs, int threads, Call<T> call)
      throws Exception {
    long[] nanos = new long[inputs.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              (Callable<Void>)
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < inputs.size();
                        i = next.getAndIncrement()) {
                      long t0 = System.nanoTime();
                      if (!call.ok(inputs.get(i))) {
                        failures.incrementAndGet();
                      }
                      nanos[i] = System.nanoTime() - t0;
                    }
                    return null;
                  }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    assertThat(failures.get()).as(name + " failures").isZero();
    return new LatencyStats(name, inputs.size(), threads, seconds, nanos);
  }

  /** The inputs 0 to n - 1, for calls that only need a number. */
  public static List<Integer> indices(int n) {
    return java.util.stream.IntStream.range(0, n).boxed().toList();
  }
}
