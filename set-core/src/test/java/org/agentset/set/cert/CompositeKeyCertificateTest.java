package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.junit.jupiter.api.Test;

/**
 * The pq-hybrid suite's end-entity keys (ML-DSA-65 with ECDSA P-256 for signatures, ML-KEM-768 with
 * X25519 for key exchange) are AgentSET's own encodings that no JCA provider reads; they are
 * certified and validated for their own purpose only.
 */
class CompositeKeyCertificateTest {

  private static final TestPki PKI = TestPki.mlDsa();
  private static final AlgorithmSuite SUITE =
      new AlgorithmSuites(TestKeys.BC, new SecureRandom()).pqHybrid();

  @Test
  void compositeKeysAreCertifiedAndValidatedForTheirPurpose() throws Exception {
    KeyPair sig = SUITE.generateKeyPair(org.agentset.set.crypto.KeyPurpose.SIGNATURE);
    KeyPair kem = SUITE.generateKeyPair(org.agentset.set.crypto.KeyPurpose.KEY_EXCHANGE);
    X509Certificate signing =
        PKI.issuer.issue(
            CertificateSpec.gatewaySignature(TestPki.dn("PQ Gateway"), sig.getPublic(), true),
            PKI.pcaCa);
    X509Certificate exchange =
        PKI.issuer.issue(
            CertificateSpec.gatewayKeyExchange(TestPki.dn("PQ Gateway"), kem.getPublic(), null),
            PKI.pcaCa);

    assertThat(
            PKI.validator().validate(PKI.chain(signing, PKI.pca), PKI.revocation()).leafProfile())
        .isEqualTo(CertificateProfile.GATEWAY_SIGNATURE);
    assertThat(
            PKI.validator().validate(PKI.chain(exchange, PKI.pca), PKI.revocation()).leafProfile())
        .isEqualTo(CertificateProfile.GATEWAY_KEY_EXCHANGE);
  }

  @Test
  void compositeKeysAreRefusedForTheOtherPurpose() {
    KeyPair sig = SUITE.generateKeyPair(org.agentset.set.crypto.KeyPurpose.SIGNATURE);
    KeyPair kem = SUITE.generateKeyPair(org.agentset.set.crypto.KeyPurpose.KEY_EXCHANGE);

    assertThatThrownBy(
            () ->
                PKI.issuer.issue(
                    CertificateSpec.gatewayKeyExchange(
                        TestPki.dn("PQ Gateway"), sig.getPublic(), null),
                    PKI.pcaCa))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only sign");
    assertThatThrownBy(
            () ->
                PKI.issuer.issue(
                    CertificateSpec.gatewaySignature(
                        TestPki.dn("PQ Gateway"), kem.getPublic(), true),
                    PKI.pcaCa))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only exchange");
  }
}
