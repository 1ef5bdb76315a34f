package org.agentset.set.msg;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The crypto floor of one purchase, measured in the caller's JVM so that a load driver can report
 * its parties' CPU per purchase as a ratio to a floor taken in the same run on the same machine:
 * each party's SET work from the bytes it receives to the bytes it sends ({@link PurchaseSteps},
 * the operations of set-bench's {@code PartyBenchmark}), and, for a purchase an agent started, the
 * SET Agent Interface's payment start on both sides ({@code SaiBenchmark}). Thread CPU time per
 * operation, after a warm-up; certificate paths validated once and cached, as the parties do.
 */
public final class PurchaseCryptoFloor {

  /** One operation's CPU cost in microseconds. */
  public record Cost(String operation, double cpuMicros) {}

  /** The costs of one suite's operations; {@link #total} sums them. */
  public record Floor(String suite, List<Cost> costs) {

    public double total() {
      return costs.stream().mapToDouble(Cost::cpuMicros).sum();
    }

    /** The CPU microseconds of {@code operation}, one of this class's operation names. */
    public double micros(String operation) {
      return costs.stream()
          .filter(c -> c.operation().equals(operation))
          .mapToDouble(Cost::cpuMicros)
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no operation " + operation));
    }

    /** The SET purchase alone (without the agent interface's payment start). */
    public double purchase() {
      return costs.stream()
          .filter(c -> !c.operation().startsWith("SAI"))
          .mapToDouble(Cost::cpuMicros)
          .sum();
    }
  }

  /** The gateway's share of a purchase: open and verify AuthReq and PI, build AuthRes. */
  public static final String GATEWAY = "gateway AuthReq -> AuthRes";

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  @FunctionalInterface
  private interface Work {
    Object run() throws Exception;
  }

  private PurchaseCryptoFloor() {}

  /** Measures {@code suite}'s floor: {@code iterations} timed calls per operation after as many. */
  public static Floor measure(String suite, int iterations) throws Exception {
    FlowFixture f = FlowFixture.of(suite);
    PurchaseSteps steps = new PurchaseSteps(f);
    PaymentStartFixture sai = PaymentStartFixture.of(f);
    List<Cost> costs = new ArrayList<>();
    costs.add(cost("cardholder builds PReq", iterations, steps::cardholderBuildsPReq));
    costs.add(
        cost("merchant PReq -> AuthReq", iterations, steps::merchantProcessesPReqBuildsAuthReq));
    costs.add(cost(GATEWAY, iterations, steps::gatewayProcessesAuthReqBuildsAuthRes));
    costs.add(
        cost("merchant AuthRes -> PRes", iterations, steps::merchantProcessesAuthResBuildsPRes));
    costs.add(cost("cardholder verifies PRes", iterations, steps::cardholderVerifiesPRes));
    costs.add(cost("SAI agent seals payment start", iterations, sai::agentSeals));
    costs.add(cost("SAI wallet opens payment start", iterations, sai::walletOpens));
    return new Floor(suite, List.copyOf(costs));
  }

  private static Cost cost(String operation, int iterations, Work work) throws Exception {
    for (int i = 0; i < iterations; i++) {
      work.run();
    }
    long t0 = MX.getCurrentThreadCpuTime();
    for (int i = 0; i < iterations; i++) {
      work.run();
    }
    return new Cost(operation, (MX.getCurrentThreadCpuTime() - t0) / 1e3 / iterations);
  }
}
