package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CapResData;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the gateway does with the acquirer's answers: ISO 8583 response codes become SET AuthCodes,
 * and a capture item the issuer refused is reported as failed in CapRes.
 */
class GatewaySettlementTest {

  private static final CurrencyAmount EUR_10 = new CurrencyAmount(978, 1000, -2);

  @ParameterizedTest
  @CsvSource({
    "05, DECLINED",
    "14, DECLINED",
    "43, DECLINED",
    "51, DECLINED",
    "54, EXPIRED_CARD",
    "13, AMOUNT_ERROR",
    "12, INVALID_TRANSACTION",
    "91, SYSTEM_ERROR",
    "96, SYSTEM_ERROR",
    "01, CALL_ISSUER",
    "63, PI_AUTH_MISMATCH"
  })
  void declinesMapToTheNearestAuthCode(String code, AuthCode expected) {
    BankDecision d = BankDecision.ofResponseCode(code, EUR_10, null);

    assertThat(d.authCode()).isEqualTo(expected);
    assertThat(d.responseCode()).isEqualTo(code);
    assertThat(d.authorisedAmount().getAmount()).isZero();
  }

  @Test
  void approvalAuthorisesTheRequestedAmount() {
    BankDecision d = BankDecision.ofResponseCode("00", EUR_10, "A1B2C3");

    assertThat(d.authCode()).isEqualTo(AuthCode.APPROVED);
    assertThat(d.authorisedAmount()).isEqualTo(EUR_10);
    assertThat(d.approvalCode()).isEqualTo("A1B2C3");
  }

  @Test
  void aMalformedResponseCodeIsRejected() {
    assertThatThrownBy(() -> BankDecision.ofResponseCode("5", EUR_10, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BankDecision.ofResponseCode(null, EUR_10, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anItemTheIssuerRefusedIsReportedAsFailed() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).authorised();
    CaptureSent sent =
        run.p.merchantPayments.capture(
            List.of(new MerchantAuthorisation.Capture(run.result, run.order.amount())));
    CaptureRequest request = run.p.capture.processCaptureRequest(Run.der(sent.message()));
    CaptureRequest.Item item = request.items().get(0);
    assertThat(item.result()).isEqualTo(CapCode.SUCCESS);

    CaptureRequest settled =
        request.withItems(
            List.of(
                new CaptureRequest.Item(
                    item.transIds(),
                    item.authRrpid(),
                    item.amount(),
                    CapCode.UNSPECIFIED_FAILURE)));
    byte[] capRes = Run.der(run.p.capture.captureResponse(settled, null));
    CapResData data = run.p.merchantPayments.processCaptureResponse(sent, capRes);

    assertThat(data.getCapResItemSeq().get(0).getCapResPayload().getCapCode())
        .isEqualTo(CapCode.UNSPECIFIED_FAILURE);
    assertThat(data.getCapResItemSeq().get(0).getCapResPayload().getCapAmt().getAmount()).isZero();
  }

  @Test
  void settlementCannotTurnARefusedItemIntoASuccessOrChangeIt() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).authorised();
    CaptureSent sent =
        run.p.merchantPayments.capture(
            List.of(
                new MerchantAuthorisation.Capture(run.result, new CurrencyAmount(978, 9999, -2))));
    CaptureRequest request = run.p.capture.processCaptureRequest(Run.der(sent.message()));
    CaptureRequest.Item item = request.items().get(0);
    assertThat(item.result()).isEqualTo(CapCode.INVALID_AUTH_DATA);

    assertThatThrownBy(
            () ->
                request.withItems(
                    List.of(
                        new CaptureRequest.Item(
                            item.transIds(), item.authRrpid(), item.amount(), CapCode.SUCCESS))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> request.withItems(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
