package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.agentset.set.asn1.cert.SetCertObjectIdentifiers;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

/**
 * Each structural {@link PathRule} fails on a path built to break exactly that rule (P-256
 * hierarchy); the revocation rules are in {@link RevocationRuleFailureTest}.
 */
class PathRuleFailureTest {

  private final TestPki pki = TestPki.p256();
  private final SetPathValidator validator = pki.validator();

  private static void fails(ThrowingCallable call, PathRule rule, int position) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SetPathValidationException.class,
            e -> {
              assertThat(e.rule()).as(e.getMessage()).isEqualTo(rule);
              assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
            });
  }

  private void failsFor(X509Certificate leaf, X509Certificate ca, PathRule rule, int position) {
    fails(() -> validator.validate(pki.chain(leaf, ca), pki.revocation()), rule, position);
  }

  @Test
  void chainShape() {
    fails(() -> validator.validate(List.of(), pki.revocation()), PathRule.CHAIN_SHAPE, 0);
    List<X509Certificate> tooLong = new ArrayList<>(pki.chain(pki.cardholder, pki.cca));
    tooLong.addAll(List.of(pki.root, pki.root, pki.root));
    fails(() -> validator.validate(tooLong, pki.revocation()), PathRule.CHAIN_SHAPE, 0);
  }

  @Test
  void malformedCertificateTypeNamesTheField() {
    X509Certificate bad =
        Forge.modify(
            pki.cardholder,
            pki.ccaCa.privateKey(),
            b ->
                b.replaceExtension(
                    SetCertObjectIdentifiers.CERTIFICATE_TYPE,
                    false,
                    new DERBitString(new byte[] {0x00, 0x08}, 3)));
    fails(
        () -> validator.validate(pki.chain(bad, pki.cca), pki.revocation()),
        PathRule.MALFORMED_EXTENSION,
        0);
    assertThatThrownBy(() -> validator.validate(pki.chain(bad, pki.cca), pki.revocation()))
        .hasMessageContaining("certificateType");
  }

  @Test
  void missingCertificateType() {
    X509Certificate bad =
        Forge.modify(
            pki.cardholder,
            pki.ccaCa.privateKey(),
            b -> b.removeExtension(SetCertObjectIdentifiers.CERTIFICATE_TYPE));
    failsFor(bad, pki.cca, PathRule.CERTIFICATE_TYPE, 0);
  }

  @Test
  void unknownRoot() {
    SetPathValidator other = TestPki.rsa().validator();
    fails(
        () -> other.validate(pki.chain(pki.cardholder, pki.cca), pki.revocation()),
        PathRule.UNKNOWN_ROOT,
        3);
  }

  @Test
  void untrustedSelfSignedNonRootIsUnknownRoot() {
    KeyPair k = TestKeys.p256();
    X509Certificate selfSignedBrand =
        Forge.modify(
            pki.brand,
            k.getPrivate(),
            b ->
                b.setIssuer(
                    org.bouncycastle.asn1.x500.X500Name.getInstance(
                        pki.brand.getSubjectX500Principal().getEncoded())));
    fails(
        () -> validator.validate(List.of(selfSignedBrand), pki.revocation()),
        PathRule.UNKNOWN_ROOT,
        0);
  }

  @Test
  void issuerNameMismatch() {
    failsFor(pki.cardholder, pki.mca, PathRule.ISSUER_MISMATCH, 0);
  }

  @Test
  void badSignature() {
    X509Certificate bad = Forge.modify(pki.cardholder, pki.mcaCa.privateKey(), b -> {});
    failsFor(bad, pki.cca, PathRule.SIGNATURE, 0);
  }

  @Test
  void notYetValid() {
    SetCertificateIssuer later =
        new SetCertificateIssuer(
            TestKeys.BC,
            Clock.offset(TestPki.ISSUE_CLOCK, Duration.ofDays(2)),
            new java.security.SecureRandom(),
            TestPki.QUALIFIER);
    X509Certificate future =
        later.issue(
            CertificateSpec.wallet(TestPki.dn("future"), TestKeys.p256().getPublic()), pki.ccaCa);
    failsFor(future, pki.cca, PathRule.NOT_YET_VALID, 0);
  }

  @Test
  void expired() {
    X509Certificate shortLived =
        pki.issuer.issue(
            CertificateSpec.wallet(TestPki.dn("short"), TestKeys.p256().getPublic())
                .validity(Duration.ofHours(12)),
            pki.ccaCa);
    failsFor(shortLived, pki.cca, PathRule.EXPIRED, 0);
  }

  @Test
  void cardholderIssuedByMerchantCaIsTheWrongTypeAtPosition() {
    X509Certificate wrong = Forge.reissue(pki.cardholder, pki.mcaCa);
    failsFor(wrong, pki.mca, PathRule.ISSUER_TYPE, 0);
  }

  @Test
  void cardholderCaIssuedByRootIsTheWrongTypeAtPosition() {
    X509Certificate wrong = Forge.reissue(pki.cca, pki.rootCa);
    fails(
        () -> validator.validate(List.of(pki.cardholder, wrong), pki.revocation()),
        PathRule.ISSUER_TYPE,
        1);
  }

  @Test
  void issuerRefusesTheSameWrongTypes() {
    assertThatThrownBy(
            () ->
                pki.issuer.issue(
                    CertificateSpec.wallet(TestPki.dn("w"), TestKeys.p256().getPublic()),
                    pki.mcaCa))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MERCHANT_CA");
  }

  @Test
  void signatureCertificateWithKeyExchangeUsage() {
    X509Certificate bad =
        withKeyUsage(pki.cardholder, pki.ccaCa, KeyUsage.digitalSignature | KeyUsage.keyAgreement);
    failsFor(bad, pki.cca, PathRule.KEY_USAGE, 0);
  }

  @Test
  void keyExchangeCertificateThatCanAlsoSign() {
    X509Certificate bad =
        withKeyUsage(pki.gatewayKx, pki.pcaCa, KeyUsage.keyAgreement | KeyUsage.digitalSignature);
    failsFor(bad, pki.pca, PathRule.KEY_USAGE, 0);
  }

  @Test
  void caCertificateThatCanAlsoSignMessages() {
    X509Certificate bad =
        withKeyUsage(
            pki.cca,
            pki.geoCa,
            KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature);
    failsFor(pki.cardholder, bad, PathRule.KEY_USAGE, 1);
  }

  private static X509Certificate withKeyUsage(
      X509Certificate cert, CaCredential issuer, int usage) {
    return Forge.modify(
        cert,
        issuer.privateKey(),
        b -> b.replaceExtension(Extension.keyUsage, true, new KeyUsage(usage)));
  }

  @Test
  void weakKeysAreRefusedEvenWhenACaSignedThem() throws Exception {
    var g = java.security.KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    // a signature-only profile, so that keyUsage fits any key type and the key itself is at fault
    X509Certificate weak =
        Forge.reissue(pki.cardholder, pki.ccaCa, g.generateKeyPair().getPublic());
    failsFor(weak, pki.cca, PathRule.KEY_ALGORITHM, 0);
    var p384 = java.security.KeyPairGenerator.getInstance("EC");
    p384.initialize(new java.security.spec.ECGenParameterSpec("secp384r1"));
    X509Certificate otherCurve =
        Forge.reissue(pki.cardholder, pki.ccaCa, p384.generateKeyPair().getPublic());
    failsFor(otherCurve, pki.cca, PathRule.KEY_ALGORITHM, 0);
  }

  @Test
  void caWithoutBasicConstraints() {
    X509Certificate bad =
        Forge.modify(
            pki.cca, pki.geoCa.privateKey(), b -> b.removeExtension(Extension.basicConstraints));
    failsFor(pki.cardholder, bad, PathRule.BASIC_CONSTRAINTS, 1);
  }

  @Test
  void pathTooLong() {
    KeyPair bk = TestKeys.p256();
    KeyPair gk = TestKeys.p256();
    KeyPair ck = TestKeys.p256();
    X509Certificate brand0 =
        pki.issuer.issue(
            CertificateSpec.brand(TestPki.dn("Brand without geo"), bk.getPublic()).pathLength(1),
            pki.rootCa);
    CaCredential brand0Ca = new CaCredential(brand0, bk.getPrivate(), null);
    X509Certificate geo0 =
        pki.issuer.issue(
            CertificateSpec.geoPolitical(TestPki.dn("Geo0"), gk.getPublic()), brand0Ca);
    CaCredential geo0Ca = new CaCredential(geo0, gk.getPrivate(), null);
    X509Certificate cca0 =
        pki.issuer.issue(CertificateSpec.cardholderCa(TestPki.dn("CCA0"), ck.getPublic()), geo0Ca);
    X509Certificate leaf =
        pki.issuer.issue(
            CertificateSpec.wallet(TestPki.dn("w0"), TestKeys.p256().getPublic()),
            new CaCredential(cca0, ck.getPrivate(), null));
    fails(
        () -> validator.validate(List.of(leaf, cca0, geo0, brand0), pki.revocation()),
        PathRule.PATH_LENGTH,
        1);
  }

  @Test
  void missingSetPolicy() {
    X509Certificate bad =
        Forge.modify(
            pki.cardholder,
            pki.ccaCa.privateKey(),
            b -> b.removeExtension(Extension.certificatePolicies));
    failsFor(bad, pki.cca, PathRule.POLICY, 0);
  }

  @Test
  void unknownCriticalExtension() {
    X509Certificate bad =
        Forge.modify(
            pki.cardholder,
            pki.ccaCa.privateKey(),
            b ->
                b.addExtension(
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"), true, DERNull.INSTANCE));
    failsFor(bad, pki.cca, PathRule.CRITICAL_EXTENSION, 0);
  }
}
