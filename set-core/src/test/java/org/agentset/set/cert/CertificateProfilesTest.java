package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import org.agentset.set.asn1.cert.CertificateType.Entity;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the issuer writes into each profile: type, key usage separation, constraints, identifiers.
 */
class CertificateProfilesTest {

  // keyUsage booleans: digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment,
  // keyAgreement, keyCertSign, cRLSign
  private static final boolean[] CA = {false, false, false, false, false, true, true};
  private static final boolean[] SIG = {true, false, false, false, false, false, false};
  private static final boolean[] RSA_KX = {false, false, true, false, false, false, false};
  private static final boolean[] EC_KX = {false, false, false, false, true, false, false};
  // a wallet's communication key signs and receives payment starts
  private static final boolean[] RSA_COMM = {true, false, true, false, false, false, false};
  private static final boolean[] EC_COMM = {true, false, false, false, true, false, false};

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void keyUsageConstraintsAndTypePerProfile(String scheme) {
    TestPki pki = TestPki.of(scheme).get();
    boolean[] kx = scheme.equals("rsa") ? RSA_KX : EC_KX;
    boolean[] comm = scheme.equals("rsa") ? RSA_COMM : EC_COMM;
    Map<X509Certificate, Object[]> expected =
        Map.ofEntries(
            Map.entry(pki.root, new Object[] {CertificateProfile.ROOT, CA, 3}),
            Map.entry(pki.brand, new Object[] {CertificateProfile.BRAND, CA, 2}),
            Map.entry(pki.geo, new Object[] {CertificateProfile.GEO_POLITICAL, CA, 1}),
            Map.entry(pki.cca, new Object[] {CertificateProfile.CARDHOLDER_CA, CA, 0}),
            Map.entry(pki.mca, new Object[] {CertificateProfile.MERCHANT_CA, CA, 0}),
            Map.entry(pki.pca, new Object[] {CertificateProfile.GATEWAY_CA, CA, 0}),
            Map.entry(pki.cardholder, new Object[] {CertificateProfile.CARDHOLDER, SIG, -1}),
            Map.entry(
                pki.merchantSig, new Object[] {CertificateProfile.MERCHANT_SIGNATURE, SIG, -1}),
            Map.entry(
                pki.merchantKx, new Object[] {CertificateProfile.MERCHANT_KEY_EXCHANGE, kx, -1}),
            Map.entry(pki.gatewaySig, new Object[] {CertificateProfile.GATEWAY_SIGNATURE, SIG, -1}),
            Map.entry(
                pki.gatewayKx, new Object[] {CertificateProfile.GATEWAY_KEY_EXCHANGE, kx, -1}),
            Map.entry(pki.wallet, new Object[] {CertificateProfile.WALLET, comm, -1}),
            Map.entry(pki.customerAgent, new Object[] {CertificateProfile.CUSTOMER_AGENT, SIG, -1}),
            Map.entry(
                pki.ccaSig, new Object[] {CertificateProfile.CARDHOLDER_CA_SIGNATURE, SIG, -1}),
            Map.entry(
                pki.pcaKx, new Object[] {CertificateProfile.GATEWAY_CA_KEY_EXCHANGE, kx, -1}));
    for (var e : expected.entrySet()) {
      X509Certificate c = e.getKey();
      CertificateProfile p = (CertificateProfile) e.getValue()[0];
      SetCertificateInfo info = SetCertificateInfo.of(c);
      assertThat(info.profile()).as(p.name()).contains(p);
      assertThat(java.util.Arrays.copyOf(c.getKeyUsage(), 7))
          .as(p + " keyUsage")
          .isEqualTo((boolean[]) e.getValue()[1]);
      assertThat(c.getBasicConstraints())
          .as(p + " pathLen")
          .isEqualTo((int) e.getValue()[2] < 0 ? -1 : (int) e.getValue()[2]);
      assertThat(c.getCriticalExtensionOIDs())
          .as(p + " critical")
          .containsExactlyInAnyOrder(
              Extension.keyUsage.getId(),
              Extension.basicConstraints.getId(),
              Extension.certificatePolicies.getId());
      assertThat(info.hasSetPolicy()).isTrue();
      assertThat(c.getSerialNumber().signum()).isPositive();
      assertThat(c.getSerialNumber().bitLength()).isBetween(100, 127);
      assertThat(info.subjectKeyId()).hasSize(20);
      if (p != CertificateProfile.ROOT) {
        assertThat(info.authorityKeyId()).isNotNull();
      }
      if (p.entity() != null) {
        assertThat(info.certificateType().orElseThrow().isOnly(p.entity())).isTrue();
        assertThat(info.agentCertificateType()).isEmpty();
      } else {
        assertThat(info.certificateType()).isEmpty();
        assertThat(info.agentCertificateType().orElseThrow().role()).isEqualTo(p.agentRole());
      }
      assertThat(info.hashedRootKey().isPresent()).isEqualTo(p == CertificateProfile.ROOT);
      assertThat(info.merchantData().isPresent()).isEqualTo(p.entity() == Entity.MER);
      if (scheme.equals("rsa")) {
        assertThat(c.getSigAlgOID()).isEqualTo("1.2.840.113549.1.1.10");
      } else {
        assertThat(c.getSigAlgOID()).isEqualTo("1.2.840.10045.4.3.2");
      }
    }
    assertThat(SetCertificateInfo.of(pki.gatewaySig).cardCertRequired().orElseThrow().required())
        .isTrue();
    assertThat(SetCertificateInfo.of(pki.gatewayKx).tunneling()).isPresent();
    assertThat(SetCertificateInfo.of(pki.merchantSig).merchantData().orElseThrow().acquirerBin())
        .isEqualTo("412345");
  }

