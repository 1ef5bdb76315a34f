package org.agentset.it.ca;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.it.LatencyStats;
import org.agentset.it.LoadDriver;
import org.agentset.it.SuiteArchive;
import org.agentset.set.reg.MerchantRegistration;
import org.agentset.set.reg.RegistrationForms;
import org.agentset.set.reg.Step;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CA's benchmark, run on demand only (excluded from the suite; README "CA benchmark"):
 *
 * <pre>
 * mvn -B -ntp verify -Dit.test=CaBenchmarkIT [-Dca.bench.issuance=400] [-Dca.bench.ocsp=4000]
 *     [-Dca.bench.registrations=200] [-Dca.bench.threads=4]
 * </pre>
 *
 * Against the real EAR on the managed WildFly and PostgreSQL: certificate issuance per second
 * (merchant signature certificates through the admin API, each one a proof-of-possession check, a
 * P-256 signature by the merchant CA, a never-twice registry lookup, a durable insert and an audit
 * entry) and OCSP responses per second (one CertID, SHA-1, a status lookup and a signed answer) and
 * SET merchant certificate requests per second ({@code POST /ca/set}: open the envelope, proof of
 * possession, replay and identity checks, two certificates issued, the record, a signed CertRes),
 * each with latency percentiles. Requests are prepared before the clock starts, so the figures are
 * the server's. Results go to stdout and {@code target/ca-bench.txt}. It asserts only that every
 * answer was right, never how fast it came.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaBenchmarkIT {

  private static final int ISSUANCE = Integer.getInteger("ca.bench.issuance", 400);
  private static final int OCSP = Integer.getInteger("ca.bench.ocsp", 4000);
  private static final int THREADS = Integer.getInteger("ca.bench.threads", 4);
  private static final int REGISTRATIONS = Integer.getInteger("ca.bench.registrations", 200);

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void issuanceAndOcspThroughput() throws Exception {
    CaOperators.seed();
    ConsoleSession admin = ConsoleSession.signIn(CaOperators.ADMIN, CaOperators.PASSWORD);

    List<String> warmup = requests(50, "Warmup");
    LoadDriver.run(
        "warm-up issuance",
        warmup,
        THREADS,
        body -> admin.postJson("/ca/api/admin/certificates", body).statusCode() == 201);
    List<String> bodies = requests(ISSUANCE, "Bench");
    LatencyStats issuance =
        LoadDriver.run(
            "issuance (admin API)",
            bodies,
            THREADS,
            body -> admin.postJson("/ca/api/admin/certificates", body).statusCode() == 201);

    // OCSP: one certificate issued above, asked about repeatedly (and once more to check "good")
    String pem = admin.postJson("/ca/api/admin/certificates", requests(1, "Ocsp").get(0)).body();
    X509Certificate leaf =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    X509Certificate mca =
        Pki.named(
            Pki.certificates(
                new String(CaClient.get("/ca/pki/ca-certs.pem").body(), StandardCharsets.US_ASCII)),
            "AgentCard Merchant CA");
    byte[] ocspRequest = ocspRequest(mca, leaf.getSerialNumber());
    List<byte[]> ocspBodies = new ArrayList<>();
    for (int i = 0; i < OCSP; i++) {
      ocspBodies.add(ocspRequest);
    }
    LoadDriver.run(
        "warm-up OCSP", ocspBodies.subList(0, Math.min(500, OCSP)), THREADS, CaBenchmarkIT::good);
    LatencyStats ocsp =
        LoadDriver.run("OCSP (POST /ca/ocsp)", ocspBodies, THREADS, CaBenchmarkIT::good);

    // SET registration: merchant CertReqs over POST /ca/set, each form asked before timing
    CaRegistrationIT.trust();
    List<byte[]> certReqs = certReqs(REGISTRATIONS);
    LoadDriver.run("warm-up SET CertReq", certReqs(20), THREADS, CaBenchmarkIT::issued);
    LatencyStats registration =
        LoadDriver.run(
            "SET merchant CertReq (POST /ca/set, 2 certificates)",
            certReqs,
            THREADS,
            CaBenchmarkIT::issued);

    String report =
        "AgentSET CA benchmark ("
            + Runtime.getRuntime().availableProcessors()
            + " cores, client and server on one machine)\n"
            + issuance
            + "\n"
            + ocsp
            + "\n"
            + registration
            + "\n";
    System.out.println(report);
    Files.writeString(Path.of("target", "ca-bench.txt"), report);
    assertThat(issuance.operations()).isEqualTo(ISSUANCE);
    assertThat(ocsp.operations()).isEqualTo(OCSP);
    assertThat(registration.operations()).isEqualTo(REGISTRATIONS);
  }

  /** {@code n} merchant CertReqs for herbarium-tea with fresh keys, their forms already asked. */
  private static List<byte[]> certReqs(int n) throws Exception {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      MerchantRegistration m =
          new MerchantRegistration(
              CaRegistrationIT.context(), CaRegistrationIT.merchant("HBT-0003"), "AgentCard", "en");
      Step init = m.initiate();
      Step form = m.readForm(init, CaRegistrationIT.post(init.message()));
      out.add(
          m.requestCertificates(
                  form,
                  Map.of(RegistrationForms.ENROLMENT_CODE, "herbarium-4R6N-P1ZC"),
                  CaRegistrationIT.sig(),
                  CaRegistrationIT.kx())
              .message());
    }
    return out;
  }

  /** Whether the CA answered a CertReq with a CertRes reporting the request complete. */
  private static boolean issued(byte[] certReq) throws Exception {
    HttpResponse<byte[]> r = CaClient.post("/ca/set", "application/set-registration", certReq);
    if (r.statusCode() != 200) {
      return false;
    }
    Object body =
        org.agentset.set.asn1.msg.MessageWrapper.parse(
                r.body(), org.agentset.set.asn1.der.DerLimits.DEFAULT)
            .getMessage()
            .getBody();
    return body instanceof org.agentset.set.asn1.reg.CertRes;
  }

  private static boolean good(byte[] request) throws Exception {
    HttpResponse<byte[]> r = CaClient.post("/ca/ocsp", "application/ocsp-request", request);
    OCSPResp resp = new OCSPResp(r.body());
    return r.statusCode() == 200
        && resp.getStatus() == OCSPRespBuilder.SUCCESSFUL
        && ((BasicOCSPResp) resp.getResponseObject()).getResponses()[0].getCertStatus() == null;
  }

  private static byte[] ocspRequest(X509Certificate issuer, BigInteger serial) throws Exception {
    return new OCSPReqBuilder()
        .addRequest(
            new CertificateID(
                new JcaDigestCalculatorProviderBuilder()
                    .setProvider(CaClient.BC)
                    .build()
                    .get(CertificateID.HASH_SHA1),
                new X509CertificateHolder(issuer.getEncoded()),
                serial))
        .build()
        .getEncoded();
  }

  /** {@code n} issuance requests, each for a fresh key (prepared before timing). */
  private static List<String> requests(int n, String prefix) throws Exception {
    List<String> out = new ArrayList<>();
    long tag = System.nanoTime();
    for (int i = 0; i < n; i++) {
      KeyPair keys = CaClient.p256();
      out.add(
          CaClient.merchantRequest(
              CaClient.csr("CN=" + prefix + " Shop " + tag + "-" + i + ", C=NL", keys), "BM-" + i));
    }
    return out;
  }
}
