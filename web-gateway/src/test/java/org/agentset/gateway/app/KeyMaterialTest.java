package org.agentset.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.agentset.set.cert.SealedKeyStore;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.msg.FlowFixture;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.junit.jupiter.api.Test;

/**
 * The gateway's keys: generated, sealed, requested, certified, and refused for a wrong certificate.
 */
class KeyMaterialTest {

  private static final Provider BC = new BouncyCastleProvider();
  private static final char[] PASSWORD = "unit-test-key-store-password".toCharArray();

  private static KeyMaterial fresh() throws Exception {
    return KeyMaterial.generate(
        BC, Clock.systemUTC(), new AlgorithmSuites(BC, new SecureRandom()).forName("p256"));
  }

  @Test
  void freshKeysAreNotCertifiedAndGiveNoCredentials() throws Exception {
    KeyMaterial keys = fresh();

    assertThat(keys.isCertified()).isFalse();
    assertThat(keys.signature(List.of())).isEmpty();
    assertThat(keys.keyExchange(List.of())).isEmpty();
  }

  @Test
  void sealedKeysReopenOnlyWithThePassword() throws Exception {
    KeyMaterial keys = fresh();
    byte[] sealed = keys.seal(PASSWORD);

    KeyMaterial reopened = KeyMaterial.open(BC, Clock.systemUTC(), sealed, PASSWORD);

    assertThat(reopened.certificate(true).getPublicKey())
        .isEqualTo(keys.certificate(true).getPublicKey());
    assertThat(reopened.tokenKey().identifier()).isEqualTo(keys.tokenKey().identifier());
    assertThatThrownBy(
            () ->
                KeyMaterial.open(
                    BC, Clock.systemUTC(), sealed, "wrong-password-of-length".toCharArray()))
        .isInstanceOf(SealedKeyStore.SealedKeyStoreException.class);
  }

  @Test
  void certificationRequestsAreSelfSignedWithTheKeyTheyCarry() throws Exception {
    KeyMaterial keys = fresh();
    for (boolean signature : new boolean[] {true, false}) {
      String pem = keys.certificationRequest(signature);
      byte[] der =
          java.util.Base64.getMimeDecoder()
              .decode(
                  pem.replace("-----BEGIN CERTIFICATE REQUEST-----", "")
                      .replace("-----END CERTIFICATE REQUEST-----", ""));
      JcaPKCS10CertificationRequest csr =
          new JcaPKCS10CertificationRequest(new PKCS10CertificationRequest(der)).setProvider(BC);

      assertThat(csr.getPublicKey()).isEqualTo(keys.certificate(signature).getPublicKey());
      assertThat(
              csr.isSignatureValid(
                  new JcaContentVerifierProviderBuilder()
                      .setProvider(BC)
                      .build(csr.getPublicKey())))
          .isTrue();
      assertThat(csr.getSubject().toString()).contains("AgentSET Payment Gateway");
    }
  }

  @Test
  void aCertificateForAnotherKeyIsRefused() throws Exception {
    KeyMaterial keys = fresh();
    FlowFixture pki = FlowFixture.of("p256");
    var other = pki.holder("gateway-sig");
    var cert =
        new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
            .setProvider(BC)
            .getCertificate(other);

    assertThatThrownBy(() -> keys.certified(cert, cert))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another key");
    assertThat(keys.isCertified()).isFalse();
  }
}