  @Test
  void crlDistributionPointsOnlyWhereTheIssuerPublishesCrls() {
    TestPki pki = TestPki.p256();
    assertThat(pki.gatewaySig.getExtensionValue(Extension.cRLDistributionPoints.getId()))
        .isNotNull();
    assertThat(pki.brand.getExtensionValue(Extension.cRLDistributionPoints.getId())).isNotNull();
    assertThat(pki.cardholder.getExtensionValue(Extension.cRLDistributionPoints.getId())).isNull();
    assertThat(pki.root.getExtensionValue(Extension.cRLDistributionPoints.getId())).isNull();
  }

  @Test
  void issuerRefusesWhatTheProfilesForbid() {
    TestPki pki = TestPki.p256();
    var key = TestKeys.p256().getPublic();
    assertThatThrownBy(
            () -> pki.issuer.issue(CertificateSpec.brand(TestPki.dn("b"), key), pki.brandCa))
        .hasMessageContaining("cannot be issued by BRAND");
    assertThatThrownBy(
            () ->
                pki.issuer.issue(
                    CertificateSpec.wallet(TestPki.dn("w"), key).validity(Duration.ofDays(5000)),
                    pki.ccaCa))
        .hasMessageContaining("outlast");
    assertThatThrownBy(() -> CertificateSpec.brand(TestPki.dn("b"), key).pathLength(3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CertificateSpec.root(TestPki.dn("r"), key, key))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> CertificateSpec.of(CertificateProfile.CARDHOLDER, TestPki.dn("c"), key))
        .isInstanceOf(IllegalArgumentException.class);
    var rsa2048 = rsa2048();
    assertThatThrownBy(
            () -> pki.issuer.issue(CertificateSpec.wallet(TestPki.dn("w"), rsa2048), pki.ccaCa))
        .hasMessageContaining("3072");
    CaCredential endEntity = new CaCredential(pki.merchantSig, pki.mcaCa.privateKey(), null, null);
    assertThatThrownBy(
            () ->
                new SetCrlIssuer(TestKeys.BC, TestPki.ISSUE_CLOCK)
                    .issue(
                        endEntity,
                        java.math.BigInteger.ONE,
                        Duration.ofDays(1),
                        java.util.List.of()))
        .hasMessageContaining("does not publish CRLs");
  }

  private static java.security.PublicKey rsa2048() {
    try {
      var g = java.security.KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair().getPublic();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
