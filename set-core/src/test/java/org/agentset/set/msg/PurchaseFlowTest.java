package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CapResData;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.purchase.CompletionCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A whole purchase through cardholder, merchant and gateway, in every suite. */
class PurchaseFlowTest {

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void purchaseIsAuthorisedAndTheCardholderHoldsTheGatewayReceipt(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).completed();

    assertThat(run.request.pan()).isEqualTo(FlowPki.PAN);
    assertThat(run.request.cardExpiry()).isEqualTo(FlowPki.EXPIRY);
    assertThat(run.request.amount().getAmount()).isEqualTo(BigInteger.valueOf(4250));
    assertThat(run.request.merchantId().getString()).isEqualTo("MER-000042");
    assertThat(run.request.xid()).isEqualTo(run.preq.transIds().getXid());
    assertThat(run.request.transStain())
        .isEqualTo(Parties.card().transStain(run.preq.transIds().getXid()));
    assertThat(run.request.cardholderSerial())
        .isEqualTo(run.request.cardholderCertificate().getSerialNumber());
    assertThat(run.result.approved()).isTrue();
    assertThat(run.result.capToken()).isNotNull();
    assertThat(run.outcome.completionCode()).isEqualTo(CompletionCode.AUTHORIZATION_PERFORMED);
    assertThat(run.outcome.authCode()).isEqualTo(AuthCode.APPROVED);
    assertThat(run.outcome.receipt().getXid()).isEqualTo(run.preq.transIds().getXid());
    assertThat(run.outcome.receipt().getMerchantId().getString()).isEqualTo("MER-000042");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void authorisationIsCaptured(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).completed();

    CaptureRequest captured = run.capture();

    assertThat(captured.items())
        .singleElement()
        .satisfies(i -> assertThat(i.result()).isEqualTo(CapCode.SUCCESS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void goldenTranscriptRepeatsByteForByte(String suite) throws Exception {
    Map<String, byte[]> stored = GoldenPurchase.stored(suite);
    Map<String, byte[]> now = GoldenPurchase.run(suite);

    assertThat(now.keySet())
        .containsExactly(
            "PInitReq", "PInitRes", "PReq", "AuthReq", "AuthRes", "PRes", "CapReq", "CapRes");
    for (String message : now.keySet()) {
      assertThat(now.get(message)).as(message).isEqualTo(stored.get(message));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256", "pq-hybrid"})
  void declinedAuthorisationReachesTheCardholderWithoutCapToken(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).gatewayVerified();
    byte[] authRes =
        Run.der(
            run.p.gateway.authorisationResponse(
                run.request, BankDecision.declined(AuthCode.DECLINED, run.request.amount(), "05")));
    AuthorisationResult result =
        run.p.merchantPayments.processAuthorisationResponse(run.authReq, authRes);
    PurchaseOutcome outcome =
        run.p.cardholder.verifyPurchaseResponse(
            run.preq, Run.der(run.p.merchant.purchaseResponse(run.verified, result)));

    assertThat(result.approved()).isFalse();
    assertThat(result.capToken()).isNull();
    assertThat(outcome.authCode()).isEqualTo(AuthCode.DECLINED);
    assertThat(outcome.receipt().getAuthCode()).isEqualTo(AuthCode.DECLINED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void orderReceivedBeforeAuthorisationAndInquiryAfterIt(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).verified();
    PurchaseOutcome pending =
        run.p.cardholder.verifyPurchaseResponse(
            run.preq, Run.der(run.p.merchant.purchaseResponse(run.verified)));
    assertThat(pending.completionCode()).isEqualTo(CompletionCode.ORDER_RECEIVED);
    assertThat(pending.receipt()).isNull();

    run.authorised();
    InquirySent inq = run.p.cardholder.inquire(run.preq);
    PurchaseOutcome later =
        run.p.cardholder.verifyInquiryResponse(
            inq,
            Run.der(
                run.p.merchant.answerInquiry(run.verified, run.result, Run.der(inq.message()))));

    assertThat(later.completionCode()).isEqualTo(CompletionCode.AUTHORIZATION_PERFORMED);
    assertThat(later.receipt().getAuthCode()).isEqualTo(AuthCode.APPROVED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void twoAuthorisationsAreCapturedInOneBatch(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run a = new Run(p, Parties.order("book", 1000)).completed();
    Run b = new Run(p, Parties.order("lamp", 2599)).completed();
    CaptureSent sent =
        p.merchantPayments.capture(
            List.of(
                new MerchantAuthorisation.Capture(a.result, a.order.amount()),
                new MerchantAuthorisation.Capture(b.result, new CurrencyAmount(978, 2000, -2))));
    CaptureRequest req = p.capture.processCaptureRequest(Run.der(sent.message()));
    CapResData res =
        p.merchantPayments.processCaptureResponse(
            sent, Run.der(p.capture.captureResponse(req, BigInteger.TEN)));

    assertThat(req.items())
        .extracting(CaptureRequest.Item::result)
        .containsExactly(CapCode.SUCCESS, CapCode.SUCCESS);
    assertThat(res.getCapResItemSeq()).hasSize(2);
    assertThat(res.getCapResItemSeq().get(1).getCapResPayload().getCapAmt().getAmount())
        .isEqualTo(BigInteger.valueOf(2000));
  }
}
