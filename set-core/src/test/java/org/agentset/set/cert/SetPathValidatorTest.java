package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every certificate of a complete hierarchy validates, for each scheme, with CRLs and the BCI. */
class SetPathValidatorTest {

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void everyLeafOfTheHierarchyValidatesWithItsProfile(String scheme) throws Exception {
    TestPki pki = TestPki.of(scheme).get();
    SetPathValidator v = pki.validator();
    expect(v, pki, pki.chain(pki.cardholder, pki.cca), CertificateProfile.CARDHOLDER);
    expect(v, pki, pki.chain(pki.wallet, pki.cca), CertificateProfile.WALLET);
    expect(v, pki, pki.chain(pki.customerAgent, pki.cca), CertificateProfile.CUSTOMER_AGENT);
    expect(v, pki, pki.chain(pki.merchantSig, pki.mca), CertificateProfile.MERCHANT_SIGNATURE);
    expect(v, pki, pki.chain(pki.merchantKx, pki.mca), CertificateProfile.MERCHANT_KEY_EXCHANGE);
    expect(v, pki, pki.chain(pki.gatewaySig, pki.pca), CertificateProfile.GATEWAY_SIGNATURE);
    expect(v, pki, pki.chain(pki.gatewayKx, pki.pca), CertificateProfile.GATEWAY_KEY_EXCHANGE);
    expect(
        v,
        pki,
        List.of(pki.ccaSig, pki.geo, pki.brand),
        CertificateProfile.CARDHOLDER_CA_SIGNATURE);
    expect(
        v, pki, List.of(pki.pcaKx, pki.geo, pki.brand), CertificateProfile.GATEWAY_CA_KEY_EXCHANGE);
    expect(
        v, pki, List.of(pki.cca, pki.geo, pki.brand, pki.root), CertificateProfile.CARDHOLDER_CA);
  }

  @Test
  void mlDsaHierarchyValidatesToo() throws Exception {
    TestPki pki = TestPki.mlDsa();
    expect(pki.validator(), pki, pki.chain(pki.cardholder, pki.cca), CertificateProfile.CARDHOLDER);
    expect(
        pki.validator(),
        pki,
        pki.chain(pki.gatewayKx, pki.pca),
        CertificateProfile.GATEWAY_KEY_EXCHANGE);
  }

  @Test
  void aPathWithoutGeoPoliticalCaValidates() throws Exception {
    TestPki pki = TestPki.p256();
    var ccaKeys = TestKeys.p256();
    X509Certificate directCca =
        pki.issuer.issue(
            CertificateSpec.cardholderCa(TestPki.dn("Direct CCA"), ccaKeys.getPublic()),
            pki.brandCa);
    CaCredential direct = new CaCredential(directCca, ccaKeys.getPrivate(), null);
    X509Certificate wallet =
        pki.issuer.issue(
            CertificateSpec.wallet(TestPki.dn("w"), TestKeys.p256().getPublic()), direct);
    ValidatedPath p =
        pki.validator().validate(List.of(wallet, directCca, pki.brand), pki.revocation());
    assertThat(p.leafProfile()).isEqualTo(CertificateProfile.WALLET);
    assertThat(p.certificates()).containsExactly(wallet, directCca, pki.brand, pki.root);
  }

  private static void expect(
      SetPathValidator v, TestPki pki, List<X509Certificate> chain, CertificateProfile profile)
      throws SetPathValidationException {
    ValidatedPath path = v.validate(chain, pki.revocation());
    assertThat(path.leafProfile()).isEqualTo(profile);
    assertThat(path.anchor()).isEqualTo(pki.root);
    assertThat(path.anchoredByRollover()).isFalse();
    assertThat(path.certificates()).endsWith(pki.root).startsWith(chain.get(0));
  }
}
