package org.agentset.ca.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.SecureRandom;
import org.agentset.ca.hierarchy.CaSuite;
import org.agentset.ca.testing.Csrs;
import org.agentset.ca.testing.TestHierarchy;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;

class CertificationRequestsTest {

  private final CertificationRequests requests = new CertificationRequests(TestHierarchy.BC);

  @Test
  void aSelfSignedRequestYieldsItsSubjectAndKey() throws Exception {
    KeyPair keys = CaSuite.P256.generate(TestHierarchy.BC, new SecureRandom());
    String pem = Csrs.pem(Csrs.request("CN=Nordlicht Books, O=Nordlicht, C=NL", keys, "SHA256withECDSA"));
    CertificationRequests.Checked checked = requests.check(pem);
    assertThat(checked.subject()).isEqualTo(new X500Name("CN=Nordlicht Books, O=Nordlicht, C=NL"));
    assertThat(checked.publicKey().getEncoded()).isEqualTo(keys.getPublic().getEncoded());
  }

  @Test
  void aRequestSignedByAnotherKeyHasNoProofOfPossession() throws Exception {
    KeyPair keys = CaSuite.P256.generate(TestHierarchy.BC, new SecureRandom());
    KeyPair other = CaSuite.P256.generate(TestHierarchy.BC, new SecureRandom());
    PKCS10CertificationRequest forged = Csrs.requestSignedBy("CN=Forged", keys.getPublic(), other.getPrivate());
    assertThatThrownBy(() -> requests.check(Csrs.pem(forged)))
        .isInstanceOf(RequestRejectedException.class)
        .hasMessageContaining("does not verify");
  }

  @Test
  void weakSignaturesAndUnnamedSubjectsAreRefused() throws Exception {
    KeyPair keys = CaSuite.P256.generate(TestHierarchy.BC, new SecureRandom());
    assertThatThrownBy(() -> requests.check(Csrs.pem(Csrs.request("CN=Old", keys, "SHA1withECDSA"))))
        .hasMessageContaining("SHA-256 or stronger");
    assertThatThrownBy(() -> requests.check(Csrs.pem(Csrs.request("O=No Common Name", keys, "SHA256withECDSA"))))
        .hasMessageContaining("exactly one CN");
  }

  @Test
  void somethingElseThanOneRequestIsRefused() throws Exception {
    KeyPair keys = CaSuite.P256.generate(TestHierarchy.BC, new SecureRandom());
    String one = Csrs.pem(Csrs.request("CN=A", keys, "SHA256withECDSA"));
    assertThatThrownBy(() -> requests.check(" ")).hasMessageContaining("No certificate request");
    assertThatThrownBy(() -> requests.check("hello")).hasMessageContaining("not a PEM-encoded");
    assertThatThrownBy(() -> requests.check(one + one)).hasMessageContaining("exactly one");
    assertThatThrownBy(
            () -> requests.check(Pem.block("CERTIFICATE", TestHierarchy.p256().certificates().get(0).certificate().getEncoded())))
        .hasMessageContaining("not a PKCS#10");
    assertThatThrownBy(() -> requests.check("x".repeat(CertificationRequests.MAX_PEM + 1)))
        .hasMessageContaining("too long");
  }
}
