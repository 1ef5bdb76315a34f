package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.asn1.x509.CRLReason;
import org.junit.jupiter.api.Test;

/**
 * The revocation rules (CRL, BrandCRLIdentifier) each fail on revocation data built to break them.
 */
class RevocationRuleFailureTest {

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

  @Test
  void crlMissing() {
    List<X509CRL> withoutPca =
        pki.crls.stream()
            .filter(c -> !c.getIssuerX500Principal().equals(pki.pca.getSubjectX500Principal()))
            .toList();
    fails(
        () ->
            validator.validate(
                pki.chain(pki.gatewaySig, pki.pca), RevocationData.crlsOnly(withoutPca)),
        PathRule.CRL_MISSING,
        0);
  }

  @Test
  void crlSignedByTheWrongKeyCountsAsMissing() {
    List<X509CRL> crls = new ArrayList<>(pki.crls);
    crls.removeIf(c -> c.getIssuerX500Principal().equals(pki.pca.getSubjectX500Principal()));
    CaCredential impostor = new CaCredential(pki.pca, pki.mcaCa.privateKey(), null);
    crls.add(
        new SetCrlIssuer(TestKeys.BC, TestPki.ISSUE_CLOCK)
            .issue(impostor, BigInteger.TWO, Duration.ofDays(7), List.of()));
    fails(
        () -> validator.validate(pki.chain(pki.gatewaySig, pki.pca), RevocationData.crlsOnly(crls)),
        PathRule.CRL_MISSING,
        0);
  }

  @Test
  void crlStale() {
    SetPathValidator later =
        pki.validator(Clock.fixed(TestPki.T0.plus(Duration.ofDays(8)), ZoneOffset.UTC));
    fails(
        () -> later.validate(pki.chain(pki.gatewaySig, pki.pca), RevocationData.crlsOnly(pki.crls)),
        PathRule.CRL_STALE,
        3);
  }

  @Test
  void revoked() {
    List<X509CRL> crls = new ArrayList<>(pki.crls);
    crls.add(pcaCrl2RevokingGatewaySig());
    fails(
        () -> validator.validate(pki.chain(pki.gatewaySig, pki.pca), RevocationData.crlsOnly(crls)),
        PathRule.REVOKED,
        0);
    // the BCI (listing CRL 1) does not hide the newer CRL 2
    fails(
        () ->
            validator.validate(
                pki.chain(pki.gatewaySig, pki.pca), RevocationData.withBci(crls, pki.bci)),
        PathRule.REVOKED,
        0);
  }

  private X509CRL pcaCrl2RevokingGatewaySig() {
    return new SetCrlIssuer(TestKeys.BC, TestPki.ISSUE_CLOCK)
        .issue(
            pki.pcaCa,
            BigInteger.TWO,
            Duration.ofDays(7),
            List.of(
                new SetCrlIssuer.Revocation(
                    pki.gatewaySig.getSerialNumber(), TestPki.T0, CRLReason.keyCompromise)));
  }

  @Test
  void bciMissing() {
    fails(
        () ->
            validator.validate(
                pki.chain(pki.gatewaySig, pki.pca), new RevocationData(pki.crls, null, true)),
        PathRule.BCI_MISSING,
        3);
  }

  @Test
  void bciFromAnotherBrandKey() {
    BrandCRLIdentifier foreign = TestPki.rsa().bci;
    fails(
        () ->
            validator.validate(
                pki.chain(pki.gatewaySig, pki.pca), RevocationData.withBci(pki.crls, foreign)),
        PathRule.BCI_INVALID,
        3);
  }

  @Test
  void bciExpired() {
    SetPathValidator later =
        pki.validator(Clock.fixed(TestPki.T0.plus(Duration.ofDays(8)), ZoneOffset.UTC));
    fails(
        () -> later.validate(pki.chain(pki.gatewaySig, pki.pca), pki.revocation()),
        PathRule.BCI_INVALID,
        3);
  }

  @Test
  void bciListsANewerCrlThanHeld() {
    List<X509CRL> listed = new ArrayList<>(pki.crls);
    listed.add(pcaCrl2RevokingGatewaySig());
    listed.removeIf(
        c ->
            c.getIssuerX500Principal().equals(pki.pca.getSubjectX500Principal())
                && BrandCrlIdentifiers.crlNumber(c).orElseThrow().equals(BigInteger.ONE));
    BrandCRLIdentifier newer =
        new BrandCrlIdentifiers(TestKeys.BC, TestPki.ISSUE_CLOCK)
            .issue(pki.brandCa, "AgentCard", BigInteger.TWO, Duration.ofDays(7), listed);
    fails(
        () ->
            validator.validate(
                pki.chain(pki.gatewaySig, pki.pca), RevocationData.withBci(pki.crls, newer)),
        PathRule.BCI_MISMATCH,
        0);
  }

  @Test
  void bciNotListingTheIssuer() {
    List<X509CRL> partial =
        pki.crls.stream()
            .filter(c -> !c.getIssuerX500Principal().equals(pki.pca.getSubjectX500Principal()))
            .toList();
    BrandCRLIdentifier bci =
        new BrandCrlIdentifiers(TestKeys.BC, TestPki.ISSUE_CLOCK)
            .issue(pki.brandCa, "AgentCard", BigInteger.TWO, Duration.ofDays(7), partial);
    fails(
        () ->
            validator.validate(
                pki.chain(pki.gatewaySig, pki.pca), RevocationData.withBci(pki.crls, bci)),
        PathRule.BCI_MISMATCH,
        0);
  }

  @Test
  void cardholderCertificatesNeedNoCrlFromTheCardholderCa() throws Exception {
    List<X509CRL> noneForCca = pki.crls; // the CCA publishes none
    assertThat(
            validator
                .validate(
                    pki.chain(pki.cardholder, pki.cca), RevocationData.withBci(noneForCca, pki.bci))
                .leafProfile())
        .isEqualTo(CertificateProfile.CARDHOLDER);
  }
}
