package org.agentset.set.bench;

import java.util.concurrent.TimeUnit;
import org.agentset.set.msg.FlowFixture;
import org.agentset.set.msg.PaymentStartFixture;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The SET Agent Interface's cryptographic work per payment start (set-core {@code sai}), in the two
 * suites with standard CMS recipients: the agent's side (sign with signing time and nonce, seal to
 * the wallet's certificate: RSA-OAEP or ephemeral ECDH), and the wallet's side (open the envelope,
 * verify the agent's signature, verify the merchant's signed initiation inside, open the sealed
 * token under K). Certificate path validation is not included: it is the same SET path validation
 * {@link OperatorBenchmark} measures, cached by a party for its peers' certificates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SaiBenchmark {

  @Param({"rsa", "p256"})
  public String suite;

  private PaymentStartFixture start;

  @Setup
  public void setUp() throws Exception {
    start = PaymentStartFixture.of(FlowFixture.of(suite));
  }

  /** The agent: sign (signing time, nonce) and seal to the wallet. */
  @Benchmark
  public byte[] agentSealsPaymentStart(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return start.agentSeals();
    } finally {
      cpu.stop(started);
    }
  }

  /** The wallet: open, verify the agent's and the merchant's signatures, open the token under K. */
  @Benchmark
  public Object walletOpensAndVerifies(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return start.walletOpens();
    } finally {
      cpu.stop(started);
    }
  }
}
