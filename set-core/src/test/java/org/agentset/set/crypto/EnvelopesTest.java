package org.agentset.set.crypto;

import static org.agentset.set.crypto.Reasons.fails;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.List;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.cms.AgentSetRecipientInfo;
import org.agentset.set.crypto.cms.KeyBlock;
import org.agentset.set.crypto.cms.Link;
import org.agentset.set.crypto.suite.RsaSuite;
import org.bouncycastle.asn1.cms.DigestedData;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** E, EH, EX and EXH in every suite: known answers, round trips, and every tamper. */
class EnvelopesTest {

  private static final String SUITES = "org.agentset.set.crypto.Reasons#suites";

  @ParameterizedTest
  @MethodSource(SUITES)
  void storedEnvelopesOpen(AlgorithmSuite suite) throws Exception {
    Envelopes envelopes = envelopes(suite);
    RecipientKey bob = bob(suite);
    byte[] t = Der.encode(Vectors.t());
    byte[] p = Der.encode(Fixtures.panData());
    assertThat(envelopes.openE(Vectors.read(suite, "e.der"), bob, Vectors.TBE).content())
        .isEqualTo(t);
    assertThat(envelopes.openEh(Vectors.read(suite, "eh.der"), bob, Vectors.TBE).content())
        .isEqualTo(t);
    OpenedContent ex =
        envelopes.openEx(Vectors.read(suite, "ex.der"), bob, Vectors.TBE, SetContentTypes.PAN_DATA);
    assertThat(ex.content()).isEqualTo(t);
    assertThat(ex.extra()).isEqualTo(p);
    assertThat(ex.contentType()).isEqualTo(Vectors.TBE);
    OpenedContent exh =
        envelopes.openExh(
            Vectors.read(suite, "exh.der"), bob, Vectors.TBE, SetContentTypes.PAN_TOKEN);
    assertThat(exh.content()).isEqualTo(t);
    assertThat(exh.extra()).isEqualTo(p);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void freshEnvelopesRoundTripWithoutACertificate(AlgorithmSuite suite) throws Exception {
    Envelopes envelopes = envelopes(suite);
    RecipientKey bob = new RecipientKey(TestKeys.exchange(suite, "bob"), null);
    byte[] e =
        envelopes.ex(
            bob.recipient(),
            Vectors.TBE,
            Vectors.t(),
            SetContentTypes.PAN_DATA,
            Fixtures.panData());
    assertThat(envelopes.openEx(e, bob, Vectors.TBE, SetContentTypes.PAN_DATA).extra())
        .isEqualTo(Der.encode(Fixtures.panData()));
    byte[] plain = envelopes.e(bob.recipient(), Vectors.TBE, Vectors.t());
    assertThat(envelopes.openE(plain, bob, Vectors.TBE).content())
        .isEqualTo(Der.encode(Vectors.t()));
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void flippedCiphertextTagOrNonceFails(AlgorithmSuite suite) {
    for (String op : List.of("e", "eh", "ex", "exh")) {
      byte[] env = Vectors.read(suite, op + ".der");
      fails(() -> open(suite, op, Tamper.flipCiphertext(env)), Reason.DECRYPTION_FAILED);
      fails(() -> open(suite, op, Tamper.flipMac(env)), Reason.DECRYPTION_FAILED);
      fails(() -> open(suite, op, Tamper.flipNonce(env)), Reason.DECRYPTION_FAILED);
      fails(() -> open(suite, op, Tamper.truncateCiphertext(env)), Reason.DECRYPTION_FAILED);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void flippedWrappedKeyFails(AlgorithmSuite suite) {
    for (String op : List.of("e", "eh", "ex", "exh")) {
      byte[] env = Vectors.read(suite, op + ".der");
      boolean ktri = suite instanceof RsaSuite && op.equals("e");
      fails(
          () -> open(suite, op, ktri ? Tamper.flipKtriKey(env) : Tamper.flipSealedBlock(env)),
          Reason.DECRYPTION_FAILED);
      if (!ktri) {
        fails(() -> open(suite, op, Tamper.truncateSealedBlock(env)), Reason.DECRYPTION_FAILED);
      }
      if (!(suite instanceof RsaSuite)) {
        fails(() -> open(suite, op, Tamper.flipEncapsulation(env)), Reason.DECRYPTION_FAILED);
      }
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void changedLinkDigestFails(AlgorithmSuite suite) {
    Digests digests = new Digests(suite);
    DigestedData other = digests.digestedData(SetContentTypes.PAN_DATA, Fixtures.value("other"));
    for (String op : List.of("ex", "exh")) {
      byte[] env = Vectors.read(suite, op + ".der");
      // the key block was sealed with the original link digest as associated data
      fails(
          () ->
              open(
                  suite,
                  op,
                  Tamper.ori(
                      env,
                      i ->
                          new AgentSetRecipientInfo(
                              i.rid(), i.suite(), List.of(other), i.sealed()))),
          Reason.DECRYPTION_FAILED);
      fails(
          () ->
              open(
                  suite,
                  op,
                  Tamper.ori(
                      env,
                      i -> new AgentSetRecipientInfo(i.rid(), i.suite(), List.of(), i.sealed()))),
          Reason.DECRYPTION_FAILED);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void anotherRecipientIsRefused(AlgorithmSuite suite) {
    RecipientKey eve = Fixtures.recipientKey(suite, "eve");
    for (String op : List.of("e", "eh", "ex", "exh")) {
      fails(() -> open(suite, op, Vectors.read(suite, op + ".der"), eve), Reason.WRONG_RECIPIENT);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void theWrongPrivateKeyBehindTheRightNameFails(AlgorithmSuite suite) {
    KeyPair eveKeys = TestKeys.exchange(suite, "eve");
    RecipientKey bobsName = bob(suite);
    RecipientKey impostor =
        new RecipientKey(
            new KeyPair(bobsName.keyPair().getPublic(), eveKeys.getPrivate()),
            bobsName.certificate());
    for (String op : List.of("e", "eh", "ex", "exh")) {
      fails(
          () -> open(suite, op, Vectors.read(suite, op + ".der"), impostor),
          Reason.DECRYPTION_FAILED);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void anotherOrUnknownSuiteIdentifierIsRefused(AlgorithmSuite suite) {
    AlgorithmSuite other = Reasons.other(suite);
    byte[] env = Vectors.read(suite, "ex.der");
    fails(
        () -> open(suite, "ex", Tamper.suite(env, other.identifier())),
        Reason.SUITE_MISMATCH,
        "AgentSetRecipientInfo.suite");
    AlgorithmIdentifier unknown =
        new AlgorithmIdentifier(
            org.agentset.set.asn1.SetObjectIdentifiers.AGENTSET_SUITES.branch("9"));
    fails(() -> open(suite, "ex", Tamper.suite(env, unknown)), Reason.UNKNOWN_SUITE);
    RecipientKey otherBob = Fixtures.recipientKey(other, "bob");
    fails(
        () -> envelopes(other).openEx(env, otherBob, Vectors.TBE, SetContentTypes.PAN_DATA),
        Reason.SUITE_MISMATCH);
    fails(
        () -> envelopes(other).openE(Vectors.read(suite, "e.der"), otherBob, Vectors.TBE),
        Reason.SUITE_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void otherContentEncryptionAlgorithmIsRefused(AlgorithmSuite suite) {
    byte[] env =
        Tamper.contentEncryption(
            Vectors.read(suite, "e.der"),
            new AlgorithmIdentifier(
                NISTObjectIdentifiers.id_aes128_GCM,
                new org.bouncycastle.asn1.cms.GCMParameters(new byte[12], 16)));
    fails(() -> open(suite, "e", env), Reason.SUITE_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void otherContentTypeIsRefused(AlgorithmSuite suite) {
    for (String op : List.of("e", "eh", "ex", "exh")) {
      fails(
          () ->
              open(
                  suite,
                  op,
                  Vectors.read(suite, op + ".der"),
                  bob(suite),
                  SetContentTypes.PI_UNSIGNED_TBE),
          Reason.CONTENT_TYPE_MISMATCH);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void truncatedOrForeignInputIsRefused(AlgorithmSuite suite) {
    for (String op : List.of("e", "eh", "ex", "exh")) {
      byte[] env = Vectors.read(suite, op + ".der");
      fails(() -> open(suite, op, Tamper.truncate(env, 1)), Reason.MALFORMED);
      fails(() -> open(suite, op, Tamper.truncate(env, env.length - 1)), Reason.MALFORMED);
    }
    fails(() -> open(suite, "e", Vectors.read(suite, "s.der")), Reason.CONTENT_TYPE_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void eachOperatorOpensOnlyItsOwnShape(AlgorithmSuite suite) {
    fails(() -> open(suite, "e", Vectors.read(suite, "ex.der")), Reason.MALFORMED);
    fails(
        () ->
            open(
                suite,
                "ex",
                Vectors.read(suite, "exh.der"),
                bob(suite),
                Vectors.TBE,
                SetContentTypes.PAN_TOKEN),
        Reason.MALFORMED,
        "KeyBlock.tbeHash");
    fails(() -> open(suite, "exh", Vectors.read(suite, "eh.der")), Reason.MALFORMED);
    fails(() -> open(suite, "eh", Vectors.read(suite, "exh.der")), Reason.MALFORMED);
    fails(
        () ->
            open(
                suite,
                "ex",
                Vectors.read(suite, "ex.der"),
                bob(suite),
                Vectors.TBE,
                SetContentTypes.PAN_TOKEN),
        Reason.DIGEST_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void aKeyBlockHashThatDisagreesWithTheContentFails(AlgorithmSuite suite) throws Exception {
    byte[] plaintext = AuthEnvelopedCodec.inner(Vectors.TBE, Der.encode(Vectors.t()));
    KeyBlock forged = new KeyBlock(new byte[32], new byte[32], null);
    byte[] env =
        new AuthEnvelopedCodec(suite, new DeterministicRandom("forge"))
            .seal(bob(suite).recipient(), forged, plaintext, List.of());
    fails(() -> open(suite, "eh", env), Reason.DIGEST_MISMATCH, "KeyBlock.tbeHash");
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void extraDataThatDisagreesWithTheLinkFails(AlgorithmSuite suite) throws Exception {
    Digests digests = new Digests(suite);
    Link link = digests.link(Vectors.t(), SetContentTypes.PAN_DATA, Fixtures.panData());
    byte[] plaintext = AuthEnvelopedCodec.inner(Vectors.TBE, Der.encode(link));
    org.bouncycastle.asn1.ASN1Encodable swapped =
        Fixtures.panData("5500000000000004", new byte[32], new byte[20]);
    DigestedData swappedDigest = digests.digestedData(SetContentTypes.PAN_DATA, swapped);
    AuthEnvelopedCodec codec = new AuthEnvelopedCodec(suite, new DeterministicRandom("forge"));
    // another PANData in the key block, its own digest as link: the content's link disagrees
    byte[] env =
        codec.seal(
            bob(suite).recipient(),
            new KeyBlock(new byte[32], null, swapped.toASN1Primitive()),
            plaintext,
            List.of(swappedDigest));
    fails(() -> open(suite, "ex", env), Reason.DIGEST_MISMATCH, "L(t, p).t2Hash");
    // another PANData in the key block, the original digest as link
    byte[] env2 =
        codec.seal(
            bob(suite).recipient(),
            new KeyBlock(new byte[32], null, swapped.toASN1Primitive()),
            plaintext,
            List.of(link.digest()));
    fails(
        () -> open(suite, "ex", env2), Reason.DIGEST_MISMATCH, "AgentSetRecipientInfo.linkDigests");
  }

  private static Envelopes envelopes(AlgorithmSuite suite) {
    return new Envelopes(suite, new DeterministicRandom("envelopes " + suite.name()));
  }

  private static RecipientKey bob(AlgorithmSuite suite) {
    return Fixtures.recipientKey(suite, "bob");
  }

  private static OpenedContent open(AlgorithmSuite suite, String op, byte[] env)
      throws SetCryptoException {
    return open(suite, op, env, bob(suite));
  }

  private static OpenedContent open(AlgorithmSuite suite, String op, byte[] env, RecipientKey key)
      throws SetCryptoException {
    return open(
        suite,
        op,
        env,
        key,
        Vectors.TBE,
        op.equals("exh") ? SetContentTypes.PAN_TOKEN : SetContentTypes.PAN_DATA);
  }

  private static OpenedContent open(
      AlgorithmSuite suite,
      String op,
      byte[] env,
      RecipientKey key,
      org.bouncycastle.asn1.ASN1ObjectIdentifier type,
      org.bouncycastle.asn1.ASN1ObjectIdentifier pType)
      throws SetCryptoException {
    Envelopes envelopes = envelopes(suite);
    return switch (op) {
      case "e" -> envelopes.openE(env, key, type);
      case "eh" -> envelopes.openEh(env, key, type);
      case "ex" -> envelopes.openEx(env, key, type, pType);
      default -> envelopes.openExh(env, key, type, pType);
    };
  }

  private static OpenedContent open(
      AlgorithmSuite suite,
      String op,
      byte[] env,
      RecipientKey key,
      org.bouncycastle.asn1.ASN1ObjectIdentifier type)
      throws SetCryptoException {
    return open(
        suite,
        op,
        env,
        key,
        type,
        op.equals("exh") ? SetContentTypes.PAN_TOKEN : SetContentTypes.PAN_DATA);
  }
}
