package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.agentset.set.asn1.cert.StrictDer;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;

class ThumbprintAndCrlTest {

  private final TestPki pki = TestPki.p256();

  @Test
  void thumbprintsAreSha256OfTheDer() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    assertThat(Thumbprint.of(pki.gatewayKx).bytes())
        .isEqualTo(sha.digest(pki.gatewayKx.getEncoded()));
    assertThat(Thumbprint.of(pki.crls.get(0)).bytes())
        .isEqualTo(sha.digest(pki.crls.get(0).getEncoded()));
    assertThat(Thumbprint.of(pki.bci).bytes()).isEqualTo(sha.digest(StrictDer.encode(pki.bci)));
    assertThat(Thumbprint.of(pki.gatewayKx).identifies(pki.gatewayKx)).isTrue();
    assertThat(Thumbprint.of(pki.gatewayKx).identifies(pki.gatewaySig)).isFalse();
    assertThat(Thumbprint.fromBytes(Thumbprint.of(pki.root).bytes()))
        .isEqualTo(Thumbprint.of(pki.root));
    assertThat(Thumbprint.algorithm().getAlgorithm().getId()).isEqualTo("2.16.840.1.101.3.4.2.1");
  }

  @Test
  void crlsCarryNumberAuthorityKeyIdAndVerify() throws Exception {
    for (X509CRL crl : pki.crls) {
      assertThat(BrandCrlIdentifiers.crlNumber(crl)).contains(BigInteger.ONE);
      assertThat(crl.getExtensionValue(Extension.authorityKeyIdentifier.getId())).isNotNull();
      assertThat(crl.getNextUpdate()).isAfter(crl.getThisUpdate());
    }
    pki.crls.get(4).verify(pki.pca.getPublicKey(), TestKeys.BC);
  }

  @Test
  void bciListsEveryCrlAndVerifiesOnlyWithTheBrandKey() {
    BrandCrlIdentifiers bcis = new BrandCrlIdentifiers(TestKeys.BC, TestPki.ISSUE_CLOCK);
    assertThat(pki.bci.tbs().crls()).hasSize(pki.crls.size());
    assertThat(bcis.verifies(pki.bci, pki.brand)).isTrue();
    assertThat(bcis.verifies(pki.bci, pki.geo)).isFalse();
    BrandCRLIdentifier decoded = BrandCRLIdentifier.fromDer(StrictDer.encode(pki.bci));
    assertThat(bcis.verifies(decoded, pki.brand)).isTrue();
    byte[] sig = decoded.signature();
    sig[sig.length / 2] ^= 1;
    assertThat(
            bcis.verifies(
                new BrandCRLIdentifier(decoded.tbs(), decoded.algorithm(), sig), pki.brand))
        .isFalse();
  }
}
