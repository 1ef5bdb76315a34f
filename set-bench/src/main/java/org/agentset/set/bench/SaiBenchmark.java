package org.agentset.set.bench;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.asn1.sai.SealedToken;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.RecipientKey;
import org.agentset.set.crypto.Signer;
import org.agentset.set.msg.FlowFixture;
import org.agentset.set.sai.PaymentStarts;
import org.agentset.set.sai.SaiSignedContent;
import org.agentset.set.sai.SealedTokens;
import org.agentset.set.sai.SetInitiations;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
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

  private PaymentStarts starts;
  private SetInitiations initiations;
  private Signer agent;
  private X509CertificateHolder agentCert;
  private X509CertificateHolder merchantCert;
  private RecipientKey wallet;
  private PaymentStart start;
  private byte[] envelope;
  private byte[] k;
  private byte[] termsHash;

  @Setup
  public void setUp() throws Exception {
    FlowFixture f = FlowFixture.of(suite);
    AlgorithmSuite s = f.suite();
    SecureRandom random = new SecureRandom();
    starts =
        new PaymentStarts(
            s, new org.bouncycastle.jce.provider.BouncyCastleProvider(), random, Clock.systemUTC());
    initiations = new SetInitiations(s);
    // the cardholder's signature certificate stands in for the agent's (same key type and size)
    agent = f.signer(s, "cardholder");
    agentCert = f.holder("cardholder");
    merchantCert = f.holder("merchant-sig");
    wallet = f.recipientKey("wallet");
    CurrencyAmount unit = new CurrencyAmount(978, 1_300, -2);
    SetInitiation initiation =
        new SetInitiation(
            "nordlicht-books",
            "http://127.0.0.1:8080/merchant/set",
            "NB-7KQ2M9XD4P".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            "2 x Wadden Islands Hiking Map 1:50 000 (NB-MAP-004) from Nordlicht Books",
            new CurrencyAmount(978, 2_600, -2),
            "AgentCard",
            Instant.parse("2099-01-01T00:00:00Z"),
            List.of(new OrderLine("NB-MAP-004", "Wadden Islands Hiking Map", "maps", 2, unit)));
    byte[] signedInitiation = initiations.sign(f.signer(s, "merchant-sig"), initiation);
    SealedTokens tokens = new SealedTokens(random);
    k = tokens.newKey();
    termsHash = new byte[32];
    random.nextBytes(termsHash);
    SealedToken token =
        tokens.seal(k, termsHash, new TokenPlaintext(tokens.newAuthorisationCode(), 1));
    start =
        new PaymentStart(
            new byte[16],
            1,
            token,
            initiation.getSetEndpoint(),
            ContentInfo.getInstance(signedInitiation));
    envelope = starts.seal(agent, start, wallet.certificate());
  }

  /** The agent: sign (signing time, nonce) and seal to the wallet. */
  @Benchmark
  public byte[] agentSealsPaymentStart(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return starts.seal(agent, start, wallet.certificate());
    } finally {
      cpu.stop(started);
    }
  }

  /** The wallet: open, verify the agent's and the merchant's signatures, open the token under K. */
  @Benchmark
  public Object walletOpensAndVerifies(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      SaiSignedContent signed =
          starts.open(envelope, wallet.keyPair().getPrivate(), wallet.certificate());
      PaymentStart content = starts.verify(signed, agentCert).content();
      initiations.verify(content.getInitiationEncoded(), merchantCert);
      return SealedTokens.open(k, termsHash, content.getSealedToken());
    } finally {
      cpu.stop(started);
    }
  }
}
