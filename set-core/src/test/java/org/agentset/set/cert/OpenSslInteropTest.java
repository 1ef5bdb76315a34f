package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.CRLReason;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every certificate and CRL the library produces, for the rsa (RSASSA-PSS) and p256 suites, is
 * parsed and path-validated by OpenSSL, with {@code -x509_strict}, at the hierarchy's validation
 * instant. ML-DSA is exempt: OpenSSL 3.0 does not implement it.
 */
class OpenSslInteropTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void opensslParsesAndVerifiesEverything(String scheme) throws Exception {
    TestPki pki = TestPki.of(scheme).get();
    OpenSsl openssl = new OpenSsl(dir);
    String attime = Long.toString(TestPki.CHECK_CLOCK.instant().getEpochSecond());

    Map<String, X509Certificate> all = new LinkedHashMap<>();
    all.put("root", pki.root);
    all.put("brand", pki.brand);
    all.put("geo", pki.geo);
    all.put("cca", pki.cca);
    all.put("mca", pki.mca);
    all.put("pca", pki.pca);
    all.put("cardholder", pki.cardholder);
    all.put("merchant-sig", pki.merchantSig);
    all.put("merchant-kx", pki.merchantKx);
    all.put("gateway-sig", pki.gatewaySig);
    all.put("gateway-kx", pki.gatewayKx);
    all.put("wallet", pki.wallet);
    all.put("customer-agent", pki.customerAgent);
    all.put("cca-sig", pki.ccaSig);
    all.put("pca-kx", pki.pcaKx);
    for (var e : all.entrySet()) {
      Path der = openssl.der(e.getKey(), e.getValue());
      String text = openssl.ok("x509", "-inform", "DER", "-in", der.toString(), "-noout", "-text");
      boolean agent = e.getKey().equals("wallet") || e.getKey().equals("customer-agent");
      assertThat(text)
          .as(e.getKey())
          .contains(
              agent
                  ? org.agentset.set.asn1.cert.SetCertObjectIdentifiers.AGENT_CERTIFICATE_TYPE
                      .getId()
                  : "setCext-certType")
          .contains("Policy: set-policy-root");
      if (scheme.equals("rsa")) {
        assertThat(text).as(e.getKey()).contains("Signature Algorithm: rsassaPss");
      }
      openssl.ok("asn1parse", "-inform", "DER", "-in", der.toString());
    }
    Path rootPem = openssl.pem("root", List.of(pki.root), List.of());
    verify(
        openssl,
        attime,
        rootPem,
        "cardholder",
        pki.cardholder,
        List.of(pki.cca, pki.geo, pki.brand));
    verify(openssl, attime, rootPem, "wallet", pki.wallet, List.of(pki.cca, pki.geo, pki.brand));
    verify(
        openssl,
        attime,
        rootPem,
        "customer-agent",
        pki.customerAgent,
        List.of(pki.cca, pki.geo, pki.brand));
    verify(
        openssl,
        attime,
        rootPem,
        "merchant-sig",
        pki.merchantSig,
        List.of(pki.mca, pki.geo, pki.brand));
    verify(
        openssl,
        attime,
        rootPem,
        "merchant-kx",
        pki.merchantKx,
        List.of(pki.mca, pki.geo, pki.brand));
    verify(
        openssl,
        attime,
        rootPem,
        "gateway-sig",
        pki.gatewaySig,
        List.of(pki.pca, pki.geo, pki.brand));
    verify(
        openssl,
        attime,
        rootPem,
        "gateway-kx",
        pki.gatewayKx,
        List.of(pki.pca, pki.geo, pki.brand));
    verify(openssl, attime, rootPem, "cca-sig", pki.ccaSig, List.of(pki.geo, pki.brand));
    verify(openssl, attime, rootPem, "pca-kx", pki.pcaKx, List.of(pki.geo, pki.brand));

    int i = 0;
    for (X509CRL crl : pki.crls) {
      Path der = openssl.der("crl" + i++, crl);
      assertThat(openssl.ok("crl", "-inform", "DER", "-in", der.toString(), "-noout", "-text"))
          .contains("X509v3 CRL Number");
      openssl.ok("asn1parse", "-inform", "DER", "-in", der.toString());
    }
    // every CA on the gateway's path publishes a CRL: check them all
    Path crlPem = openssl.pem("crls", List.of(), pki.crls);
    Path chain = openssl.pem("gw-chain", List.of(pki.pca, pki.geo, pki.brand), List.of());
    Path leaf = openssl.pem("gw-leaf", List.of(pki.gatewaySig), List.of());
    String good =
        openssl.ok(
            "verify",
            "-x509_strict",
            "-attime",
            attime,
            "-crl_check_all",
            "-CRLfile",
            crlPem.toString(),
            "-CAfile",
            rootPem.toString(),
            "-untrusted",
            chain.toString(),
            leaf.toString());
    assertThat(good).contains(": OK");

    List<X509CRL> revoking = new ArrayList<>(pki.crls);
    X509CRL crl2 =
        new SetCrlIssuer(TestKeys.BC, TestPki.ISSUE_CLOCK)
            .issue(
                pki.pcaCa,
                BigInteger.TWO,
                Duration.ofDays(7),
                List.of(
                    new SetCrlIssuer.Revocation(
                        pki.gatewaySig.getSerialNumber(), TestPki.T0, CRLReason.keyCompromise)));
    revoking.removeIf(c -> c.getIssuerX500Principal().equals(pki.pca.getSubjectX500Principal()));
    revoking.add(crl2);
    assertThat(
            openssl.ok(
                "crl",
                "-inform",
                "DER",
                "-in",
                openssl.der("crl2", crl2).toString(),
                "-noout",
                "-text"))
        .contains("Key Compromise");
    Path revokedPem = openssl.pem("crls-revoking", List.of(), revoking);
    OpenSsl.Result bad =
        openssl.run(
            "verify",
            "-x509_strict",
            "-attime",
            attime,
            "-crl_check",
            "-CRLfile",
            revokedPem.toString(),
            "-CAfile",
            rootPem.toString(),
            "-untrusted",
            chain.toString(),
            leaf.toString());
    assertThat(bad.exitCode()).isNotZero();
    assertThat(bad.output()).contains("certificate revoked");
  }

  private static void verify(
      OpenSsl openssl,
      String attime,
      Path rootPem,
      String name,
      X509Certificate leaf,
      List<X509Certificate> untrusted)
      throws Exception {
    Path chain = openssl.pem(name + "-chain", untrusted, List.of());
    Path leafPem = openssl.pem(name + "-leaf", List.of(leaf), List.of());
    String out =
        openssl.ok(
            "verify",
            "-x509_strict",
            "-attime",
            attime,
            "-CAfile",
            rootPem.toString(),
            "-untrusted",
            chain.toString(),
            leafPem.toString());
    assertThat(out).as(name).contains(": OK");
  }
}
