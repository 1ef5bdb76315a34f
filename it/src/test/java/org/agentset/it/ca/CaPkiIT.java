package org.agentset.it.ca;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.agentset.set.asn1.cert.CRLIdentifier;
import org.agentset.set.cert.BrandCrlIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployed CA as standard tools see it: OpenSSL verifies every CA certificate and CRL it
 * serves, follows the CRL distribution points and OCSP URL written into an issued certificate, and
 * reports a revocation in the very next CRL and OCSP answer; the BrandCRLIdentifier follows. Bad
 * input gets the documented answers and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaPkiIT {

  private static final String[] CAS = {
    "root", "brand", "geo", "cardholder", "merchant", "gateway", "communication"
  };

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @TempDir Path dir;

  @BeforeAll
  static void operators() throws Exception {
    CaOperators.seed();
  }

  private List<X509Certificate> cas() throws Exception {
    HttpResponse<byte[]> r = CaClient.get("/ca/pki/ca-certs.pem");
    assertThat(r.statusCode()).isEqualTo(200);
    return Pki.certificates(new String(r.body(), StandardCharsets.US_ASCII));
  }

  /** Writes the CA certificates and every current CRL for OpenSSL. */
  private OpenSslCli openssl(List<X509Certificate> cas) throws Exception {
    OpenSslCli openssl = new OpenSslCli(dir);
    StringBuilder pem = new StringBuilder();
    for (X509Certificate c : cas) {
      pem.append(Pki.pem(c));
    }
    openssl.write("cas.pem", pem.toString());
    StringBuilder crls = new StringBuilder();
    for (String ca : CAS) {
      HttpResponse<byte[]> crl = CaClient.get("/ca/pki/crl/" + ca + ".crl");
      assertThat(crl.statusCode()).as(ca).isEqualTo(200);
      assertThat(crl.headers().firstValue("Content-Type")).contains("application/pkix-crl");
      openssl.write(ca + ".crl", crl.body());
      crls.append(Pki.crlPem(crl.body()));
    }
    openssl.write("crls.pem", crls.toString());
    return openssl;
  }

  @Test
  void openSslVerifiesEveryCaCertificateAndEveryCrl() throws Exception {
    List<X509Certificate> cas = cas();
    assertThat(cas).hasSize(7);
    OpenSslCli openssl = openssl(cas);
    for (String ca : CAS) {
      OpenSslCli.Result crl =
          openssl.run(
              "crl",
              "-inform",
              "DER",
              "-in",
              ca + ".crl",
              "-CAfile",
              "cas.pem",
              "-noout",
              "-crlnumber");
      assertThat(crl.exitCode()).as(ca).isZero();
      assertThat(crl.output()).as(ca).contains("verify OK").contains("crlNumber=");
    }
    for (int i = 0; i < cas.size(); i++) {
      openssl.write("ca" + i + ".pem", Pki.pem(cas.get(i)));
      assertThat(
              openssl.ok(
                  "verify",
                  "-x509_strict",
                  "-crl_check_all",
                  "-CAfile",
                  "cas.pem",
                  "-CRLfile",
                  "crls.pem",
                  "ca" + i + ".pem"))
          .contains("ca" + i + ".pem: OK");
    }
  }

  @Test
  void aRevocationShowsInTheNextCrlOcspAnswerAndBci() throws Exception {
    List<X509Certificate> cas = cas();
    OpenSslCli openssl = openssl(cas);
    openssl.write("mca.pem", Pki.pem(Pki.named(cas, "AgentCard Merchant CA")));
    KeyPair keys = CaClient.p256();
    String pem = CaClient.issueMerchant("CN=Revoked Books, O=Revoked Books, C=NL", keys, "RB-1");
    openssl.write("leaf.pem", pem);
    X509Certificate leaf = Pki.certificates(pem).get(0);
    String serial = leaf.getSerialNumber().toString(16);
    assertThat(
            openssl.ok(
                "x509",
                "-in",
                "leaf.pem",
                "-noout",
                "-ext",
                "crlDistributionPoints,authorityInfoAccess"))
        .contains(CaClient.url("/ca/pki/crl/merchant.crl"))
        .contains("OCSP - URI:" + CaClient.url("/ca/ocsp"));
    // good before: CRLs downloaded by OpenSSL itself from the distribution points, and OCSP
    assertThat(
            openssl.ok(
                "verify", "-crl_check_all", "-crl_download", "-CAfile", "cas.pem", "leaf.pem"))
        .contains("leaf.pem: OK");
    assertThat(ocsp(openssl)).contains("Response verify OK").contains("leaf.pem: good");
    long bciBefore = bci().tbs().sequenceNum().longValueExact();

    HttpResponse<String> revoked =
        CaClient.postJson(
            "/ca/api/admin/certificates/" + serial + "/revocation",
            CaOperators.ADMIN,
            "{\"reason\":\"KEY_COMPROMISE\"}");
    assertThat(revoked.statusCode()).isEqualTo(200);
    assertThat(revoked.body())
        .contains("\"status\":\"REVOKED\"", "\"revocationReason\":\"KEY_COMPROMISE\"");

    OpenSslCli.Result after =
        openssl.run("verify", "-crl_check_all", "-crl_download", "-CAfile", "cas.pem", "leaf.pem");
    assertThat(after.exitCode()).isNotZero();
    assertThat(after.output()).contains("certificate revoked");
    assertThat(ocsp(openssl))
        .contains("Response verify OK")
        .contains("leaf.pem: revoked")
        .contains("Reason: keyCompromise");
    byte[] crl = CaClient.get("/ca/pki/crl/merchant.crl").body();
    openssl.write("merchant-after.crl", crl);
    assertThat(openssl.ok("crl", "-inform", "DER", "-in", "merchant-after.crl", "-noout", "-text"))
        .contains("Serial Number: " + opensslSerial(leaf.getSerialNumber()))
        .contains("Key Compromise");

    BrandCRLIdentifier bci = bci();
    assertThat(bci.tbs().sequenceNum().longValueExact()).isGreaterThan(bciBefore);
    BigInteger merchantCrl =
        BrandCrlIdentifiers.crlNumber(
                (java.security.cert.X509CRL)
                    java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCRL(new java.io.ByteArrayInputStream(crl)))
            .orElseThrow();
    X500Name mca =
        X500Name.getInstance(
            Pki.named(cas, "AgentCard Merchant CA").getSubjectX500Principal().getEncoded());
    assertThat(bci.tbs().crls())
        .filteredOn(id -> id.issuer().equals(mca))
        .extracting(CRLIdentifier::crlNumber)
        .containsExactly(merchantCrl);
    assertThat(bci.tbs().crls()).hasSize(7);
    assertThat(
            new BrandCrlIdentifiers(CaClient.BC, Clock.systemUTC())
                .verifies(bci, Pki.named(cas, "AgentCard Brand CA")))
        .isTrue();
  }

  @Test
  void anAuditorCannotRevokeAndNothingChanges() throws Exception {
    String pem =
        CaClient.issueMerchant("CN=Kept Books, O=Kept Books, C=NL", CaClient.p256(), "KB-1");
    String serial = Pki.certificates(pem).get(0).getSerialNumber().toString(16);
    byte[] crlBefore = CaClient.get("/ca/pki/crl/merchant.crl").body();
    HttpResponse<String> refused =
        CaClient.postJson(
            "/ca/api/admin/certificates/" + serial + "/revocation",
            CaOperators.AUDITOR,
            "{\"reason\":\"KEY_COMPROMISE\"}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Only a CA administrator");
    assertThat(CaClient.get("/ca/pki/crl/merchant.crl").body()).isEqualTo(crlBefore);
    assertThat(
            CaClient.postJson(
                    "/ca/api/admin/certificates",
                    CaOperators.AUDITOR,
                    CaClient.merchantRequest(
                        CaClient.csr("CN=Auditor Shop", CaClient.p256()), "AS-1"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aKeyIsNeverCertifiedTwice() throws Exception {
    KeyPair keys = CaClient.p256();
    CaClient.issueMerchant("CN=Once Books, C=NL", keys, "OB-1");
    HttpResponse<String> again =
        CaClient.postJson(
            "/ca/api/admin/certificates",
            CaOperators.ADMIN,
            CaClient.merchantRequest(CaClient.csr("CN=Twice Books, C=NL", keys), "OB-2"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("never certified twice");
  }

  @Test
  void issuedCertificatesAreServedBySerialAndUnknownOnesAre404() throws Exception {
    String pem = CaClient.issueMerchant("CN=Served Books, C=NL", CaClient.p256(), "SB-1");
    BigInteger serial = Pki.certificates(pem).get(0).getSerialNumber();
    HttpResponse<byte[]> served =
        CaClient.get("/ca/pki/certs/" + serial.toString(16).toUpperCase() + ".pem");
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(Pki.certificates(new String(served.body(), StandardCharsets.US_ASCII)))
        .containsExactlyElementsOf(Pki.certificates(pem));
    assertThat(
            CaClient.get("/ca/pki/certs/" + serial.add(BigInteger.ONE).toString(16) + ".pem")
                .statusCode())
        .isEqualTo(404);
    assertThat(CaClient.get("/ca/pki/certs/not-hex.pem").statusCode()).isEqualTo(404);
    assertThat(CaClient.get("/ca/pki/crl/nosuchca.crl").statusCode()).isEqualTo(404);
  }

  @Test
  void malformedOcspRequestsGetMalformedRequest() throws Exception {
    HttpResponse<byte[]> post =
        CaClient.post(
            "/ca/ocsp",
            "application/ocsp-request",
            "not an OCSP request".getBytes(StandardCharsets.US_ASCII));
    assertThat(post.statusCode()).isEqualTo(200);
    assertThat(post.headers().firstValue("Content-Type")).contains("application/ocsp-response");
    assertThat(new OCSPResp(post.body()).getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
    HttpResponse<byte[]> get = CaClient.get("/ca/ocsp/MAMCAQA%3D");
    assertThat(new OCSPResp(get.body()).getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
  }

  private String ocsp(OpenSslCli openssl) {
    return openssl.ok(
        "ocsp",
        "-issuer",
        "mca.pem",
        "-cert",
        "leaf.pem",
        "-url",
        CaClient.url("/ca/ocsp"),
        "-CAfile",
        "cas.pem");
  }

  private static BrandCRLIdentifier bci() throws Exception {
    HttpResponse<byte[]> r = CaClient.get("/ca/pki/bci");
    assertThat(r.statusCode()).isEqualTo(200);
    return BrandCRLIdentifier.getInstance(
        org.agentset.set.asn1.cert.StrictDer.parse(r.body(), 64 * 1024, "bci"));
  }

  /** A serial as OpenSSL prints it: upper-case hex, padded to whole bytes. */
  private static String opensslSerial(java.math.BigInteger serial) {
    String hex = serial.toString(16).toUpperCase();
    return hex.length() % 2 == 0 ? hex : "0" + hex;
  }
}
