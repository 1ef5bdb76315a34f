package org.agentset.set.bench;

import java.util.concurrent.TimeUnit;
import org.agentset.set.msg.FlowFixture;
import org.agentset.set.msg.PurchaseOutcome;
import org.agentset.set.msg.PurchaseSteps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU cost of each party's work in one purchase, per suite: from the received bytes to the
 * bytes it sends, every check included (strict DER, suite, freshness, signatures, envelopes, dual
 * signature, links, bindings, receipt). Peer certificates are validated once and then cached, as
 * SET's thumbprints intend (see {@code OperatorBenchmark.validatePath} for the cost of one
 * validation); the replay store accepts everything (it is the caller's database).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PartyBenchmark {

  @Param({"rsa", "p256", "pq-hybrid"})
  public String suite;

  private PurchaseSteps steps;

  @Setup
  public void setUp() throws Exception {
    steps = new PurchaseSteps(FlowFixture.of(suite));
  }

  /** Cardholder: verify PInitRes, build and dual-sign PReq (PI extra-encrypted to the gateway). */
  @Benchmark
  public byte[] cardholderBuildsPReq(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return steps.cardholderBuildsPReq();
    } finally {
      cpu.stop(started);
    }
  }

  /** Merchant: verify PReq (dual signature over the OI, HOD, binding), build AuthReq (EncB). */
  @Benchmark
  public byte[] merchantProcessesPReqBuildsAuthReq(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return steps.merchantProcessesPReqBuildsAuthReq();
    } finally {
      cpu.stop(started);
    }
  }

  /** Gateway: open AuthReq and the PI, verify both signatures and all links, build AuthRes. */
  @Benchmark
  public byte[] gatewayProcessesAuthReqBuildsAuthRes(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return steps.gatewayProcessesAuthReqBuildsAuthRes();
    } finally {
      cpu.stop(started);
    }
  }

  /** Merchant: open and verify AuthRes (binding, receipt), build PRes relaying the receipt. */
  @Benchmark
  public byte[] merchantProcessesAuthResBuildsPRes(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return steps.merchantProcessesAuthResBuildsPRes();
    } finally {
      cpu.stop(started);
    }
  }

  /** Cardholder: verify PRes and the gateway receipt in it. */
  @Benchmark
  public PurchaseOutcome cardholderVerifiesPRes(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return steps.cardholderVerifiesPRes();
    } finally {
      cpu.stop(started);
    }
  }
}
