package org.agentset.set.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The benchmark jar's entry point: JMH's own command line (same options as {@code
 * org.openjdk.jmh.Main}), followed by a table of CPU time per operation ({@link CpuTime}) next to
 * JMH's wall-clock average.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldHelp()
        || options.shouldList()
        || options.shouldListWithParams()
        || options.shouldListProfilers()
        || options.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    List<RunResult> sorted = new ArrayList<>(results);
    sorted.sort(RunResult.DEFAULT_SORT_COMPARATOR);
    System.out.println();
    System.out.println("CPU time per operation (benchmark thread), beside JMH's wall clock:");
    System.out.printf("%-60s %-10s %14s %14s%n", "Benchmark", "suite", "wall us/op", "cpu us/op");
    for (RunResult r : sorted) {
      Result cpu = r.getSecondaryResults().get("cpuNanos");
      Result calls = r.getSecondaryResults().get("calls");
      String name = r.getParams().getBenchmark().replace("org.agentset.set.bench.", "");
      double cpuMicros =
          cpu == null || calls == null || calls.getScore() == 0
              ? Double.NaN
              : cpu.getScore() / calls.getScore() / 1000;
      System.out.printf(
          Locale.ROOT,
          "%-60s %-10s %14.1f %14.1f%n",
          name,
          r.getParams().getParam("suite"),
          r.getPrimaryResult().getScore(),
          cpuMicros);
    }
  }
}
