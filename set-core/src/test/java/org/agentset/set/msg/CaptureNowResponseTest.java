package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.gateway.CapCode;
import org.junit.jupiter.api.Test;

/**
 * AuthRes for an AuthReq with CaptureNow: a capture is reported only when the gateway made one, and
 * the CapToken comes in every approval (a captured authorisation is refunded with it).
 */
class CaptureNowResponseTest {

  private static Run captureNowRequest() throws SetProtocolException {
    Run run = new Run(Parties.of("p256"), Parties.order()).verified();
    run.authReq = run.p.merchantPayments.authorise(run.verified, run.order.amount(), true);
    run.request = run.p.gateway.processAuthorisationRequest(Run.der(run.authReq.message()));
    assertThat(run.request.captureNow()).isTrue();
    return run;
  }

  private static AuthorisationResult answer(Run run, CapCode capture) throws Exception {
    BankDecision approved = BankDecision.approved(run.request.amount(), "A1B2C3");
    byte[] authRes =
        Run.der(
            capture == null
                ? run.p.gateway.authorisationResponse(run.request, approved)
                : run.p.gateway.authorisationResponse(run.request, approved, capture));
    return run.p.merchantPayments.processAuthorisationResponse(run.authReq, authRes);
  }

  @Test
  void aCaptureMadeAtOnceIsReportedWithTheCapTokenForRefunds() throws Exception {
    Run run = captureNowRequest();

    AuthorisationResult result = answer(run, CapCode.SUCCESS);

    assertThat(result.capture().getCapCode()).isEqualTo(CapCode.SUCCESS);
    assertThat(result.capture().getCapAmt().getAmount())
        .isEqualTo(run.request.amount().getAmount());
    assertThat(result.capToken()).isNotNull();
  }

  @Test
  void aFailedCaptureAtOnceIsReportedWithNothingCaptured() throws Exception {
    Run run = captureNowRequest();

    AuthorisationResult result = answer(run, CapCode.UNSPECIFIED_FAILURE);

    assertThat(result.capture().getCapCode()).isEqualTo(CapCode.UNSPECIFIED_FAILURE);
    assertThat(result.capture().getCapAmt().getAmount().signum()).isZero();
    assertThat(result.capToken()).isNotNull();
  }

  @Test
  void withoutACaptureNoneIsClaimedEvenWhenCaptureNowWasAsked() throws Exception {
    Run run = captureNowRequest();

    AuthorisationResult result = answer(run, null);

    assertThat(result.capture()).isNull();
    assertThat(result.capToken()).isNotNull();
  }

  @Test
  void onlyAnApprovedCaptureNowRequestCanBeReportedCaptured() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).gatewayVerified();
    Run asked = captureNowRequest();

    assertThatThrownBy(
            () ->
                run.p.gateway.authorisationResponse(
                    run.request,
                    BankDecision.approved(run.request.amount(), "A1B2C3"),
                    CapCode.SUCCESS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                asked.p.gateway.authorisationResponse(
                    asked.request,
                    BankDecision.declined(AuthCode.DECLINED, asked.request.amount(), "05"),
                    CapCode.SUCCESS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
