package org.agentset.set.crypto;

import static org.agentset.set.crypto.Reasons.fails;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.cms.Baggaged;
import org.agentset.set.crypto.suite.RsaSuite;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Enc, EncB, EncX, EncBX and EncK in every suite: known answers, round trips, every tamper. */
class SignedEnvelopesTest {

  private static final String SUITES = "org.agentset.set.crypto.Reasons#suites";
  private static final ASN1ObjectIdentifier B = SetContentTypes.PI_DATA;
  private static final ASN1ObjectIdentifier P = SetContentTypes.PAN_DATA;
  private static final ASN1ObjectIdentifier P_BX = SetContentTypes.PAN_TOKEN;

  @ParameterizedTest
  @MethodSource(SUITES)
  void storedSignedEnvelopesOpenAndVerify(AlgorithmSuite suite) throws Exception {
    byte[] t = Der.encode(Vectors.t());
    byte[] p = Der.encode(Fixtures.panData());
    for (String op : List.of("enc", "encb", "encx", "encbx", "enck")) {
      OpenedContent opened =
          open(suite, op, Vectors.read(suite, op + ".der")).verify(alice(suite), Vectors.TBS);
      assertThat(opened.content()).as(op).isEqualTo(t);
      assertThat(opened.extra()).as(op).isEqualTo(op.endsWith("x") ? p : null);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void signerIsNamedAndCarriesItsCertificate(AlgorithmSuite suite) throws Exception {
    SignedEnvelopeContent content = open(suite, "encb", Vectors.read(suite, "encb.der"));
    assertThat(content.signerId().match(alice(suite))).isTrue();
    assertThat(content.certificates()).containsExactly(alice(suite));
    assertThat(content.signatureAlgorithm()).isEqualTo(suite.signatureAlgorithm());
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void freshSignedEnvelopesRoundTrip(AlgorithmSuite suite) throws Exception {
    SignedEnvelopes envelopes = envelopes(suite);
    Signer alice = Fixtures.signer(suite, "alice");
    Recipient to = bob(suite).recipient();
    Baggaged bx =
        envelopes.encBX(
            alice,
            to,
            Vectors.TBS,
            Vectors.TBE,
            Vectors.t(),
            B,
            Vectors.b(),
            P_BX,
            Fixtures.panData());
    OpenedContent opened =
        envelopes
            .openEncBX(Baggaged.decode(Der.encode(bx)), bob(suite), Vectors.TBE, B, P_BX)
            .verify(alice.publicKey(), Vectors.TBS);
    assertThat(opened.content()).isEqualTo(Der.encode(Vectors.t()));
    byte[] enc = envelopes.enc(alice, to, Vectors.TBS, Vectors.TBE, Vectors.t());
    assertThat(
            envelopes
                .openEnc(enc, bob(suite), Vectors.TBE)
                .verify(alice.certificate(), Vectors.TBS)
                .content())
        .isEqualTo(Der.encode(Vectors.t()));
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void swappedBaggageFails(AlgorithmSuite suite) throws Exception {
    for (String op : List.of("encb", "encbx")) {
      Baggaged message = Baggaged.decode(Vectors.read(suite, op + ".der"));
      Baggaged swapped =
          new Baggaged(ContentInfo.getInstance(message.envelope()), Fixtures.value("another PI"));
      fails(
          () -> openBaggaged(suite, op, swapped),
          Reason.DIGEST_MISMATCH,
          "AgentSetRecipientInfo.linkDigests");
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void flippedCiphertextOrWrappedKeyFails(AlgorithmSuite suite) {
    for (String op : List.of("enc", "encb", "encx", "encbx", "enck")) {
      byte[] env = envelopeOf(suite, op);
      fails(() -> openEnvelope(suite, op, Tamper.flipCiphertext(env)), Reason.DECRYPTION_FAILED);
      fails(() -> openEnvelope(suite, op, Tamper.flipMac(env)), Reason.DECRYPTION_FAILED);
      byte[] key =
          op.equals("enck")
              ? Tamper.flipKekKey(env)
              : suite instanceof RsaSuite && op.equals("enc")
                  ? Tamper.flipKtriKey(env)
                  : Tamper.flipSealedBlock(env);
      fails(() -> openEnvelope(suite, op, key), Reason.DECRYPTION_FAILED);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void tamperedInnerSignatureFails(AlgorithmSuite suite) throws Exception {
    byte[] signed =
        new Signatures(suite).s(Fixtures.signer(suite, "alice"), Vectors.TBS, Vectors.t());
    AuthEnvelopedCodec codec = new AuthEnvelopedCodec(suite, new DeterministicRandom("inner"));
    byte[] badSignature =
        codec.seal(
            bob(suite).recipient(),
            Vectors.TBE,
            Tamper.flipSignature(signed),
            List.of(),
            false,
            null);
    fails(
        () ->
            envelopes(suite)
                .openEnc(badSignature, bob(suite), Vectors.TBE)
                .verify(alice(suite), Vectors.TBS),
        Reason.BAD_SIGNATURE);
    byte[] badContent =
        codec.seal(
            bob(suite).recipient(),
            Vectors.TBE,
            Tamper.flipContent(signed),
            List.of(),
            false,
            null);
    fails(
        () ->
            envelopes(suite)
                .openEnc(badContent, bob(suite), Vectors.TBE)
                .verify(alice(suite), Vectors.TBS),
        Reason.DIGEST_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void anotherSignerIsRefused(AlgorithmSuite suite) throws Exception {
    X509CertificateHolder mallory = Fixtures.signingCertificate(suite, "mallory");
    for (String op : List.of("enc", "encb", "encx", "encbx", "enck")) {
      SignedEnvelopeContent content = open(suite, op, Vectors.read(suite, op + ".der"));
      fails(() -> content.verify(mallory, Vectors.TBS), Reason.WRONG_SIGNER);
      fails(
          () -> content.verify(TestKeys.signing(suite, "mallory").getPublic(), Vectors.TBS),
          Reason.BAD_SIGNATURE);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void aLinkSignedOverOtherExtraDataFails(AlgorithmSuite suite) throws Exception {
    // the signature covers L(t, p) for one PANData; the key block carries another
    Digests digests = new Digests(suite);
    ASN1Encodable other = Fixtures.panData("5500000000000004", new byte[32], new byte[20]);
    byte[] signed =
        new Signatures(suite)
            .s(
                Fixtures.signer(suite, "alice"),
                Vectors.TBS,
                digests.link(Vectors.t(), P, Fixtures.panData()));
    AuthEnvelopedCodec codec = new AuthEnvelopedCodec(suite, new DeterministicRandom("x"));
    byte[] env =
        codec.seal(
            bob(suite).recipient(),
            Vectors.TBE,
            signed,
            List.of(digests.digestedData(P, other)),
            false,
            other);
    SignedEnvelopeContent content = envelopes(suite).openEncX(env, bob(suite), Vectors.TBE, P);
    fails(
        () -> content.verify(alice(suite), Vectors.TBS), Reason.DIGEST_MISMATCH, "L(t, p).t2Hash");
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void wrongRecipientSuiteOrContentTypeIsRefused(AlgorithmSuite suite) {
    RecipientKey eve = Fixtures.recipientKey(suite, "eve");
    fails(
        () -> envelopes(suite).openEncX(Vectors.read(suite, "encx.der"), eve, Vectors.TBE, P),
        Reason.WRONG_RECIPIENT);
    AlgorithmSuite other = Reasons.other(suite);
    fails(
        () ->
            envelopes(suite)
                .openEncX(
                    Tamper.suite(Vectors.read(suite, "encx.der"), other.identifier()),
                    bob(suite),
                    Vectors.TBE,
                    P),
        Reason.SUITE_MISMATCH);
    fails(
        () ->
            envelopes(suite)
                .openEnc(Vectors.read(suite, "enc.der"), bob(suite), SetContentTypes.CAP_TOKEN_TBE),
        Reason.CONTENT_TYPE_MISMATCH);
    fails(
        () ->
            open(suite, "enc", Vectors.read(suite, "enc.der"))
                .verify(alice(suite), SetContentTypes.PI_TBS),
        Reason.CONTENT_TYPE_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void encKNeedsTheSharedKeyItNames(AlgorithmSuite suite) {
    byte[] env = Vectors.read(suite, "enck.der");
    SharedKey otherId = new SharedKey(new byte[] {9}, new byte[32]);
    fails(
        () -> envelopes(suite).openEncK(env, List.of(otherId), Vectors.TBE),
        Reason.WRONG_RECIPIENT,
        "KEKRecipientInfo.kekid");
    SharedKey sameIdOtherKey = new SharedKey(Vectors.sharedKey().identifier(), new byte[32]);
    fails(
        () -> envelopes(suite).openEncK(env, List.of(sameIdOtherKey), Vectors.TBE),
        Reason.DECRYPTION_FAILED);
    fails(() -> envelopes(suite).openEnc(env, bob(suite), Vectors.TBE), Reason.WRONG_RECIPIENT);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void truncatedInputIsRefused(AlgorithmSuite suite) {
    for (String op : List.of("enc", "encb", "encx", "encbx", "enck")) {
      byte[] der = Vectors.read(suite, op + ".der");
      fails(() -> open(suite, op, Tamper.truncate(der, 2)), Reason.MALFORMED);
    }
  }

  private static SignedEnvelopes envelopes(AlgorithmSuite suite) {
    return new SignedEnvelopes(suite, new DeterministicRandom("signed envelopes"));
  }

  private static RecipientKey bob(AlgorithmSuite suite) {
    return Fixtures.recipientKey(suite, "bob");
  }

  private static X509CertificateHolder alice(AlgorithmSuite suite) {
    try {
      return new X509CertificateHolder(Vectors.read(suite, "alice.crt"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] envelopeOf(AlgorithmSuite suite, String op) {
    byte[] der = Vectors.read(suite, op + ".der");
    try {
      return op.equals("encb") || op.equals("encbx") ? Baggaged.decode(der).envelope() : der;
    } catch (SetCryptoException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens {@code op}'s envelope alone (the baggage taken from the stored message). */
  private static SignedEnvelopeContent openEnvelope(AlgorithmSuite suite, String op, byte[] env)
      throws SetCryptoException {
    if (op.equals("encb") || op.equals("encbx")) {
      Baggaged stored = Baggaged.decode(Vectors.read(suite, op + ".der"));
      return openBaggaged(suite, op, new Baggaged(ContentInfo.getInstance(env), stored.baggage()));
    }
    return open(suite, op, env);
  }

  private static SignedEnvelopeContent open(AlgorithmSuite suite, String op, byte[] der)
      throws SetCryptoException {
    return switch (op) {
      case "enc" -> envelopes(suite).openEnc(der, bob(suite), Vectors.TBE);
      case "encx" -> envelopes(suite).openEncX(der, bob(suite), Vectors.TBE, P);
      case "enck" -> envelopes(suite).openEncK(der, List.of(Vectors.sharedKey()), Vectors.TBE);
      default -> openBaggaged(suite, op, Baggaged.decode(der));
    };
  }

  private static SignedEnvelopeContent openBaggaged(
      AlgorithmSuite suite, String op, Baggaged message) throws SetCryptoException {
    return op.equals("encb")
        ? envelopes(suite).openEncB(message, bob(suite), Vectors.TBE, B)
        : envelopes(suite).openEncBX(message, bob(suite), Vectors.TBE, B, P_BX);
  }
}
