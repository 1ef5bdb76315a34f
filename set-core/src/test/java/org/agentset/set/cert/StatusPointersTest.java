package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where standard tools find status: the CRL Distribution Points and Authority Information Access
 * (OCSP) extensions the issuer writes from the issuing CA's credential, and the cardholder CA's own
 * CRL, which AgentSET publishes for communication certificates.
 */
class StatusPointersTest {

  private static final URI CRL = URI.create("http://pki.agentset.test/ca/pki/crl/communication.crl");
  private static final URI OCSP = URI.create("http://pki.agentset.test/ca/ocsp");

  @TempDir Path dir;

  @Test
  void certificatesNameTheirIssuersCrlAndOcspResponder() {
    TestPki pki = TestPki.p256();
    CaCredential cca = new CaCredential(pki.cca, pki.ccaCa.privateKey(), CRL, OCSP);
    X509Certificate wallet =
        pki.issuer.issue(
            CertificateSpec.wallet(TestPki.dn("Wallet 8"), TestKeys.p256().getPublic()), cca);

    assertThat(distributionPoints(wallet)).containsExactly(CRL.toString());
    AccessDescription[] access = accessDescriptions(wallet);
    assertThat(access).hasSize(1);
    assertThat(access[0].getAccessMethod()).isEqualTo(X509ObjectIdentifiers.id_ad_ocsp);
    assertThat(access[0].getAccessLocation().getTagNo())
        .isEqualTo(GeneralName.uniformResourceIdentifier);
    assertThat(ASN1IA5String.getInstance(access[0].getAccessLocation().getName()).getString())
        .isEqualTo(OCSP.toString());
    assertThat(wallet.getNonCriticalExtensionOIDs())
        .contains(Extension.authorityInfoAccess.getId(), Extension.cRLDistributionPoints.getId());
  }

  @Test
  void theRootMayNameItsOwnCrlAndResponder() {
    KeyPair root = TestKeys.p256();
    X509Certificate cert =
        TestPki.p256()
            .issuer
            .issueRoot(
                CertificateSpec.root(TestPki.dn("Root 2"), root.getPublic(), TestKeys.p256().getPublic()),
                root,
                URI.create("http://pki.agentset.test/ca/pki/crl/root.crl"),
                OCSP);
    assertThat(distributionPoints(cert)).containsExactly("http://pki.agentset.test/ca/pki/crl/root.crl");
    assertThat(accessDescriptions(cert)).hasSize(1);
    assertThat(cert.getExtensionValue(Extension.authorityKeyIdentifier.getId())).isNull();
    assertThat(SetCertificateInfo.of(cert).profile()).contains(CertificateProfile.ROOT);
  }

  @Test
  void noPointersWhereTheIssuerHasNone() {
    TestPki pki = TestPki.p256();
    CaCredential bare = new CaCredential(pki.cca, pki.ccaCa.privateKey(), null, null);
    X509Certificate wallet =
        pki.issuer.issue(
            CertificateSpec.wallet(TestPki.dn("Wallet 9"), TestKeys.p256().getPublic()), bare);
    assertThat(wallet.getExtensionValue(Extension.authorityInfoAccess.getId())).isNull();
    assertThat(wallet.getExtensionValue(Extension.cRLDistributionPoints.getId())).isNull();
    // the three-argument form names no responder
    assertThat(pki.mcaCa.ocspUri()).isEmpty();
    assertThat(pki.merchantSig.getExtensionValue(Extension.authorityInfoAccess.getId())).isNull();
  }

  @Test
  void theCardholderCaPublishesACrlThatOpenSslChecks() throws Exception {
    TestPki pki = TestPki.p256();
    CaCredential cca = new CaCredential(pki.cca, pki.ccaCa.privateKey(), CRL, OCSP);
    KeyPair agentKeys = TestKeys.p256();
    X509Certificate agent =
        pki.issuer.issue(
            CertificateSpec.customerAgent(TestPki.dn("Agent 12"), agentKeys.getPublic()), cca);
    X509Certificate other =
        pki.issuer.issue(
            CertificateSpec.customerAgent(TestPki.dn("Agent 13"), TestKeys.p256().getPublic()),
            cca);
    X509CRL crl =
        new SetCrlIssuer(TestKeys.BC, TestPki.ISSUE_CLOCK)
            .issue(
                cca,
                BigInteger.TWO,
                Duration.ofDays(1),
                List.of(
                    new SetCrlIssuer.Revocation(
                        agent.getSerialNumber(),
                        Instant.parse("2026-02-28T12:00:00Z"),
                        CRLReason.cessationOfOperation)));
    assertThat(crl.getRevokedCertificate(agent.getSerialNumber())).isNotNull();
    assertThat(crl.getRevokedCertificate(other.getSerialNumber())).isNull();

    OpenSsl openssl = new OpenSsl(dir);
    Path agentDer = Files.write(dir.resolve("agent.der"), agent.getEncoded());
    assertThat(openssl.ok("x509", "-inform", "DER", "-in", agentDer.toString(), "-noout", "-ocsp_uri"))
        .isEqualToIgnoringNewLines(OCSP.toString());
    // TestPki issues at a fixed past instant: verify an hour later, inside the CRL's day
    String at = Long.toString(TestPki.T0.plus(Duration.ofHours(1)).getEpochSecond());
    Path trusted = openssl.pem("trusted", List.of(pki.root, pki.brand, pki.geo, pki.cca), List.of());
    Path crls =
        openssl.pem(
            "crls",
            List.of(),
            List.of(crl, pki.crls.get(0), pki.crls.get(1), pki.crls.get(2)));
    Path revoked = openssl.pem("agent", List.of(agent), List.of());
    Path good = openssl.pem("other", List.of(other), List.of());
    OpenSsl.Result refused =
        openssl.run(
            "verify", "-attime", at, "-CAfile", trusted.toString(), "-CRLfile", crls.toString(),
            "-crl_check", revoked.toString());
    assertThat(refused.exitCode()).isNotZero();
    assertThat(refused.output()).contains("certificate revoked");
    assertThat(
            openssl.ok(
                "verify", "-attime", at, "-CAfile", trusted.toString(), "-CRLfile",
                crls.toString(), "-crl_check", good.toString()))
        .contains("OK");
  }

  private static List<String> distributionPoints(X509Certificate c) {
    byte[] ext = c.getExtensionValue(Extension.cRLDistributionPoints.getId());
    CRLDistPoint cdp = CRLDistPoint.getInstance(ASN1OctetString.getInstance(ext).getOctets());
    return java.util.Arrays.stream(cdp.getDistributionPoints())
        .map(DistributionPoint::getDistributionPoint)
        .map(n -> GeneralNames.getInstance(n.getName()).getNames())
        .flatMap(java.util.Arrays::stream)
        .map(n -> ASN1IA5String.getInstance(n.getName()).getString())
        .toList();
  }

  private static AccessDescription[] accessDescriptions(X509Certificate c) {
    byte[] ext = c.getExtensionValue(Extension.authorityInfoAccess.getId());
    return AuthorityInformationAccess.getInstance(ASN1OctetString.getInstance(ext).getOctets())
        .getAccessDescriptions();
  }
}
