package org.agentset.set.bench;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.cert.ValidatedPath;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.DualSignature;
import org.agentset.set.crypto.Envelopes;
import org.agentset.set.crypto.GatewayTokens;
import org.agentset.set.crypto.OpenedContent;
import org.agentset.set.crypto.Recipient;
import org.agentset.set.crypto.RecipientKey;
import org.agentset.set.crypto.SetContentTypes;
import org.agentset.set.crypto.Signatures;
import org.agentset.set.crypto.SignedContent;
import org.agentset.set.crypto.SignedEnvelopes;
import org.agentset.set.crypto.Signer;
import org.agentset.set.crypto.cms.Link;
import org.agentset.set.msg.FlowFixture;
import org.agentset.set.msg.FlowIdentifiers;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
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
 * The CPU cost of each SET operator per suite, on values the size of a purchase's (a 512-byte
 * content, the OIData of a real purchase, a PANData-sized extra): S and its verification, EXH
 * sealed and opened, Enc sealed and opened (with the signature check), the dual signature and the
 * merchant's and gateway's verifications, EncK token seal and open, and SET path validation of a
 * 4-deep chain (cardholder, CCA, geo-political CA, brand, to the root) with CRLs and BCI.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OperatorBenchmark {

  @Param({"rsa", "p256", "pq-hybrid"})
  public String suite;

  private ASN1Encodable t;
  private ASN1Encodable p;
  private ASN1Encodable oiData;
  private Signer merchant;
  private Signer cardholder;
  private X509CertificateHolder merchantCert;
  private X509CertificateHolder cardholderCert;
  private AlgorithmSuite s;
  private Signatures signatures;
  private Envelopes envelopes;
  private SignedEnvelopes signedEnvelopes;
  private DualSignature dual;
  private GatewayTokens tokens;
  private Recipient gateway;
  private RecipientKey gatewayKey;
  private byte[] signed;
  private byte[] exh;
  private byte[] enc;
  private byte[] piSignature;
  private Link oiDualSigned;
  private Link piOiLink;
  private byte[] token;
  private SetPathValidator validator;
  private List<X509Certificate> chain;
  private RevocationData revocation;

  @Setup
  public void setUp() throws Exception {
    FlowFixture f = FlowFixture.of(suite);
    SecureRandom random = new SecureRandom();
    s = f.suite();
    t =
        new DERSequence(
            new ASN1Encodable[] {new DERUTF8String("order"), new DEROctetString(new byte[512])});
    p =
        new DERSequence(
            new ASN1Encodable[] {
              new DERUTF8String("4111111111111111"), new DEROctetString(new byte[72])
            });
    oiData = f.verifiedPReq().oiData();
    merchant = f.signer(s, "merchant-sig");
    cardholder = f.signer(s, "cardholder");
    merchantCert = f.holder("merchant-sig");
    cardholderCert = f.holder("cardholder");
    signatures = new Signatures(s);
    envelopes = new Envelopes(s, random);
    signedEnvelopes = new SignedEnvelopes(s, random);
    dual = new DualSignature(s, random);
    tokens = new GatewayTokens(s, random, f.signer(s, "gateway-sig"), List.of(f.tokenKey()));
    gatewayKey = f.recipientKey("gateway-kx");
    gateway = gatewayKey.recipient();
    signed = signatures.s(merchant, MessageIdentifiers.PRES_DATA, t);
    exh =
        envelopes.exh(gateway, SetContentTypes.PI_DUAL_SIGNED_TBE, t, SetContentTypes.PAN_DATA, p);
    enc =
        signedEnvelopes.enc(
            merchant, gateway, MessageIdentifiers.AUTH_REQ_TBS, FlowIdentifiers.AUTH_REQ_TBE, t);
    piSignature = dual.sign(cardholder, t, oiData);
    oiDualSigned = dual.oiDualSigned(oiData, t);
    piOiLink = dual.piOiLink(p, oiData);
    token = tokens.seal(SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE, t);
    validator = f.validator();
    chain = f.cardholderChain();
    revocation = f.revocation();
  }

  @Benchmark
  public byte[] signS(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return signatures.s(merchant, MessageIdentifiers.PRES_DATA, t);
    } finally {
      cpu.stop(started);
    }
  }

  @Benchmark
  public byte[] verifyS(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return SignedContent.read(signed).verify(s, merchantCert, MessageIdentifiers.PRES_DATA);
    } finally {
      cpu.stop(started);
    }
  }

  @Benchmark
  public byte[] sealExh(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return envelopes.exh(
          gateway, SetContentTypes.PI_DUAL_SIGNED_TBE, t, SetContentTypes.PAN_DATA, p);
    } finally {
      cpu.stop(started);
    }
  }

  @Benchmark
  public OpenedContent openExh(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return envelopes.openExh(
          exh, gatewayKey, SetContentTypes.PI_DUAL_SIGNED_TBE, SetContentTypes.PAN_DATA);
    } finally {
      cpu.stop(started);
    }
  }

  @Benchmark
  public byte[] sealEnc(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return signedEnvelopes.enc(
          merchant, gateway, MessageIdentifiers.AUTH_REQ_TBS, FlowIdentifiers.AUTH_REQ_TBE, t);
    } finally {
      cpu.stop(started);
    }
  }

  @Benchmark
  public OpenedContent openEnc(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return signedEnvelopes
          .openEnc(enc, gatewayKey, FlowIdentifiers.AUTH_REQ_TBE)
          .verify(merchantCert, MessageIdentifiers.AUTH_REQ_TBS);
    } finally {
      cpu.stop(started);
    }
  }

  @Benchmark
  public byte[] dualSign(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return dual.sign(cardholder, t, oiData);
    } finally {
      cpu.stop(started);
    }
  }

  @Benchmark
  public void dualVerifyMerchant(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      dual.verifyAsMerchant(piSignature, oiDualSigned, cardholderCert);
    } finally {
      cpu.stop(started);
    }
  }

  @Benchmark
  public void dualVerifyGateway(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      dual.verifyAsGateway(piSignature, t, piOiLink, cardholderCert);
    } finally {
      cpu.stop(started);
    }
  }

  @Benchmark
  public byte[] sealToken(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return tokens.seal(SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE, t);
    } finally {
      cpu.stop(started);
    }
  }

  @Benchmark
  public byte[] openToken(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return tokens.open(token, SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE);
    } finally {
      cpu.stop(started);
    }
  }

  @Benchmark
  public ValidatedPath validatePath(CpuTime cpu) throws Exception {
    long started = cpu.start();
    try {
      return validator.validate(chain, revocation);
    } finally {
      cpu.stop(started);
    }
  }
}
