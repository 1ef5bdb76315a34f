package org.agentset.set.crypto;

import static org.agentset.set.crypto.Reasons.fails;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each suite's key establishment (RSA-OAEP, HPKE, hybrid KEM + AES-GCM) on a key block: the stored
 * known answer opens, and every change to encapsulation, ciphertext, info, associated data or key
 * makes it fail.
 */
class KeyBlockSealingTest {

  private static final String SUITES = "org.agentset.set.crypto.Reasons#suites";

  @ParameterizedTest
  @MethodSource(SUITES)
  void opensTheStoredKeyBlock(AlgorithmSuite suite) throws Exception {
    assertThat(suite.openKeyBlock(bob(suite), stored(suite), Vectors.INFO, Vectors.AAD))
        .isEqualTo(Vectors.BLOCK);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void sealsAndOpens(AlgorithmSuite suite) throws Exception {
    SealedKeyBlock sealed =
        suite.sealKeyBlock(bob(suite).getPublic(), Vectors.BLOCK, Vectors.INFO, Vectors.AAD);
    assertThat(suite.openKeyBlock(bob(suite), sealed, Vectors.INFO, Vectors.AAD))
        .isEqualTo(Vectors.BLOCK);
    assertThat(sealed).isNotEqualTo(stored(suite));
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void flippedCiphertextFails(AlgorithmSuite suite) {
    SealedKeyBlock s = stored(suite);
    SealedKeyBlock flipped = new SealedKeyBlock(s.encapsulation(), Tamper.flip(s.ciphertext(), 1));
    fails(
        () -> suite.openKeyBlock(bob(suite), flipped, Vectors.INFO, Vectors.AAD),
        Reason.DECRYPTION_FAILED);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void flippedEncapsulationFails(AlgorithmSuite suite) {
    SealedKeyBlock s = stored(suite);
    if (s.encapsulation().length == 0) {
      // RSA-OAEP has no encapsulation: one is refused outright
      SealedKeyBlock added = new SealedKeyBlock(new byte[1], s.ciphertext());
      fails(
          () -> suite.openKeyBlock(bob(suite), added, Vectors.INFO, Vectors.AAD), Reason.MALFORMED);
      return;
    }
    for (int index : new int[] {1, s.encapsulation().length - 1}) {
      SealedKeyBlock flipped =
          new SealedKeyBlock(Tamper.flip(s.encapsulation(), index), s.ciphertext());
      fails(
          () -> suite.openKeyBlock(bob(suite), flipped, Vectors.INFO, Vectors.AAD),
          Reason.DECRYPTION_FAILED);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void truncatedFails(AlgorithmSuite suite) {
    SealedKeyBlock s = stored(suite);
    SealedKeyBlock cut = new SealedKeyBlock(s.encapsulation(), Tamper.truncate(s.ciphertext(), 1));
    fails(
        () -> suite.openKeyBlock(bob(suite), cut, Vectors.INFO, Vectors.AAD),
        Reason.DECRYPTION_FAILED);
    if (s.encapsulation().length > 0) {
      SealedKeyBlock shortEnc =
          new SealedKeyBlock(Tamper.truncate(s.encapsulation(), 1), s.ciphertext());
      fails(
          () -> suite.openKeyBlock(bob(suite), shortEnc, Vectors.INFO, Vectors.AAD),
          Reason.MALFORMED);
    }
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void otherInfoFails(AlgorithmSuite suite) {
    fails(
        () ->
            suite.openKeyBlock(
                bob(suite), stored(suite), Tamper.flip(Vectors.INFO, 0), Vectors.AAD),
        Reason.DECRYPTION_FAILED);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void otherAssociatedDataFails(AlgorithmSuite suite) {
    fails(
        () ->
            suite.openKeyBlock(
                bob(suite), stored(suite), Vectors.INFO, Tamper.flip(Vectors.AAD, 0)),
        Reason.DECRYPTION_FAILED);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void anotherRecipientsKeyFails(AlgorithmSuite suite) {
    KeyPair eve = TestKeys.exchange(suite, "eve");
    fails(
        () -> suite.openKeyBlock(eve, stored(suite), Vectors.INFO, Vectors.AAD),
        Reason.DECRYPTION_FAILED);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void anotherSuitesKeyIsRefused(AlgorithmSuite suite) {
    KeyPair foreign = TestKeys.exchange(Reasons.other(suite), "bob");
    fails(
        () -> suite.sealKeyBlock(foreign.getPublic(), Vectors.BLOCK, Vectors.INFO, Vectors.AAD),
        Reason.WRONG_KEY);
    fails(
        () -> suite.openKeyBlock(foreign, stored(suite), Vectors.INFO, Vectors.AAD),
        Reason.WRONG_KEY);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void refusesABlockBeyondCapacity(AlgorithmSuite suite) throws Exception {
    byte[] largest = new byte[suite.maxKeyBlockSize()];
    SealedKeyBlock sealed =
        suite.sealKeyBlock(bob(suite).getPublic(), largest, Vectors.INFO, Vectors.AAD);
    assertThat(suite.openKeyBlock(bob(suite), sealed, Vectors.INFO, Vectors.AAD))
        .isEqualTo(largest);
    fails(
        () ->
            suite.sealKeyBlock(
                bob(suite).getPublic(),
                new byte[suite.maxKeyBlockSize() + 1],
                Vectors.INFO,
                Vectors.AAD),
        Reason.TOO_LARGE);
  }

  private static KeyPair bob(AlgorithmSuite suite) {
    return TestKeys.exchange(suite, "bob");
  }

  private static SealedKeyBlock stored(AlgorithmSuite suite) {
    return new SealedKeyBlock(
        Vectors.read(suite, "keyblock-enc.bin"), Vectors.read(suite, "keyblock-ct.bin"));
  }
}
