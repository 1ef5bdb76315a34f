package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.gateway.CredResData;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Refunds: CredReq from the merchant, the gateway's checks of each CapToken, CredRes back. */
class CreditChecksTest {

  private static final CurrencyAmount TEN = new CurrencyAmount(978, 1000, -2);

  private record Sides(Parties p, GatewayCredit gateway, MerchantCredit merchant) {}

  private static Sides sides(String suite) {
    Parties p = Parties.of(suite);
    PartyContext g = Parties.builder(suite).context("gateway", Parties.CLOCK, p.pki.revocation());
    return new Sides(
        p,
        new GatewayCredit(
            g,
            p.pki.credential("gateway-sig"),
            p.pki.credential("gateway-kx"),
            List.of(Parties.TOKEN_KEY)),
        new MerchantCredit(
            p.merchantContext,
            p.pki.credential("merchant-sig"),
            p.pki.credential("merchant-kx"),
            p.pki.cert("gateway-kx")));
  }

  private static byte[] captureRrpid(Parties p, AuthorisationResult auth) throws Exception {
    return p.merchantPayments.capture(
            List.of(new MerchantAuthorisation.Capture(auth, auth.header().getAuthAmt())))
        .rrpid;
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void aRefundOfACaptureGoesThroughAndIsAnsweredToTheMerchant(String suite) throws Exception {
    Sides s = sides(suite);
    Run run = new Run(s.p(), Parties.order()).authorised();
    byte[] cap = captureRrpid(s.p(), run.result);
    CreditSent sent = s.merchant().credit(List.of(new MerchantCredit.Credit(run.result, cap, TEN)));

    CreditRequest request = s.gateway().processCreditRequest(Run.der(sent.message()));

    CreditRequest.Item item = request.items().get(0);
    assertThat(item.result()).isEqualTo(CredCode.SUCCESS);
    assertThat(item.authRrpid()).isEqualTo(run.result.authRrpid());
    assertThat(item.capRrpid()).isEqualTo(cap);
    assertThat(request.merchantId().getString()).isEqualTo(s.p().merchant.merchantId().getString());
    CredResData data =
        s.merchant()
            .processCreditResponse(
                sent, Run.der(s.gateway().creditResponse(request, BigInteger.TEN)));
    assertThat(data.getCredResItemSeq().get(0).getCredCode()).isEqualTo(CredCode.SUCCESS);
    assertThat(data.getCredResItemSeq().get(0).getCredActualAmt().getAmount().longValue())
        .isEqualTo(1000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void aRefundAboveTheAuthorisedAmountIsTooLarge(String suite) throws Exception {
    Sides s = sides(suite);
    Run run = new Run(s.p(), Parties.order()).authorised();
    CurrencyAmount more = new CurrencyAmount(978, 4251, -2);
    CreditSent sent =
        s.merchant()
            .credit(
                List.of(
                    new MerchantCredit.Credit(run.result, captureRrpid(s.p(), run.result), more)));

    CreditRequest request = s.gateway().processCreditRequest(Run.der(sent.message()));

    assertThat(request.items().get(0).result()).isEqualTo(CredCode.CREDIT_TOO_LARGE);
    CredResData data =
        s.merchant()
            .processCreditResponse(sent, Run.der(s.gateway().creditResponse(request, null)));
    assertThat(data.getCredResItemSeq().get(0).getCredActualAmt().getAmount()).isZero();
    assertThatThrownBy(
            () -> request.withItems(List.of(request.items().get(0).withResult(CredCode.SUCCESS))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void theCapTokenOfAnotherPurchaseIsRefused(String suite) throws Exception {
    Sides s = sides(suite);
    Run a = new Run(s.p(), Parties.order("book", 1000)).authorised();
    Run b = new Run(s.p(), Parties.order("lamp", 1000)).authorised();
    AuthorisationResult mixed =
        new AuthorisationResult(
            a.result.request,
            a.result.header,
            b.result.capToken,
            a.result.receipt,
            a.result.receiptData);
    CreditSent sent =
        s.merchant()
            .credit(List.of(new MerchantCredit.Credit(mixed, captureRrpid(s.p(), a.result), TEN)));

    assertThat(s.gateway().processCreditRequest(Run.der(sent.message())).items().get(0).result())
        .isEqualTo(CredCode.INVALID_CAP_TOKEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void aReplayedOrTamperedCredReqIsRefused(String suite) throws Exception {
    Sides s = sides(suite);
    Run run = new Run(s.p(), Parties.order()).authorised();
    CreditSent sent =
        s.merchant()
            .credit(
                List.of(
                    new MerchantCredit.Credit(run.result, captureRrpid(s.p(), run.result), TEN)));
    byte[] der = Run.der(sent.message());
    byte[] tampered = der.clone();
    tampered[der.length / 2] ^= 0x01;

    assertThatThrownBy(() -> s.gateway().processCreditRequest(tampered))
        .isInstanceOf(SetProtocolException.class);
    s.gateway().processCreditRequest(der);
    assertThatThrownBy(() -> s.gateway().processCreditRequest(der))
        .isInstanceOf(SetProtocolException.class)
        .extracting(e -> ((SetProtocolException) e).refusal())
        .isEqualTo(Refusal.REPLAYED_RRPID);
  }
}
