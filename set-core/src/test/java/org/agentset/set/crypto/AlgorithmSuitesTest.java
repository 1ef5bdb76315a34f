package org.agentset.set.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agentset.set.asn1.SetObjectIdentifiers;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;

class AlgorithmSuitesTest {

  private final AlgorithmSuites suites = TestKeys.suites("suites");

  @Test
  void suiteIdentifiersSitUnderTheAgentSetSuitesArc() {
    String arc = "2.25.260409284261035997965710532001842741183.1";
    assertThat(SuiteIdentifiers.RSA.getId()).isEqualTo(arc + ".1");
    assertThat(SuiteIdentifiers.P256.getId()).isEqualTo(arc + ".2");
    assertThat(SuiteIdentifiers.PQ_HYBRID.getId()).isEqualTo(arc + ".3");
    assertThat(SuiteIdentifiers.ORI_KEY_BLOCK.getId()).isEqualTo(arc + ".0.1");
    assertThat(SuiteIdentifiers.MLDSA65_ECDSA_P256.getId()).isEqualTo(arc + ".3.1");
    assertThat(SuiteIdentifiers.MLKEM768_X25519.getId()).isEqualTo(arc + ".3.2");
  }

  @Test
  void findsEachSuiteFromItsWireIdentifier() throws Exception {
    for (AlgorithmSuite suite : suites.all()) {
      assertThat(suites.forIdentifier(suite.identifier())).isSameAs(suite);
      assertThat(suites.forName(suite.name())).isSameAs(suite);
      assertThat(suites.forSignatureAlgorithm(suite.signatureAlgorithm())).isSameAs(suite);
      assertThat(suite.identifier().getParameters()).isNull();
    }
    assertThat(suites.all())
        .extracting(AlgorithmSuite::name)
        .containsExactly("rsa", "p256", "pq-hybrid");
  }

  @Test
  void refusesAnUnknownSuite() {
    AlgorithmIdentifier unknown =
        new AlgorithmIdentifier(SetObjectIdentifiers.AGENTSET_SUITES.branch("4"));
    assertReason(() -> suites.forIdentifier(unknown), Reason.UNKNOWN_SUITE);
    assertReason(() -> suites.forName("rsa-1024"), Reason.UNKNOWN_SUITE);
    assertReason(() -> suites.forIdentifier(null), Reason.MALFORMED);
  }

  @Test
  void refusesASuiteIdentifierWithParameters() {
    AlgorithmIdentifier withParameters =
        new AlgorithmIdentifier(SuiteIdentifiers.P256, DERNull.INSTANCE);
    assertReason(() -> suites.forIdentifier(withParameters), Reason.MALFORMED);
  }

  @Test
  void refusesASignatureAlgorithmNoSuiteUses() {
    AlgorithmIdentifier sha1WithEcdsa =
        new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA1);
    assertReason(() -> suites.forSignatureAlgorithm(sha1WithEcdsa), Reason.UNKNOWN_SUITE);
    AlgorithmIdentifier pkcs1 =
        new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
    assertReason(() -> suites.forSignatureAlgorithm(pkcs1), Reason.UNKNOWN_SUITE);
  }

  private static void assertReason(ThrowingCallable call, Reason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SetCryptoException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
