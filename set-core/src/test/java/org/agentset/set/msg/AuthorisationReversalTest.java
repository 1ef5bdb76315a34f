package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agentset.set.asn1.gateway.AuthRevCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AuthRevReq/AuthRevRes: a merchant reverses an authorization it holds the CapToken of. */
class AuthorisationReversalTest {

  private static AuthorisationReversal.Sent request(Parties p, AuthorisationResult auth)
      throws Exception {
    return new AuthorisationReversal(p.merchantContext)
        .request(
            p.pki.credential("merchant-sig"),
            p.pki.credential("merchant-kx"),
            p.pki.cert("gateway-kx"),
            auth);
  }

  private static AuthorisationReversal gateway(String suite, Parties p) {
    return new AuthorisationReversal(
        Parties.builder(suite).context("gateway", Parties.CLOCK, p.pki.revocation()));
  }

  private static AuthorisationReversal.Request process(
      AuthorisationReversal g, Parties p, byte[] message) throws Exception {
    return g.process(
        message,
        p.pki.credential("gateway-kx"),
        List.of(Parties.TOKEN_KEY),
        p.pki.credential("gateway-sig"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void aReversalOfAnAuthorisationRoundTrips(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run run = new Run(p, Parties.order()).authorised();
    AuthorisationReversal g = gateway(suite, p);
    AuthorisationReversal.Sent sent = request(p, run.result);

    AuthorisationReversal.Request r = process(g, p, Run.der(sent.message()));

    assertThat(r.result()).isEqualTo(AuthRevCode.APPROVED);
    assertThat(r.authRrpid()).isEqualTo(run.result.authRrpid());
    assertThat(r.xid()).isEqualTo(run.verified.transIds().getXid());
    byte[] answer = Run.der(g.response(r, AuthRevCode.APPROVED, p.pki.credential("gateway-sig")));
    assertThat(
            new AuthorisationReversal(p.merchantContext)
                .outcome(sent, answer, p.pki.credential("merchant-kx"), p.pki.cert("gateway-kx")))
        .isEqualTo(AuthRevCode.APPROVED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void theTokenOfAnotherPurchaseIsRefusedAndCannotBeAnsweredApproved(String suite)
      throws Exception {
    Parties p = Parties.of(suite);
    Run a = new Run(p, Parties.order("book", 1000)).authorised();
    Run b = new Run(p, Parties.order("lamp", 1000)).authorised();
    AuthorisationResult mixed =
        new AuthorisationResult(
            a.result.request,
            a.result.header,
            b.result.capToken,
            a.result.receipt,
            a.result.receiptData);
    AuthorisationReversal g = gateway(suite, p);

    AuthorisationReversal.Request r = process(g, p, Run.der(request(p, mixed).message()));

    assertThat(r.result()).isEqualTo(AuthRevCode.INVALID_CAP_TOKEN);
    assertThatThrownBy(() -> g.response(r, AuthRevCode.APPROVED, p.pki.credential("gateway-sig")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void aReplayedOrTamperedReversalIsRefused(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run run = new Run(p, Parties.order()).authorised();
    AuthorisationReversal g = gateway(suite, p);
    byte[] der = Run.der(request(p, run.result).message());
    byte[] tampered = der.clone();
    tampered[der.length / 3] ^= 0x01;

    assertThatThrownBy(() -> process(g, p, tampered)).isInstanceOf(SetProtocolException.class);
    process(g, p, der);
    assertThatThrownBy(() -> process(g, p, der))
        .isInstanceOf(SetProtocolException.class)
        .extracting(e -> ((SetProtocolException) e).refusal())
        .isEqualTo(Refusal.REPLAYED_RRPID);
  }
}
