package org.agentset.set.crypto;

import static org.agentset.set.crypto.Reasons.fails;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** S and SO: the stored known answers verify, fresh ones round-trip, and every tamper fails. */
class SignaturesTest {

  private static final String SUITES = "org.agentset.set.crypto.Reasons#suites";

  @ParameterizedTest
  @MethodSource(SUITES)
  void storedSVerifiesAndReleasesItsContent(AlgorithmSuite suite) throws Exception {
    SignedContent signed = SignedContent.read(Vectors.read(suite, "s.der"));
    assertThat(signed.contentType()).isEqualTo(Vectors.TBS);
    assertThat(signed.isDetached()).isFalse();
    assertThat(signed.certificates()).containsExactly(alice(suite));
    assertThat(signed.signerId().match(alice(suite))).isTrue();
    assertThat(signed.signatureAlgorithm()).isEqualTo(suite.signatureAlgorithm());
    assertThat(signed.verify(suite, alice(suite), Vectors.TBS)).isEqualTo(Der.encode(Vectors.t()));
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void storedSoVerifiesOverItsContent(AlgorithmSuite suite) throws Exception {
    new Signatures(suite)
        .verifyDetached(Vectors.read(suite, "so.der"), alice(suite), Vectors.TBS, Vectors.t());
    assertThat(SignedContent.read(Vectors.read(suite, "so.der")).isDetached()).isTrue();
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void freshSignaturesRoundTrip(AlgorithmSuite suite) throws Exception {
    Signatures signatures = new Signatures(suite);
    Signer alice = Fixtures.signer(suite, "alice");
    byte[] s = signatures.s(alice, Vectors.TBS, Vectors.t());
    assertThat(signatures.verify(s, alice.certificate(), Vectors.TBS))
        .isEqualTo(Der.encode(Vectors.t()));
    signatures.verifyDetached(
        signatures.so(alice, Vectors.TBS, Vectors.t()),
        alice.certificate(),
        Vectors.TBS,
        Vectors.t());
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void signerNamedByKeyIdentifierVerifiesWithThatKeyOnly(AlgorithmSuite suite) throws Exception {
    Signer selfSigned = Signer.withKeyIdentifier(suite, TestKeys.signing(suite, "alice"));
    byte[] s = new Signatures(suite).s(selfSigned, Vectors.TBS, Vectors.t());
    SignedContent signed = SignedContent.read(s);
    assertThat(signed.certificates()).isEmpty();
    assertThat(signed.unverifiedContent()).isEqualTo(Der.encode(Vectors.t()));
    assertThat(signed.verify(suite, selfSigned.publicKey(), Vectors.TBS))
        .isEqualTo(Der.encode(Vectors.t()));
    fails(
        () -> signed.verify(suite, TestKeys.signing(suite, "mallory").getPublic(), Vectors.TBS),
        Reason.WRONG_SIGNER,
        "SignerInfo.sid");
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void flippedContentFails(AlgorithmSuite suite) {
    byte[] tampered = Tamper.flipContent(Vectors.read(suite, "s.der"));
    fails(
        () -> SignedContent.read(tampered).verify(suite, alice(suite), Vectors.TBS),
        Reason.DIGEST_MISMATCH);
    fails(
        () ->
            new Signatures(suite)
                .verifyDetached(
                    Vectors.read(suite, "so.der"),
                    alice(suite),
                    Vectors.TBS,
                    Fixtures.value("known-answer u")),
        Reason.DIGEST_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void flippedSignatureFails(AlgorithmSuite suite) {
    for (String file : List.of("s.der", "so.der")) {
      byte[] tampered = Tamper.flipSignature(Vectors.read(suite, file));
      fails(() -> verifyAny(suite, tampered), Reason.BAD_SIGNATURE);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void flippedSignedAttributeFails(AlgorithmSuite suite) {
    byte[] tampered = Tamper.flipMessageDigestAttribute(Vectors.read(suite, "s.der"));
    fails(() -> verifyAny(suite, tampered), Reason.DIGEST_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void anotherSignersCertificateFails(AlgorithmSuite suite) {
    X509CertificateHolder mallory = Fixtures.signingCertificate(suite, "mallory");
    fails(
        () -> SignedContent.read(Vectors.read(suite, "s.der")).verify(suite, mallory, Vectors.TBS),
        Reason.WRONG_SIGNER);
    // a key that is not the signer's, handed over without a certificate
    fails(
        () ->
            SignedContent.read(Vectors.read(suite, "s.der"))
                .verify(suite, TestKeys.signing(suite, "mallory").getPublic(), Vectors.TBS),
        Reason.BAD_SIGNATURE);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void otherContentTypeFails(AlgorithmSuite suite) {
    fails(
        () ->
            SignedContent.read(Vectors.read(suite, "s.der"))
                .verify(suite, alice(suite), SetContentTypes.PI_TBS),
        Reason.CONTENT_TYPE_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void anotherSuiteIsRefused(AlgorithmSuite suite) {
    AlgorithmSuite other = Reasons.other(suite);
    fails(
        () ->
            SignedContent.read(Vectors.read(suite, "s.der"))
                .verify(other, Fixtures.signingCertificate(other, "alice"), Vectors.TBS),
        Reason.SUITE_MISMATCH);
    byte[] relabelled =
        Tamper.signatureAlgorithm(Vectors.read(suite, "s.der"), other.signatureAlgorithm());
    fails(() -> verifyAny(suite, relabelled), Reason.SUITE_MISMATCH);
    fails(
        () -> new Signatures(other).s(Fixtures.signer(suite, "alice"), Vectors.TBS, Vectors.t()),
        Reason.SUITE_MISMATCH,
        "signer");
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void unknownSignatureAlgorithmIsRefused(AlgorithmSuite suite) {
    byte[] relabelled =
        Tamper.signatureAlgorithm(
            Vectors.read(suite, "s.der"),
            new AlgorithmIdentifier(NISTObjectIdentifiers.id_ecdsa_with_sha3_256));
    fails(() -> verifyAny(suite, relabelled), Reason.SUITE_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void truncatedOrExtendedInputIsRefused(AlgorithmSuite suite) {
    byte[] s = Vectors.read(suite, "s.der");
    fails(() -> SignedContent.read(Tamper.truncate(s, 1)), Reason.MALFORMED);
    fails(() -> SignedContent.read(java.util.Arrays.copyOf(s, s.length + 1)), Reason.MALFORMED);
    fails(
        () -> SignedContent.read(Vectors.read(suite, "e.der")),
        Reason.CONTENT_TYPE_MISMATCH,
        "ContentInfo.contentType");
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void detachedAndAttachedAreNotInterchangeable(AlgorithmSuite suite) {
    fails(
        () ->
            SignedContent.read(Vectors.read(suite, "so.der"))
                .verify(suite, alice(suite), Vectors.TBS),
        Reason.MALFORMED);
    fails(
        () -> SignedContent.read(Vectors.read(suite, "so.der")).unverifiedContent(),
        Reason.MALFORMED);
    fails(
        () ->
            new Signatures(suite)
                .verifyDetached(
                    Vectors.read(suite, "s.der"), alice(suite), Vectors.TBS, Vectors.t()),
        Reason.UNSUPPORTED);
  }

  private static void verifyAny(AlgorithmSuite suite, byte[] der) throws SetCryptoException {
    SignedContent signed = SignedContent.read(der);
    if (signed.isDetached()) {
      signed.verifyDetached(suite, alice(suite), Vectors.TBS, Der.encode(Vectors.t()));
    } else {
      signed.verify(suite, alice(suite), Vectors.TBS);
    }
  }

  private static X509CertificateHolder alice(AlgorithmSuite suite) {
    try {
      return new X509CertificateHolder(Vectors.read(suite, "alice.crt"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
