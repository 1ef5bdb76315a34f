package org.agentset.set.msg;

import static org.agentset.set.msg.Tamper.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.purchase.OIData;
import org.agentset.set.asn1.purchase.PI;
import org.agentset.set.asn1.purchase.PIDualSigned;
import org.agentset.set.asn1.purchase.PReq;
import org.agentset.set.asn1.purchase.PReqDualSigned;
import org.agentset.set.cert.PanSecret;
import org.agentset.set.crypto.Digests;
import org.agentset.set.crypto.SetContentTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every check the gateway makes on AuthReq and the PI inside, each with a request failing it. */
class GatewayAuthReqChecksTest {

  private static byte[] authReq(Run run) {
    return Run.der(run.authReq.message());
  }

  /** What a merchant that skipped its own checks would forward. */
  private static VerifiedPReq unchecked(Run run) {
    PReqDualSigned s = Tamper.body(Run.der(run.preq.message()), PReq.class).getDualSigned();
    OIData oi = s.getOiDualSigned().getOiData();
    DetachedDigest hOIData =
        DetachedDigest.getInstance(
            new Digests(run.p.merchantContext.suite()).digestedData(SetContentTypes.OI_DATA, oi));
    return new VerifiedPReq(
        run.answered,
        oi,
        oi.getRrpid(),
        PI.of(s.getPiDualSigned()),
        hOIData,
        run.p.pki.cert("cardholder"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void tamperedPaymentInstructionDoesNotOpen(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).verified();
    PIDualSigned pi = run.verified.pi.getPiDualSigned();
    VerifiedPReq tampered =
        new VerifiedPReq(
            run.answered,
            run.verified.oiData,
            run.verified.rrpid,
            PI.of(new PIDualSigned(pi.getPiSignature(), Tamper.lastByteFlipped(pi.getExPIData()))),
            run.verified.hOIData,
            run.verified.cardholder);
    AuthReqSent sent = run.p.merchantPayments.authorise(tampered, run.order.amount(), false);

    refused(
        () -> run.p.gateway.processAuthorisationRequest(Run.der(sent.message())),
        Refusal.DECRYPTION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void paymentInstructionSwappedBetweenTwoPurchasesIsRefused(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run a = new Run(p, Parties.order("book", 4250)).verified();
    Run b = new Run(p, Parties.order("lamp", 4250)).verified();
    VerifiedPReq swapped =
        new VerifiedPReq(
            a.answered,
            a.verified.oiData,
            a.verified.rrpid,
            b.verified.pi,
            a.verified.hOIData,
            a.verified.cardholder);
    AuthReqSent sent = p.merchantPayments.authorise(swapped, a.order.amount(), false);

    SetProtocolException e =
        refused(
            () -> p.gateway.processAuthorisationRequest(Run.der(sent.message())),
            Refusal.LINK_MISMATCH);
    assertThat(e.field()).isEqualTo("CheckDigests.hOIData");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void paymentInstructionBoundToAnotherGatewayIsRefused(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run run = new Run(p, Parties.order()).initiated();
    run.preq =
        p.cardholder.purchaseRequest(
            run.init, Run.der(run.answered.message()), p.pki.cert("merchant-kx"));
    AuthReqSent sent = p.merchantPayments.authorise(unchecked(run), run.order.amount(), false);

    refused(
        () -> p.gateway.processAuthorisationRequest(Run.der(sent.message())),
        Refusal.GATEWAY_BINDING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void cardOtherThanTheCertifiedOneIsRefused(String suite) throws Exception {
    CardAccount other =
        new CardAccount(
            "4111111111111129",
            FlowPki.EXPIRY,
            FlowPki.CARD_SECRET,
            PanSecret.derive(FlowPki.CARD_SECRET, FlowPki.CA_NONCE));
    Run run = new Run(Parties.builder(suite).card(other).build(), Parties.order()).authRequested();

    refused(() -> run.p.gateway.processAuthorisationRequest(authReq(run)), Refusal.PAN_IDENTITY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void expiryOtherThanTheCertifiedOneIsRefused(String suite) throws Exception {
    CardAccount other =
        new CardAccount(
            FlowPki.PAN,
            YearMonth.of(2030, 1),
            FlowPki.CARD_SECRET,
            PanSecret.derive(FlowPki.CARD_SECRET, FlowPki.CA_NONCE));
    Run run = new Run(Parties.builder(suite).card(other).build(), Parties.order()).authRequested();

    refused(() -> run.p.gateway.processAuthorisationRequest(authReq(run)), Refusal.PAN_IDENTITY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void aPurchaseOfNothingIsNotAuthorisedEvenWhenTheCardholderSignedIt(String suite)
      throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order("a free sample", 0)).verified();
    AuthReqSent sent = run.p.merchantPayments.authorise(run.verified, run.order.amount(), false);

    refused(
        () -> run.p.gateway.processAuthorisationRequest(Run.der(sent.message())),
        Refusal.AMOUNT_MISMATCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void amountAboveTheCardholderSignedOneIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).verified();
    AuthReqSent sent =
        run.p.merchantPayments.authorise(run.verified, new CurrencyAmount(978, 4251, -2), false);

    refused(
        () -> run.p.gateway.processAuthorisationRequest(Run.der(sent.message())),
        Refusal.AMOUNT_MISMATCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void replayedAuthReqIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).gatewayVerified();

    refused(() -> run.p.gateway.processAuthorisationRequest(authReq(run)), Refusal.REPLAYED_RRPID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void paymentInstructionPaysOnce(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).gatewayVerified();
    AuthReqSent again = run.p.merchantPayments.authorise(run.verified, run.order.amount(), false);

    refused(
        () -> run.p.gateway.processAuthorisationRequest(Run.der(again.message())),
        Refusal.REPLAYED_XID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256", "pq-hybrid"})
  void staleAuthReqIsRefusedEvenWithAFreshHeader(String suite) throws Exception {
    TestClock gatewayClock = new TestClock();
    Run run =
        new Run(Parties.builder(suite).gatewayClock(gatewayClock).build(), Parties.order())
            .authRequested();
    gatewayClock.advance(Duration.ofHours(1));

    refused(() -> run.p.gateway.processAuthorisationRequest(authReq(run)), Refusal.MESSAGE_TOO_OLD);
    byte[] redated = Tamper.redated(authReq(run), gatewayClock.instant());
    SetProtocolException e =
        refused(() -> run.p.gateway.processAuthorisationRequest(redated), Refusal.MESSAGE_TOO_OLD);
    assertThat(e.field()).isEqualTo("AuthReqData.authRRTags.currentDate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void authReqFromTheFutureIsRefused(String suite) throws Exception {
    TestClock gatewayClock = new TestClock();
    gatewayClock.advance(Duration.ofHours(-1));
    Run run =
        new Run(Parties.builder(suite).gatewayClock(gatewayClock).build(), Parties.order())
            .authRequested();

    refused(() -> run.p.gateway.processAuthorisationRequest(authReq(run)), Refusal.MESSAGE_TOO_NEW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void revokedMerchantCertificateIsRefused(String suite) throws Exception {
    Parties p =
        Parties.builder(suite)
            .gatewayRevocation(
                pki -> pki.revoking("mca", pki.cert("merchant-sig").getSerialNumber()))
            .build();
    Run run = new Run(p, Parties.order()).authRequested();

    refused(() -> p.gateway.processAuthorisationRequest(authReq(run)), Refusal.CERTIFICATE_REVOKED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void cardholderCertificateOfTheWrongTypeIsRefusedByTheGatewayToo(String suite) throws Exception {
    Run run =
        new Run(Parties.builder(suite).cardholderRole("wallet").build(), Parties.order())
            .initiated();
    run.preq = run.p.cardholder.purchaseRequest(run.init, Run.der(run.answered.message()));
    AuthReqSent sent = run.p.merchantPayments.authorise(unchecked(run), run.order.amount(), false);

    refused(
        () -> run.p.gateway.processAuthorisationRequest(Run.der(sent.message())),
        Refusal.WRONG_CERTIFICATE_TYPE);
  }
}
