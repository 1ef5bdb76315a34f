package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Root key rollover by hashedRootKey: the old root's commitment authenticates the new root. */
class RootRolloverTest {

  private final TestPki pki = TestPki.rsa();
  private final SetPathValidator validator = pki.validator();

  private X509Certificate successor(KeyPair keys) {
    return pki.issuer.issueRoot(
        CertificateSpec.root(
                TestPki.dn("AgentSET Root CA 2"),
                keys.getPublic(),
                TestKeys.rsa("wallet").getPublic())
            .validity(Duration.ofDays(3650)),
        keys);
  }

  @Test
  void committedSuccessorIsAcceptedAndAnchorsPaths() throws Exception {
    X509Certificate newRoot = successor(pki.nextRootKeys);
    assertThat(validator.acceptRolloverRoot(newRoot)).isEqualTo(newRoot);

    CaCredential newRootCa = new CaCredential(newRoot, pki.nextRootKeys.getPrivate(), null);
    KeyPair bk = TestKeys.rsa("ca-msg");
    X509Certificate brand2 =
        pki.issuer.issue(
            CertificateSpec.brand(TestPki.dn("Brand under root 2"), bk.getPublic()), newRootCa);
    List<java.security.cert.X509CRL> crls = new ArrayList<>(pki.crls);
    crls.add(
        new SetCrlIssuer(TestKeys.BC, TestPki.ISSUE_CLOCK)
            .issue(newRootCa, BigInteger.ONE, Duration.ofDays(7), List.of()));

    ValidatedPath viaOldRoot =
        validator.validate(List.of(brand2, newRoot), RevocationData.crlsOnly(crls));
    assertThat(viaOldRoot.anchoredByRollover()).isTrue();
    assertThat(viaOldRoot.anchor()).isEqualTo(newRoot);

    ValidatedPath afterUpdate =
        validator.withTrustedRoot(newRoot).validate(List.of(brand2), RevocationData.crlsOnly(crls));
    assertThat(afterUpdate.anchoredByRollover()).isFalse();
  }

  @Test
  void successorWithAnotherKeyIsRefused() {
    X509Certificate impostor = successor(TestKeys.rsa("brand"));
    assertThatThrownBy(() -> validator.acceptRolloverRoot(impostor))
        .isInstanceOfSatisfying(
            SetPathValidationException.class,
            e -> assertThat(e.rule()).isEqualTo(PathRule.ROOT_ROLLOVER));
    assertThatThrownBy(
            () -> validator.validate(List.of(impostor), RevocationData.crlsOnly(pki.crls)))
        .isInstanceOfSatisfying(
            SetPathValidationException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(PathRule.ROOT_ROLLOVER);
              assertThat(e.position()).isZero();
            });
  }

  @Test
  void committedKeyWithABrokenSelfSignatureIsRefused() {
    X509Certificate forged =
        Forge.modify(successor(pki.nextRootKeys), TestKeys.rsa("brand").getPrivate(), b -> {});
    assertThatThrownBy(() -> validator.acceptRolloverRoot(forged))
        .isInstanceOfSatisfying(
            SetPathValidationException.class,
            e -> assertThat(e.rule()).isEqualTo(PathRule.SIGNATURE));
  }

  @Test
  void rootCommitsToItsSuccessorKeyOnly() {
    SetCertificateInfo info = SetCertificateInfo.of(pki.root);
    var spki =
        org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(
            pki.nextRootKeys.getPublic().getEncoded());
    var own =
        org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(
            pki.rootKeys.getPublic().getEncoded());
    assertThat(info.hashedRootKey())
        .hasValueSatisfying(
            h -> {
              assertThat(h.commitsTo(spki)).isTrue();
              assertThat(h.commitsTo(own)).isFalse();
            });
    assertThat(SetCertificateInfo.of(pki.brand).hashedRootKey()).isEmpty();
  }
}
