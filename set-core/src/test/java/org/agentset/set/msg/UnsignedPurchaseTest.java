package org.agentset.set.msg;

import static org.agentset.set.msg.Tamper.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.purchase.PI;
import org.agentset.set.asn1.purchase.PIUnsigned;
import org.agentset.set.asn1.purchase.PReq;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SET's unsigned purchase (a cardholder without certificate): {@code EXH(P, PI-OILink, PANToken)}
 * built by the cardholder, taken by a merchant only when it says so, refused by the gateway with
 * {@code signatureRequired} unless its policy allows it, and then checked for everything but the
 * cardholder's signature, which it has not.
 */
class UnsignedPurchaseTest {

  private static final GatewayAuthorisation.Policy ALLOW =
      new GatewayAuthorisation.Policy(
          Parties.PI_MAX_AGE, java.time.Duration.ofDays(30), () -> true);

  private static Run unsigned(Parties p, PurchaseOrder order) throws SetProtocolException {
    Run run = new Run(p, order);
    CardholderPurchase noCertificate =
        CardholderPurchase.withoutCertificate(
            p.cardholderContext, CardAccount.uncertified(FlowPki.PAN, FlowPki.EXPIRY));
    run.init = noCertificate.initiate(order);
    run.answered = p.merchant.answerInit(Run.der(run.init.message()), order);
    run.preq = noCertificate.purchaseRequest(run.init, Run.der(run.answered.message()));
    return run;
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void theGatewayTakesAnUnsignedPurchaseOnlyWhenItsPolicyAllows(String suite) throws Exception {
    Parties allowing = Parties.builder(suite).gatewayPolicy(ALLOW).build();
    Run run = unsigned(allowing, Parties.order());
    assertThat(Tamper.body(Run.der(run.preq.message()), PReq.class).getUnsigned()).isNotNull();
    run.verified =
        allowing.merchant.verifyPurchaseRequest(run.answered, Run.der(run.preq.message()), true);
    assertThat(run.verified.pi.getPiUnsigned()).isNotNull();
    byte[] authReq =
        Run.der(
            allowing.merchantPayments.authorise(run.verified, run.order.amount(), false).message());

    AuthorisationRequest r = allowing.gateway.processAuthorisationRequest(authReq);

    assertThat(r.source()).isEqualTo(AuthorisationRequest.Source.UNSIGNED);
    assertThat(r.pan()).isEqualTo(FlowPki.PAN);
    assertThat(r.cardholderCertificate()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void refusedByDefaultWithSignatureRequired(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run run = unsigned(p, Parties.order());
    refused(
        () -> p.merchant.verifyPurchaseRequest(run.answered, Run.der(run.preq.message())),
        Refusal.SIGNATURE_REQUIRED);
    VerifiedPReq taken =
        p.merchant.verifyPurchaseRequest(run.answered, Run.der(run.preq.message()), true);
    byte[] authReq =
        Run.der(p.merchantPayments.authorise(taken, run.order.amount(), false).message());

    SetProtocolException e =
        refused(() -> p.gateway.processAuthorisationRequest(authReq), Refusal.SIGNATURE_REQUIRED);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.SIGNATURE_REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void anUnsignedPurchaseIsAnsweredAndTheCardholderVerifiesTheResult(String suite)
      throws Exception {
    Parties p = Parties.builder(suite).gatewayPolicy(ALLOW).build();
    Run run = unsigned(p, Parties.order());
    run.verified =
        p.merchant.verifyPurchaseRequest(run.answered, Run.der(run.preq.message()), true);
    run.authReq = p.merchantPayments.authorise(run.verified, run.order.amount(), false);
    run.request = p.gateway.processAuthorisationRequest(Run.der(run.authReq.message()));
    run.result =
        p.merchantPayments.processAuthorisationResponse(
            run.authReq,
            Run.der(
                p.gateway.authorisationResponse(
                    run.request, BankDecision.approved(run.request.amount(), "A1B2C3"))));
    assertThat(run.result.approved()).isTrue();

    VerifiedPReq reread = MerchantRecords.readPurchase(MerchantRecords.purchase(run.verified));
    assertThat(reread.cardholder).isNull();
    assertThat(reread.pi.getPiUnsigned()).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256", "rsa"})
  void theLinksOfAnUnsignedPurchaseAreCheckedAsASignedOnesAre(String suite) throws Exception {
    Parties p = Parties.builder(suite).gatewayPolicy(ALLOW).build();
    Run a = unsigned(p, Parties.order("book", 4250));
    Run b = unsigned(p, Parties.order("lamp", 4250));
    VerifiedPReq va = p.merchant.verifyPurchaseRequest(a.answered, Run.der(a.preq.message()), true);
    VerifiedPReq vb = p.merchant.verifyPurchaseRequest(b.answered, Run.der(b.preq.message()), true);
    VerifiedPReq swapped = new VerifiedPReq(va.init, va.oiData, va.rrpid, vb.pi, va.hOIData, null);
    byte[] authReq =
        Run.der(p.merchantPayments.authorise(swapped, a.order.amount(), false).message());
    refused(() -> p.gateway.processAuthorisationRequest(authReq), Refusal.LINK_MISMATCH);

    VerifiedPReq tampered =
        new VerifiedPReq(
            va.init,
            va.oiData,
            va.rrpid,
            PI.of(new PIUnsigned(Tamper.lastByteFlipped(va.pi.getPiUnsigned().getContentInfo()))),
            va.hOIData,
            null);
    byte[] bad = Run.der(p.merchantPayments.authorise(tampered, a.order.amount(), false).message());
    refused(() -> p.gateway.processAuthorisationRequest(bad), Refusal.DECRYPTION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void aCardholderWithoutCertificateHasNoSecretsAndSignsNothing(String suite) throws Exception {
    Parties p = Parties.of(suite);
    CardAccount card = CardAccount.uncertified(FlowPki.PAN, FlowPki.EXPIRY);
    assertThat(card.isCertified()).isFalse();
    assertThatThrownBy(card::cardSecret).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> new CardholderPurchase(p.cardholderContext, p.pki.credential("cardholder"), card))
        .isInstanceOf(IllegalArgumentException.class);
    Run run = unsigned(p, Parties.order());
    CardholderPurchase noCertificate =
        CardholderPurchase.withoutCertificate(p.cardholderContext, card);
    assertThatThrownBy(() -> noCertificate.inquire(run.preq))
        .isInstanceOf(IllegalStateException.class);
  }
}
