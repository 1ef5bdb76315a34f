package org.agentset.set.bench;

import java.util.concurrent.TimeUnit;
import org.agentset.set.reg.Answer;
import org.agentset.set.reg.RegFixture;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CA's CPU cost of answering one SET certificate request, in process (p256, the CA's suite):
 * from the received CertReq bytes to the CertRes bytes, every check included (strict DER, open the
 * envelope, proof of possession, signed date, RRPID, form session, identity and enrolment code or
 * card checks, never-twice registry) and the certificates issued (two for a merchant, one for a
 * cardholder). The policy is in memory, so this is the floor the deployed CA's {@code POST /ca/set}
 * (database, transaction, HTTP; {@code CaBenchmarkIT}) is compared with. Each invocation gets a
 * fresh request with fresh keys, prepared outside the measurement.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RegistrationBenchmark {

  private RegFixture f;
  private byte[] merchantCertReq;
  private byte[] cardholderCertReq;

  @Setup(Level.Trial)
  public void fixture() {
    f = new RegFixture();
  }

  @Setup(Level.Invocation)
  public void requests() throws Exception {
    merchantCertReq = f.merchantCertReq();
    cardholderCertReq = f.cardholderCertReq();
  }

  /** Merchant CertReq (Enc) → CertRes with a signature and a key-exchange certificate. */
  @Benchmark
  public byte[] caAnswersMerchantCertReq(CpuTime cpu) {
    long started = cpu.start();
    try {
      return issued(f.answer(merchantCertReq));
    } finally {
      cpu.stop(started);
    }
  }

  /** Cardholder CertReq (EncX) → CertRes (EncK under the back key) with the certificate. */
  @Benchmark
  public byte[] caAnswersCardholderCertReq(CpuTime cpu) {
    long started = cpu.start();
    try {
      return issued(f.answer(cardholderCertReq));
    } finally {
      cpu.stop(started);
    }
  }

  private static byte[] issued(Answer a) {
    if (a.outcome() != Answer.Outcome.ISSUED) {
      throw new IllegalStateException("the CA did not issue: " + a.refusal());
    }
    return a.response();
  }
}
