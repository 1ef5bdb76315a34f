package org.agentset.it.ca;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.agentset.it.SuiteArchive;
import org.agentset.it.TestDatabase;
import org.agentset.server.DatabaseSettings;
import org.agentset.set.asn1.cert.AgentCertificateRequest;
import org.agentset.set.cert.CommunicationRequests;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Communication-certificate requests against the deployed CA: a request must be a CMS SignedData
 * by a cardholder (wallet) or wallet (agent) certificate of this CA; anything else is refused with
 * a reason, recorded, and issues nothing. (A cardholder certificate comes only from cardholder
 * registration, so the issuing path is proven by the unit tests of the policy and service and,
 * end to end, with registration.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaCommunicationIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @BeforeAll
  static void operators() throws Exception {
    CaOperators.seed();
  }

  private static PKCS10CertificationRequest csr(KeyPair keys) throws Exception {
    return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=wallet"), keys.getPublic())
        .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(CaClient.BC).build(keys.getPrivate()));
  }

  @Test
  void aWalletRequestSignedByAMerchantCertificateIsRefusedAndRecorded() throws Exception {
    KeyPair merchantKeys = CaClient.p256();
    X509Certificate merchant =
        Pki.certificates(CaClient.issueMerchant("CN=Not A Cardholder, C=NL", merchantKeys, "NC-1")).get(0);
    byte[] request =
        new CommunicationRequests(CaClient.BC)
            .wallet(csr(CaClient.p256()), merchant, merchantKeys.getPrivate(), Instant.now());
    long before = issuedCount();
    HttpResponse<byte[]> r = CaClient.post("/ca/comm/wallet", "application/cms", request);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("must be signed by a cardholder certificate");
    assertThat(issuedCount()).isEqualTo(before);
    assertThat(lastRefusal()).containsExactly("WALLET", "REFUSED", "The request must be signed by a cardholder certificate.");
  }

  @Test
  void requestsBySomeoneElsesCertificatesOrNotSignedAtAllAreRefused() throws Exception {
    // a self-made "wallet" certificate the CA never issued
    KeyPair walletKeys = CaClient.p256();
    X509Certificate foreign = selfSigned(walletKeys);
    AgentCertificateRequest agent =
        new AgentCertificateRequest("agent-1", Instant.now().plusSeconds(3600), csr(CaClient.p256()).toASN1Structure());
    byte[] request =
        new CommunicationRequests(CaClient.BC).customerAgent(agent, foreign, walletKeys.getPrivate(), Instant.now());
    HttpResponse<byte[]> r = CaClient.post("/ca/comm/agent", "application/cms", request);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("not signed by a wallet certificate this CA issued");

    HttpResponse<byte[]> garbage = CaClient.post("/ca/comm/wallet", "application/cms", "hello".getBytes(StandardCharsets.US_ASCII));
    assertThat(garbage.statusCode()).isEqualTo(400);
    assertThat(new String(garbage.body(), StandardCharsets.UTF_8)).contains("not a CMS SignedData");
    assertThat(CaClient.post("/ca/comm/wallet", "text/plain", request).statusCode()).isEqualTo(415);
    // an agent request sent to the wallet endpoint has the wrong content type
    HttpResponse<byte[]> wrongKind = CaClient.post("/ca/comm/wallet", "application/cms", request);
    assertThat(new String(wrongKind.body(), StandardCharsets.UTF_8)).contains("content type");
  }

  private static X509Certificate selfSigned(KeyPair keys) throws Exception {
    X500Name name = new X500Name("CN=Foreign Wallet");
    var b =
        new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(
            name,
            java.math.BigInteger.valueOf(System.nanoTime()),
            java.util.Date.from(Instant.now().minusSeconds(60)),
            java.util.Date.from(Instant.now().plusSeconds(86400)),
            name,
            keys.getPublic());
    return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
        .setProvider(CaClient.BC)
        .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(CaClient.BC).build(keys.getPrivate())));
  }

  private static long issuedCount() throws Exception {
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement s = c.prepareStatement("select count(*) from ca.certificate_record where cert_type in ('WALLET', 'CUSTOMER_AGENT')");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> lastRefusal() throws Exception {
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement s =
            c.prepareStatement("select kind, outcome, detail from ca.registration_request order by id desc limit 1");
        ResultSet rs = s.executeQuery()) {
      List<String> row = new ArrayList<>();
      if (rs.next()) {
        row.add(rs.getString(1));
        row.add(rs.getString(2));
        row.add(rs.getString(3));
      }
      return row;
    }
  }
}
