package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.OnlineRevocation;
import org.agentset.set.cert.PathRule;
import org.agentset.set.cert.SetPathValidationException;
import org.agentset.set.cert.SetPathValidator;
import org.junit.jupiter.api.Test;

/** CertificateTrust's online (OCSP) hook: asked with the leaf's issuer, even for cached leaves. */
class OnlineRevocationTrustTest {

  private final FlowPki pki = FlowPki.load("p256");
  private final Clock clock = Clock.fixed(FlowPki.NOW, ZoneOffset.UTC);
  private final List<X509Certificate[]> asked = new ArrayList<>();
  private volatile boolean revoked;

  private CertificateTrust trust() {
    OnlineRevocation online =
        (leaf, issuer) -> {
          asked.add(new X509Certificate[] {leaf, issuer});
          if (revoked) {
            throw new SetPathValidationException(PathRule.REVOKED, 0, "OCSP: revoked");
          }
        };
    return new CertificateTrust(
        FlowPki.BC,
        new SetPathValidator(FlowPki.BC, clock, List.of(pki.cert("root"))),
        pki::revocation,
        pki.knownCas(),
        Duration.ofMinutes(5),
        clock,
        online);
  }

  @Test
  void aLeafTheCrlsAcceptIsRefusedWhenTheOnlineCheckSaysRevoked() throws Exception {
    CertificateTrust trust = trust();
    X509Certificate merchant = pki.cert("merchant-sig");
    List<X509Certificate> pool = pki.chain("merchant-sig");

    assertThat(trust.validate(merchant, pool, CertificateProfile.MERCHANT_SIGNATURE, "f"))
        .isSameAs(merchant);
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0)[1]).isEqualTo(pki.cert("mca"));

    revoked = true; // the positive result is cached, the online check is still asked
    assertThatThrownBy(
            () -> trust.validate(merchant, pool, CertificateProfile.MERCHANT_SIGNATURE, "f"))
        .isInstanceOfSatisfying(
            SetProtocolException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.CERTIFICATE_REVOKED));
    assertThat(asked).hasSize(2);
  }
}
