package org.agentset.set.crypto;

import static org.agentset.set.crypto.Reasons.fails;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each suite's raw signatures: known answer, round trip, and every tamper. */
class SuiteSignatureTest {

  private static final String SUITES = "org.agentset.set.crypto.Reasons#suites";

  @ParameterizedTest
  @MethodSource(SUITES)
  void verifiesTheStoredSignature(AlgorithmSuite suite) throws Exception {
    KeyPair alice = TestKeys.signing(suite, "alice");
    suite.verify(alice.getPublic(), Vectors.MESSAGE, Vectors.read(suite, "signature.bin"));
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void signsAndVerifies(AlgorithmSuite suite) throws Exception {
    KeyPair alice = TestKeys.signing(suite, "alice");
    byte[] signature = suite.sign(alice.getPrivate(), Vectors.MESSAGE);
    suite.verify(alice.getPublic(), Vectors.MESSAGE, signature);
    assertThat(suite.isSignatureAlgorithm(suite.signatureAlgorithm())).isTrue();
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void flippedMessageFails(AlgorithmSuite suite) {
    KeyPair alice = TestKeys.signing(suite, "alice");
    fails(
        () ->
            suite.verify(
                alice.getPublic(),
                Tamper.flip(Vectors.MESSAGE, 3),
                Vectors.read(suite, "signature.bin")),
        Reason.BAD_SIGNATURE);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void flippedSignatureFails(AlgorithmSuite suite) {
    KeyPair alice = TestKeys.signing(suite, "alice");
    byte[] signature = Vectors.read(suite, "signature.bin");
    for (int index : new int[] {0, 10, signature.length / 2, signature.length - 1}) {
      fails(
          () -> suite.verify(alice.getPublic(), Vectors.MESSAGE, Tamper.flip(signature, index)),
          Reason.BAD_SIGNATURE);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void truncatedSignatureFails(AlgorithmSuite suite) {
    KeyPair alice = TestKeys.signing(suite, "alice");
    byte[] signature = Vectors.read(suite, "signature.bin");
    fails(
        () -> suite.verify(alice.getPublic(), Vectors.MESSAGE, Tamper.truncate(signature, 1)),
        Reason.BAD_SIGNATURE);
    fails(
        () -> suite.verify(alice.getPublic(), Vectors.MESSAGE, new byte[0]), Reason.BAD_SIGNATURE);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void anotherSignersKeyFails(AlgorithmSuite suite) {
    KeyPair mallory = TestKeys.signing(suite, "mallory");
    fails(
        () ->
            suite.verify(
                mallory.getPublic(), Vectors.MESSAGE, Vectors.read(suite, "signature.bin")),
        Reason.BAD_SIGNATURE);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void keysOfAnotherSuiteOrPurposeAreRefused(AlgorithmSuite suite) {
    KeyPair foreign = TestKeys.signing(Reasons.other(suite), "alice");
    fails(() -> suite.sign(foreign.getPrivate(), Vectors.MESSAGE), Reason.WRONG_KEY);
    fails(() -> suite.verify(foreign.getPublic(), Vectors.MESSAGE, new byte[64]), Reason.WRONG_KEY);
    if (suite == Reasons.SUITES.pqHybrid()) {
      // rsa and p256 use one key type for both purposes (certificates' keyUsage keeps them
      // apart); pq-hybrid's signature and key-exchange keys are different algorithms
      KeyPair exchange = TestKeys.exchange(suite, "bob");
      fails(() -> suite.sign(exchange.getPrivate(), Vectors.MESSAGE), Reason.WRONG_KEY);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void keysRoundTripThroughTheirEncodings(AlgorithmSuite suite) throws Exception {
    for (KeyPurpose purpose : KeyPurpose.values()) {
      KeyPair pair =
          TestKeys.load(suite, purpose == KeyPurpose.SIGNATURE ? "alice" : "bob", purpose);
      assertThat(
              suite
                  .decodePublicKey(
                      purpose, SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()))
                  .getEncoded())
          .isEqualTo(pair.getPublic().getEncoded());
      assertThat(
              suite
                  .decodePrivateKey(
                      purpose, PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded()))
                  .getEncoded())
          .isEqualTo(pair.getPrivate().getEncoded());
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void decodingRefusesAnotherSuitesKey(AlgorithmSuite suite) {
    KeyPair foreign = TestKeys.signing(Reasons.other(suite), "alice");
    fails(
        () ->
            suite.decodePublicKey(
                KeyPurpose.SIGNATURE,
                SubjectPublicKeyInfo.getInstance(foreign.getPublic().getEncoded())),
        Reason.WRONG_KEY);
    fails(
        () ->
            suite.decodePrivateKey(
                KeyPurpose.SIGNATURE,
                PrivateKeyInfo.getInstance(foreign.getPrivate().getEncoded())),
        Reason.WRONG_KEY);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void contentSignerSignsCertificatesThatTheVerifierProviderAccepts(AlgorithmSuite suite)
      throws Exception {
    X509CertificateHolder certificate = Fixtures.signingCertificate(suite, "alice");
    assertThat(certificate.getSignatureAlgorithm()).isEqualTo(suite.signatureAlgorithm());
    assertThat(
            certificate.isSignatureValid(
                suite.contentVerifierProvider(TestKeys.signing(suite, "alice").getPublic())))
        .isTrue();
    assertThat(
            certificate.isSignatureValid(
                suite.contentVerifierProvider(TestKeys.signing(suite, "mallory").getPublic())))
        .isFalse();
    X509CertificateHolder stored = new X509CertificateHolder(Vectors.read(suite, "alice.crt"));
    assertThat(
            stored.isSignatureValid(
                suite.contentVerifierProvider(TestKeys.signing(suite, "alice").getPublic())))
        .isTrue();
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void verifierProviderRefusesAnotherSuitesAlgorithm(AlgorithmSuite suite) throws Exception {
    X509CertificateHolder foreign = Fixtures.signingCertificate(Reasons.other(suite), "alice");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                foreign.isSignatureValid(
                    suite.contentVerifierProvider(TestKeys.signing(suite, "alice").getPublic())))
        .hasMessageContaining(Reason.SUITE_MISMATCH.text());
  }
}
