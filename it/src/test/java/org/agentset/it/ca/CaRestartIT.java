package org.agentset.it.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.it.SuiteArchive;
import org.agentset.it.TestDatabase;
import org.agentset.server.DatabaseSettings;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.reg.MerchantRegistration;
import org.agentset.set.reg.RegistrationForms;
import org.agentset.set.reg.Step;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CA keeps its hierarchy and records across a restart of its deployment: the same CA
 * certificates, the same issued certificate and revocation, no CRL re-issued for nothing, and the
 * reopened keys still sign (an OCSP answer after the restart verifies under the same CA key); a SET
 * registration's records and its accepted RRPID survive too (the CertReq replayed after the restart
 * is refused).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaRestartIT {

  @Deployment(name = "suite", managed = false, testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @ArquillianResource private Deployer deployer;

  @TempDir Path dir;

  @Test
  void aRestartKeepsTheHierarchyKeysAndRecords() throws Exception {
    deployer.deploy("suite");
    List<String> before;
    MerchantRegistration registration;
    Step certReq;
    String caCerts;
    String issued;
    String revokedSerial;
    try {
      CaOperators.seed();
      caCerts = text("/ca/pki/ca-certs.pem");
      issued = CaClient.issueMerchant("CN=Restart Books, C=NL", CaClient.p256(), "RS-1");
      String toRevoke = CaClient.issueMerchant("CN=Restart Revoked, C=NL", CaClient.p256(), "RS-2");
      revokedSerial = Pki.certificates(toRevoke).get(0).getSerialNumber().toString(16);
      assertThat(
              CaClient.postJson(
                      "/ca/api/admin/certificates/" + revokedSerial + "/revocation",
                      CaOperators.ADMIN,
                      "{\"reason\":\"SUPERSEDED\"}")
                  .statusCode())
          .isEqualTo(200);
      CaRegistrationIT.trust();
      registration =
          new MerchantRegistration(
              CaRegistrationIT.context(), CaRegistrationIT.merchant("HBT-0003"), "AgentCard", "en");
      Step init = registration.initiate();
      Step form = registration.readForm(init, CaRegistrationIT.post(init.message()));
      certReq =
          registration.requestCertificates(
              form,
              Map.of(RegistrationForms.ENROLMENT_CODE, "herbarium-4R6N-P1ZC"),
              CaRegistrationIT.sig(),
              CaRegistrationIT.kx());
      assertThat(
              registration.complete(certReq, CaRegistrationIT.post(certReq.message())).complete())
          .isTrue();
      before = snapshot();
    } finally {
      deployer.undeploy("suite");
    }

    deployer.deploy("suite");
    try {
      assertThat(text("/ca/pki/ca-certs.pem")).isEqualTo(caCerts);
      assertThat(snapshot()).isEqualTo(before);
      // the accepted RRPID survived the restart: the same CertReq is refused as a replay
      MerchantRegistration m = registration;
      Step replayed = certReq;
      assertThatThrownBy(() -> m.complete(replayed, CaRegistrationIT.post(replayed.message())))
          .isInstanceOfSatisfying(
              SetProtocolException.class,
              e -> assertThat(e.refusal()).isEqualTo(Refusal.PEER_ERROR));
      X509Certificate cert = Pki.certificates(issued).get(0);
      assertThat(text("/ca/pki/certs/" + cert.getSerialNumber().toString(16) + ".pem"))
          .isEqualTo(issued);

      OpenSslCli openssl = new OpenSslCli(dir);
      List<X509Certificate> cas = Pki.certificates(caCerts);
      StringBuilder all = new StringBuilder();
      for (X509Certificate c : cas) {
        all.append(Pki.pem(c));
      }
      openssl.write("cas.pem", all.toString());
      openssl.write("mca.pem", Pki.pem(Pki.named(cas, "AgentCard Merchant CA")));
      openssl.write("leaf.pem", issued);
      openssl.write("revoked.pem", text("/ca/pki/certs/" + revokedSerial + ".pem"));
      assertThat(
              openssl.ok(
                  "ocsp",
                  "-issuer",
                  "mca.pem",
                  "-cert",
                  "leaf.pem",
                  "-cert",
                  "revoked.pem",
                  "-url",
                  CaClient.url("/ca/ocsp"),
                  "-CAfile",
                  "cas.pem"))
          .contains(
              "Response verify OK", "leaf.pem: good", "revoked.pem: revoked", "Reason: superseded");
    } finally {
      deployer.undeploy("suite");
    }
  }

  private static String text(String path) throws Exception {
    HttpResponse<byte[]> r = CaClient.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return new String(r.body(), StandardCharsets.US_ASCII);
  }

  /** The CA's records that a restart must leave exactly as they were. */
  private static List<String> snapshot() throws Exception {
    DatabaseSettings db = TestDatabase.settings();
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement()) {
      for (String q :
          List.of(
              "select name, signing_serial, message_serial, exchange_serial, last_crl_number from"
                  + " ca.authority order by name",
              "select serial_hex, status, revoked_at, revocation_reason, md5(der) from"
                  + " ca.certificate_record order by serial_hex",
              "select ca_name, crl_number, md5(der) from ca.crl_record order by ca_name,"
                  + " crl_number",
              "select sequence_num, md5(der) from ca.bci_record order by sequence_num",
              "select md5(content) from ca.key_store",
              "select kind, outcome, requester, certificate_serial, detail from"
                  + " ca.registration_request order by id",
              "select kind, encode(id, 'hex'), keep_until from ca.set_replay order by 2")) {
        try (ResultSet rs = s.executeQuery(q)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              row.append(rs.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
      }
    }
    assertThat(rows).anyMatch(r -> r.startsWith("merchant|"));
    return rows;
  }
}
