package org.agentset.it.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.it.ServerLog;
import org.agentset.it.SuiteArchive;
import org.agentset.it.TestDatabase;
import org.agentset.server.DatabaseSettings;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.reg.AcquirerID;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.asn1.reg.IDData;
import org.agentset.set.asn1.reg.MerchantAcquirerID;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.PanIdentity;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.InMemoryReplayStore;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.reg.CardholderRegistration;
import org.agentset.set.reg.MerchantRegistration;
import org.agentset.set.reg.RegistrationForms;
import org.agentset.set.reg.Step;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * SET registration against the deployed CA over HTTP ({@code POST /ca/set}), with set-core's
 * registration clients: a cardholder's six messages (the certificate checked by OpenSSL against
 * ca-certs.pem and the CRLs, and by SetPathValidator), merchant and gateway registration with the
 * seeded acquirer registrations and demo enrolment codes, a pended request and its inquiry, and the
 * refusals (replay, tamper, wrong enrolment code, key reuse) answered with SET Errors and recorded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaRegistrationIT {

  static final String NORDLICHT_CODE = "nordlicht-7Q4M-K2XD";
  static final String GATEWAY_CODE = "gateway-2H8V-M5QJ";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static X509Certificate root;
  private static List<X509Certificate> cas;
  private static List<X509CRL> crls;
  private static AlgorithmSuite suite;

  @TempDir Path dir;

  @BeforeAll
  static void operators() throws Exception {
    CaOperators.seed();
  }

  @BeforeAll
  static void trust() throws Exception {
    cas = Pki.certificates(text("/ca/pki/ca-certs.pem"));
    root =
        cas.stream()
            .filter(c -> c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
            .findFirst()
            .orElseThrow();
    crls = new ArrayList<>();
    CertificateFactory cf = CertificateFactory.getInstance("X.509", CaClient.BC);
    for (String ca : List.of("root", "brand", "geo", "cardholder", "merchant", "gateway")) {
      HttpResponse<byte[]> r = CaClient.get("/ca/pki/crl/" + ca + ".crl");
      assertThat(r.statusCode()).isEqualTo(200);
      crls.add((X509CRL) cf.generateCRL(new java.io.ByteArrayInputStream(r.body())));
    }
    suite = new AlgorithmSuites(CaClient.BC, new SecureRandom()).p256();
  }

  static PartyContext context() {
    Clock clock = Clock.systemUTC();
    return new PartyContext(
        suite,
        new SecureRandom(),
        new Freshness(clock, Duration.ofMinutes(10), Duration.ofMinutes(2)),
        new CertificateTrust(
            CaClient.BC,
            new SetPathValidator(CaClient.BC, clock, List.of(root)),
            () -> RevocationData.crlsOnly(crls),
            List.of()),
        new InMemoryReplayStore(clock),
        "AgentSET-IT/1");
  }

  static byte[] post(byte[] message) throws java.io.IOException {
    try {
      HttpResponse<byte[]> r = CaClient.post("/ca/set", "application/set-registration", message);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/set-registration"));
      return r.body();
    } catch (InterruptedException e) {
      throw new java.io.IOException(e);
    }
  }

  static KeyPair sig() {
    return suite.generateKeyPair(KeyPurpose.SIGNATURE);
  }

  static KeyPair kx() {
    return suite.generateKeyPair(KeyPurpose.KEY_EXCHANGE);
  }

  static IDData merchant(String id) {
    return IDData.of(new MerchantAcquirerID("412345", SetString.of(id, 30)));
  }

  @Test
  void cardholderRegistersInSixMessagesAndOpenSslVerifiesTheCertificate() throws Exception {
    String pan = "4111111111111111";
    CardholderRegistration reg =
        new CardholderRegistration(context(), "AgentCard", pan, YearMonth.of(2035, 12), "en");
    Step s1 = reg.initiate();
    Step s2 = reg.requestForm(s1, post(s1.message()));
    Step form = reg.readForm(s2, post(s2.message()));
    assertThat(form.form()).isNotNull();
    Step s3 =
        reg.requestCertificate(
            form, Map.of(RegistrationForms.CARDHOLDER_NAME, "Ada Lovelace"), sig());
    CardholderRegistration.Result r = reg.complete(s3, post(s3.message()));

    assertThat(r.complete()).isTrue();
    X509Certificate cert = r.credential().certificate();
    assertThat(PanIdentity.fromCertificate(cert)).contains(r.card().identity());
    assertThat(new String(cert.getEncoded(), StandardCharsets.ISO_8859_1)).doesNotContain(pan);
    assertThat(
            new SetPathValidator(CaClient.BC, Clock.systemUTC(), List.of(root))
                .validate(r.credential().path(), RevocationData.crlsOnly(crls))
                .leafProfile())
        .isEqualTo(CertificateProfile.CARDHOLDER);

    OpenSslCli openssl = new OpenSslCli(dir);
    StringBuilder all = new StringBuilder();
    for (X509Certificate c : cas) {
      all.append(Pki.pem(c));
    }
    openssl.write("cas.pem", all.toString());
    StringBuilder crlPem = new StringBuilder();
    for (X509CRL crl : crls) {
      crlPem.append(Pki.crlPem(crl.getEncoded()));
    }
    openssl.write("crls.pem", crlPem.toString());
    openssl.write("leaf.pem", Pki.pem(cert));
    assertThat(
            openssl.ok(
                "verify",
                "-CAfile",
                "cas.pem",
                "-CRLfile",
                "crls.pem",
                "-crl_check",
                "-purpose",
                "any",
                "leaf.pem"))
        .contains("leaf.pem: OK");
    assertThat(text("/ca/pki/certs/" + cert.getSerialNumber().toString(16) + ".pem"))
        .isEqualTo(Pki.pem(cert));
    assertThat(
            records(
                "select count(*) from ca.registration_request where kind = 'CARDHOLDER'"
                    + " and outcome = 'ISSUED' and certificate_serial = '"
                    + cert.getSerialNumber().toString(16)
                    + "'"))
        .isEqualTo("1");
    assertThat(
            records(
                "select count(*) from ca.registration_request where detail like '%"
                    + pan
                    + "%' or requester like '%"
                    + pan
                    + "%'"))
        .isEqualTo("0");
    assertThat(ServerLog.current()).exists();
    assertThat(ServerLog.text()).doesNotContain(pan);
  }

  @Test
  void cardOfAnotherBrandGetsAReferral() throws Exception {
    CardholderRegistration reg =
        new CardholderRegistration(
            context(), "AgentCard", "6011111111111117", YearMonth.of(2035, 12), "en");
    Step s1 = reg.initiate();
    Step s2 = reg.requestForm(s1, post(s1.message()));
    Step form = reg.readForm(s2, post(s2.message()));
    assertThat(form.form()).isNull();
    assertThat(form.referral().getReason().toString()).contains("not an AgentCard card");
  }

  @Test
  void merchantAndGatewayRegisterWithTheirEnrolmentCodes() throws Exception {
    MerchantRegistration m =
        new MerchantRegistration(context(), merchant("NLB-0001"), "AgentCard", "en");
    MerchantRegistration.Result rm =
        m.enrol(
            CaRegistrationIT::post,
            Map.of(RegistrationForms.ENROLMENT_CODE, NORDLICHT_CODE),
            sig(),
            kx());
    assertThat(rm.complete()).isTrue();
    assertThat(rm.signature().certificate().getSubjectX500Principal().getName())
        .contains("CN=NLB-0001", "O=Nordlicht Books");

    MerchantRegistration g =
        new MerchantRegistration(
            context(), IDData.of(new AcquirerID("412345", null)), "AgentCard", "en");
    MerchantRegistration.Result rg =
        g.enrol(
            CaRegistrationIT::post,
            Map.of(RegistrationForms.ENROLMENT_CODE, GATEWAY_CODE),
            sig(),
            kx());
    assertThat(rg.complete()).isTrue();
    assertThat(
            new SetPathValidator(CaClient.BC, Clock.systemUTC(), List.of(root))
                .validate(rg.keyExchange().path(), RevocationData.crlsOnly(crls))
                .leafProfile())
        .isEqualTo(CertificateProfile.GATEWAY_KEY_EXCHANGE);
  }

  @Test
  void pendedRequestIsIssuedOnInquiryOnceAnAdministratorApproves() throws Exception {
    MerchantRegistration m =
        new MerchantRegistration(context(), merchant("LUM-0009"), "AgentCard", "en");
    MerchantRegistration.Result r =
        m.enrol(
            CaRegistrationIT::post,
            Map.of(RegistrationForms.ENROLMENT_CODE, "lumen-6D1K-W7YS"),
            sig(),
            kx());
    assertThat(r.pending()).isTrue();
    assertThat(r.status()).isEqualTo(CertStatusCode.REQUEST_PENDED);
    Step inq = m.inquire(r);
    MerchantRegistration.Result again = m.completeInquiry(inq, post(inq.message()));
    assertThat(again.status()).isEqualTo(CertStatusCode.REQUEST_IN_PROGRESS);
    assertThat(again.complete()).isFalse();

    // an auditor cannot record the acquirer's decision; an administrator can, once
    String decision = "/ca/api/admin/acquirer-registrations/lumen-studio/decision";
    assertThat(
            CaClient.postJson(decision, CaOperators.AUDITOR, "{\"status\":\"ACTIVE\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            CaClient.postJson(decision, CaOperators.ADMIN, "{\"status\":\"ACTIVE\"}").statusCode())
        .isEqualTo(200);
    assertThat(
            CaClient.postJson(decision, CaOperators.ADMIN, "{\"status\":\"REJECTED\"}")
                .statusCode())
        .isEqualTo(409);
    Step approved = m.inquire(r);
    MerchantRegistration.Result issued = m.completeInquiry(approved, post(approved.message()));
    assertThat(issued.complete()).isTrue();
    assertThat(issued.signature().certificate().getSubjectX500Principal().getName())
        .contains("CN=LUM-0009");
    Step once = m.inquire(r);
    assertThat(m.completeInquiry(once, post(once.message())).signature().certificate())
        .isEqualTo(issued.signature().certificate());
    assertThat(
            records(
                "select count(*) from ca.audit_event where action = 'ACQUIRER_DECISION'"
                    + " and target = 'lumen-studio'"))
        .isEqualTo("2");
    // a CertInqReq signed by another key is refused with a SET Error
    Step forged =
        m.inquire(MerchantRegistration.Result.resumePending(r.lidCa(), r.lidEe(), sig(), kx()));
    assertThatThrownBy(() -> m.completeInquiry(forged, post(forged.message())))
        .isInstanceOfSatisfying(
            SetProtocolException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SIGNATURE_FAILURE));
  }

  @Test
  void unreadableMessageGetsAnErrorAndIsRecorded() throws Exception {
    byte[] answer = post(new byte[] {0x30, 0x03, 0x02, 0x01, 0x07});
    org.agentset.set.asn1.msg.MessageWrapper w =
        org.agentset.set.asn1.msg.MessageWrapper.parse(
            answer, org.agentset.set.asn1.der.DerLimits.DEFAULT);
    assertThat(w.getMessage().getBody()).isInstanceOf(org.agentset.set.asn1.msg.SetError.class);
    assertThat(
            records(
                "select count(*) from ca.registration_request where kind = 'UNKNOWN'"
                    + " and outcome = 'REFUSED' and detail like '%DECODING%'"))
        .isNotEqualTo("0");
    HttpResponse<byte[]> wrongType = CaClient.post("/ca/set", "application/json", new byte[] {1});
    assertThat(wrongType.statusCode()).isEqualTo(415);
  }

  @Test
  void refusalsAreSetErrorsAndChangeNothing() throws Exception {
    String before = records("select count(*) from ca.certificate_record");
    MerchantRegistration m =
        new MerchantRegistration(context(), merchant("VOP-0002"), "AgentCard", "en");
    Step init = m.initiate();
    Step form = m.readForm(init, post(init.message()));

    // wrong enrolment code: the identity is not the acquirer's
    Step wrong =
        m.requestCertificates(form, Map.of(RegistrationForms.ENROLMENT_CODE, "guess"), sig(), kx());
    assertPeerError(() -> m.complete(wrong, post(wrong.message())), ErrorCode.UNSPECIFIED_FAILURE);

    // tampered request
    Step good =
        m.requestCertificates(
            form, Map.of(RegistrationForms.ENROLMENT_CODE, "voltaic-9F3L-T8WB"), sig(), kx());
    byte[] tampered = good.message();
    tampered[tampered.length / 2] ^= 1;
    assertPeerError(() -> m.complete(good, post(tampered)), null);
    assertThat(records("select count(*) from ca.certificate_record")).isEqualTo(before);

    // the untampered request is issued once; its replay is refused
    MerchantRegistration.Result ok = m.complete(good, post(good.message()));
    assertThat(ok.complete()).isTrue();
    assertPeerError(() -> m.complete(good, post(good.message())), ErrorCode.UNSPECIFIED_FAILURE);

    // a key certified before is never certified again
    Step reuse =
        m.requestCertificates(
            form,
            Map.of(RegistrationForms.ENROLMENT_CODE, "voltaic-9F3L-T8WB"),
            ok.signature().keyPair(),
            kx());
    assertPeerError(() -> m.complete(reuse, post(reuse.message())), ErrorCode.UNSPECIFIED_FAILURE);

    assertThat(
            Integer.parseInt(records("select count(*) from ca.certificate_record"))
                - Integer.parseInt(before))
        .isEqualTo(2);
    assertThat(
            Integer.parseInt(
                records(
                    "select count(*) from ca.registration_request where outcome = 'REFUSED'"
                        + " and detail like 'CertReq refused:%'")))
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void theSameCertReqSentConcurrentlyIsAnsweredWithCertificatesOnce() throws Exception {
    MerchantRegistration m =
        new MerchantRegistration(context(), merchant("HBT-0003"), "AgentCard", "en");
    Step init = m.initiate();
    Step form = m.readForm(init, post(init.message()));
    Step req =
        m.requestCertificates(
            form, Map.of(RegistrationForms.ENROLMENT_CODE, "herbarium-4R6N-P1ZC"), sig(), kx());
    String before = records("select count(*) from ca.certificate_record");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<byte[]>> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answers.add(pool.submit(() -> post(req.message())));
    }
    int complete = 0;
    int refused = 0;
    for (java.util.concurrent.Future<byte[]> a : answers) {
      try {
        if (m.complete(req, a.get()).complete()) {
          complete++;
        }
      } catch (SetProtocolException e) {
        assertThat(e.refusal()).isEqualTo(Refusal.PEER_ERROR);
        refused++;
      }
    }
    pool.shutdown();
    assertThat(complete).isEqualTo(1);
    assertThat(refused).isEqualTo(3);
    assertThat(
            Integer.parseInt(records("select count(*) from ca.certificate_record"))
                - Integer.parseInt(before))
        .isEqualTo(2);
  }

  private interface Call {
    void run() throws Exception;
  }

  private static void assertPeerError(Call call, ErrorCode code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            SetProtocolException.class,
            e -> {
              assertThat(e.refusal()).isEqualTo(Refusal.PEER_ERROR);
              if (code != null) {
                assertThat(e.errorCode()).isEqualTo(code);
              }
            });
  }

  static String text(String path) throws Exception {
    HttpResponse<byte[]> r = CaClient.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return new String(r.body(), StandardCharsets.US_ASCII);
  }

  static String records(String sql) throws Exception {
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
