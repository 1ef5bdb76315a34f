package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.wallet.model.Purchase;
import org.agentset.wallet.pay.CardPayment;
import org.agentset.wallet.pay.SetTransport;
import org.junit.jupiter.api.Test;

/**
 * The wallet's {@link CardPayment} pays against set-core's own merchant and gateway (the purchase
 * fixture's parties, each with its own keys, trust and replay store), reached through the wallet's
 * {@link SetTransport} as bytes: PInitReq/PInitRes, PReq, the merchant's AuthReq to the gateway and
 * back, PRes with the gateway-signed receipt. Approved, declined, and a merchant that answers
 * garbage. Lives in set-core's package to use the fixture; the code under test is the wallet's.
 */
class WalletCardPaymentTest {

  private static final String OD = "2 x Wadden Islands Hiking Map";

  private final Parties p = Parties.of("p256");
  private final List<String> seen = new ArrayList<>();

  private SetInitiation initiation() {
    return new SetInitiation(
        "nordlicht-books",
        "http://127.0.0.1:9/merchant/set",
        "ORDER-7".getBytes(StandardCharsets.US_ASCII),
        OD,
        new CurrencyAmount(978, 2_600, -2),
        "AgentCard",
        Instant.parse("2030-01-01T00:00:00Z"),
        List.of(
            new OrderLine(
                "NB-MAP-004",
                "Wadden Islands Hiking Map",
                "maps",
                2,
                new CurrencyAmount(978, 1_300, -2))));
  }

  /** The merchant server (and, behind it, the gateway) as the wallet's transport meets them. */
  private SetTransport merchant(boolean approve) {
    PurchaseOrder order =
        new PurchaseOrder(
            OD.getBytes(StandardCharsets.UTF_8),
            new CurrencyAmount(978, 2_600, -2),
            "AgentCard",
            "ORDER-7".getBytes(StandardCharsets.US_ASCII),
            "en");
    PInitAnswered[] answered = new PInitAnswered[1];
    return (URI endpoint, byte[] message) -> {
      try {
        if (answered[0] == null) {
          seen.add("PInitReq");
          answered[0] = p.merchant.answerInit(message, order);
          return answered[0].message().getDerEncoded();
        }
        seen.add("PReq");
        VerifiedPReq verified = p.merchant.verifyPurchaseRequest(answered[0], message);
        AuthReqSent authReq = p.merchantPayments.authorise(verified, order.amount(), false);
        AuthorisationRequest request =
            p.gateway.processAuthorisationRequest(authReq.message().getDerEncoded());
        BankDecision bank =
            approve
                ? BankDecision.approved(request.amount(), "A1B2C3")
                : BankDecision.declined(
                    org.agentset.set.asn1.gateway.AuthCode.DECLINED, request.amount(), "05");
        byte[] authRes = p.gateway.authorisationResponse(request, bank).getDerEncoded();
        AuthorisationResult result =
            p.merchantPayments.processAuthorisationResponse(authReq, authRes);
        return p.merchant.purchaseResponse(verified, result).getDerEncoded();
      } catch (SetProtocolException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private Purchase pay(SetTransport transport) throws Exception {
    PartyContext context =
        Parties.builder("p256").context("cardholder", Parties.CLOCK, p.pki.revocation());
    return new CardPayment(context, transport, Parties.CLOCK)
        .pay("pay-1", initiation(), p.pki.credential("cardholder"), Parties.card(), "1111", "ag-1");
  }

  @Test
  void anApprovedPurchaseEndsAuthorisedWithTheGatewaysReceipt() throws Exception {
    Purchase purchase = pay(merchant(true));
    assertThat(seen).containsExactly("PInitReq", "PReq");
    assertThat(purchase.outcome()).as(purchase.detail()).isEqualTo(Purchase.Outcome.AUTHORISED);
    assertThat(purchase.receipt()).isPresent();
    assertThat(purchase.xid()).isPresent();
    assertThat(purchase.amountMinor()).isEqualTo(2_600);
    assertThat(purchase.description()).isEqualTo(OD);
    assertThat(purchase.agentId()).contains("ag-1");
  }

  @Test
  void aDeclineIsReportedAsDeclined() throws Exception {
    Purchase purchase = pay(merchant(false));
    assertThat(purchase.outcome()).as(purchase.detail()).isEqualTo(Purchase.Outcome.DECLINED);
    assertThat(purchase.receipt()).isEmpty();
  }

  @Test
  void aMerchantAnsweringGarbageFailsThePurchaseWithAReason() throws Exception {
    Purchase purchase = pay((endpoint, message) -> new byte[] {0x30, 0x00});
    assertThat(purchase.outcome()).isEqualTo(Purchase.Outcome.FAILED);
    assertThat(purchase.detail()).contains("refused");
  }

  @Test
  void aMerchantsSetErrorIsNamedInTheFailure() throws Exception {
    SetErrors errors = new SetErrors(p.merchantContext);
    Purchase purchase =
        pay(
            (endpoint, message) -> {
              try {
                return errors
                    .signed(
                        message,
                        new SetProtocolException(
                            Refusal.CERTIFICATE_MISSING, "merchant not enrolled"),
                        p.pki.credential("merchant-sig"))
                    .getDerEncoded();
              } catch (SetProtocolException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(purchase.outcome()).isEqualTo(Purchase.Outcome.FAILED);
    assertThat(purchase.detail()).contains("SET Error").contains("MISSING_CERTIFICATE");
  }

  @Test
  void anUnreachableMerchantFailsThePurchase() throws Exception {
    Purchase purchase =
        pay(
            (endpoint, message) -> {
              throw new java.net.ConnectException("refused");
            });
    assertThat(purchase.outcome()).isEqualTo(Purchase.Outcome.FAILED);
    assertThat(purchase.detail()).contains("could not be reached");
  }
}
