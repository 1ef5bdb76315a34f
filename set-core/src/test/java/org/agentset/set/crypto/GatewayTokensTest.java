package org.agentset.set.crypto;

import static org.agentset.set.crypto.Reasons.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The gateway's self-addressed CapToken and AuthToken. */
class GatewayTokensTest {

  private static final String SUITES = "org.agentset.set.crypto.Reasons#suites";
  private static final SharedKey CURRENT = key("2026-11", 7);
  private static final SharedKey PREVIOUS = key("2026-10", 3);

  @ParameterizedTest
  @MethodSource(SUITES)
  void aTokenComesBackAsItWasSealed(AlgorithmSuite suite) throws Exception {
    GatewayTokens tokens = tokens(suite, "alice", List.of(CURRENT, PREVIOUS));
    byte[] token =
        tokens.seal(SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE, capTokenData());
    assertThat(tokens.open(token, SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE))
        .isEqualTo(Der.encode(capTokenData()));
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void aTokenSealedBeforeRotationStillOpens(AlgorithmSuite suite) throws Exception {
    byte[] old =
        tokens(suite, "alice", List.of(PREVIOUS))
            .seal(SetContentTypes.AUTH_TOKEN_TBS, SetContentTypes.AUTH_TOKEN_TBE, capTokenData());
    assertThat(
            tokens(suite, "alice", List.of(CURRENT, PREVIOUS))
                .open(old, SetContentTypes.AUTH_TOKEN_TBS, SetContentTypes.AUTH_TOKEN_TBE))
        .isEqualTo(Der.encode(capTokenData()));
    fails(
        () ->
            tokens(suite, "alice", List.of(CURRENT))
                .open(old, SetContentTypes.AUTH_TOKEN_TBS, SetContentTypes.AUTH_TOKEN_TBE),
        Reason.WRONG_RECIPIENT);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void aTamperedTokenIsRefused(AlgorithmSuite suite) throws Exception {
    GatewayTokens tokens = tokens(suite, "alice", List.of(CURRENT));
    byte[] token =
        tokens.seal(SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE, capTokenData());
    for (byte[] tampered :
        List.of(
            Tamper.flipCiphertext(token),
            Tamper.flipMac(token),
            Tamper.flipKekKey(token),
            Tamper.flipNonce(token))) {
      fails(
          () -> tokens.open(tampered, SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE),
          Reason.DECRYPTION_FAILED);
    }
    fails(
        () ->
            tokens.open(
                Tamper.truncate(token, 1),
                SetContentTypes.CAP_TOKEN_TBS,
                SetContentTypes.CAP_TOKEN_TBE),
        Reason.MALFORMED);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void aTokenSignedByAnyoneElseIsRefused(AlgorithmSuite suite) throws Exception {
    byte[] foreign =
        tokens(suite, "mallory", List.of(CURRENT))
            .seal(SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE, capTokenData());
    fails(
        () ->
            tokens(suite, "alice", List.of(CURRENT))
                .open(foreign, SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE),
        Reason.WRONG_SIGNER);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void aGatewayOfAnotherSuiteRefusesTheToken(AlgorithmSuite suite) throws Exception {
    byte[] token =
        tokens(suite, "alice", List.of(CURRENT))
            .seal(SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE, capTokenData());
    AlgorithmSuite other = Reasons.other(suite);
    GatewayTokens otherGateway =
        new GatewayTokens(
            other, new DeterministicRandom("o"), Fixtures.signer(other, "alice"), List.of(CURRENT));
    fails(
        () ->
            otherGateway.open(token, SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE),
        Reason.SUITE_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void aCapTokenIsNotAnAuthToken(AlgorithmSuite suite) throws Exception {
    GatewayTokens tokens = tokens(suite, "alice", List.of(CURRENT));
    byte[] cap =
        tokens.seal(SetContentTypes.CAP_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE, capTokenData());
    fails(
        () -> tokens.open(cap, SetContentTypes.AUTH_TOKEN_TBS, SetContentTypes.AUTH_TOKEN_TBE),
        Reason.CONTENT_TYPE_MISMATCH);
    fails(
        () -> tokens.open(cap, SetContentTypes.AUTH_TOKEN_TBS, SetContentTypes.CAP_TOKEN_TBE),
        Reason.CONTENT_TYPE_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void tokensNeedAKeyAndACertificate(AlgorithmSuite suite) {
    Signer named = Fixtures.signer(suite, "alice");
    Signer unnamed = Signer.withKeyIdentifier(suite, TestKeys.signing(suite, "alice"));
    assertThatThrownBy(
            () -> new GatewayTokens(suite, new DeterministicRandom("t"), named, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new GatewayTokens(suite, new DeterministicRandom("t"), unnamed, List.of(CURRENT)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static GatewayTokens tokens(AlgorithmSuite suite, String signer, List<SharedKey> keys) {
    return new GatewayTokens(
        suite, new DeterministicRandom("tokens"), Fixtures.signer(suite, signer), keys);
  }

  private static org.bouncycastle.asn1.ASN1Encodable capTokenData() {
    return Fixtures.value("CapTokenData: AuthRRPID, AuthAmt 4200, TokenOpaque");
  }

  private static SharedKey key(String id, int fill) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) fill);
    return new SharedKey(id.getBytes(StandardCharsets.US_ASCII), key);
  }
}
