package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CapToken;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway's checks of each CapToken at capture; a bad token fails its item only. */
class CaptureChecksTest {

  private static CapCode capture(Parties p, AuthorisationResult auth, CurrencyAmount amount)
      throws SetProtocolException {
    CaptureSent sent =
        p.merchantPayments.capture(List.of(new MerchantAuthorisation.Capture(auth, amount)));
    return p.capture.processCaptureRequest(Run.der(sent.message())).items().get(0).result();
  }

  private static AuthorisationResult withToken(AuthorisationResult r, CapToken token) {
    return new AuthorisationResult(r.request, r.header, token, r.receipt, r.receiptData);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void tamperedCapTokenIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).authorised();
    CapToken tampered = new CapToken(Tamper.lastByteFlipped(run.result.capToken.getContentInfo()));

    assertThat(capture(run.p, withToken(run.result, tampered), run.order.amount()))
        .isEqualTo(CapCode.INVALID_CAP_TOKEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void capTokenCapturesOnce(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).authorised();

    assertThat(capture(run.p, run.result, run.order.amount())).isEqualTo(CapCode.SUCCESS);
    assertThat(capture(run.p, run.result, run.order.amount())).isEqualTo(CapCode.DUPLICATE_REQUEST);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256", "pq-hybrid"})
  void capTokenOfAnotherPurchaseIsRefused(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run a = new Run(p, Parties.order("book", 1000)).authorised();
    Run b = new Run(p, Parties.order("lamp", 1000)).authorised();

    assertThat(capture(p, withToken(a.result, b.result.capToken), a.order.amount()))
        .isEqualTo(CapCode.INVALID_CAP_TOKEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void captureAboveTheAuthorisedAmountIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).authorised();

    assertThat(capture(run.p, run.result, new CurrencyAmount(978, 4251, -2)))
        .isEqualTo(CapCode.INVALID_AUTH_DATA);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void capTokenPastItsWindowIsRefused(String suite) throws Exception {
    TestClock clock = new TestClock();
    Parties p =
        Parties.builder(suite)
            .merchantClock(clock)
            .gatewayClock(clock)
            .captureWindow(Duration.ofHours(1))
            .build();
    Run run = new Run(p, Parties.order()).authorised();
    clock.advance(Duration.ofHours(2));

    assertThat(capture(p, run.result, run.order.amount())).isEqualTo(CapCode.AUTH_EXPIRED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void replayedCapReqIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).authorised();
    CaptureSent sent =
        run.p.merchantPayments.capture(
            List.of(new MerchantAuthorisation.Capture(run.result, run.order.amount())));
    run.p.capture.processCaptureRequest(Run.der(sent.message()));

    Tamper.refused(
        () -> run.p.capture.processCaptureRequest(Run.der(sent.message())), Refusal.REPLAYED_RRPID);
  }
}
