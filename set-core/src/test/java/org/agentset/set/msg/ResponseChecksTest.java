package org.agentset.set.msg;

import static org.agentset.set.msg.Tamper.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.gateway.GatewayReceipt;
import org.agentset.set.asn1.gateway.GatewayReceiptData;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.crypto.Signatures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks on responses: the cardholder's on PInitRes and PRes (with the gateway receipt), the
 * merchant's on AuthRes (with the MerchantBinding).
 */
class ResponseChecksTest {

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void authResNamingAnotherMerchantIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).gatewayVerified();
    AuthorisationRequest r = run.request;
    AuthorisationRequest forOther =
        new AuthorisationRequest(
            r.source,
            r.authTags,
            r.pan,
            r.cardExpiry,
            r.amount,
            r.purchaseAmount,
            r.hod,
            r.transStain,
            SetString.of("MER-000099", 30),
            r.merchantSignature,
            r.merchantKeyExchange,
            r.cardholder,
            false,
            r.authorisedBefore,
            false,
            r.cardholderSerial);
    byte[] authRes =
        Run.der(
            run.p.gateway.authorisationResponse(forOther, BankDecision.approved(r.amount(), "A1")));

    SetProtocolException e =
        refused(
            () -> run.p.merchantPayments.processAuthorisationResponse(run.authReq, authRes),
            Refusal.MERCHANT_BINDING);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.THUMBS_MISMATCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256", "pq-hybrid"})
  void authResNamingAnotherMerchantCertificateIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).gatewayVerified();
    AuthorisationRequest r = run.request;
    AuthorisationRequest forOther =
        new AuthorisationRequest(
            r.source,
            r.authTags,
            r.pan,
            r.cardExpiry,
            r.amount,
            r.purchaseAmount,
            r.hod,
            r.transStain,
            r.merchantId,
            run.p.pki.cert("merchant-kx"),
            r.merchantKeyExchange,
            r.cardholder,
            false,
            r.authorisedBefore,
            false,
            r.cardholderSerial);
    byte[] authRes =
        Run.der(
            run.p.gateway.authorisationResponse(forOther, BankDecision.approved(r.amount(), "A1")));

    refused(
        () -> run.p.merchantPayments.processAuthorisationResponse(run.authReq, authRes),
        Refusal.MERCHANT_BINDING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void authResOfAnotherAuthorisationIsRefused(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run a = new Run(p, Parties.order("book", 1000)).authorised();
    Run b = new Run(p, Parties.order("lamp", 1000)).authRequested();

    refused(
        () -> p.merchantPayments.processAuthorisationResponse(b.authReq, a.authRes),
        Refusal.UNKNOWN_RRPID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void replayedAuthResIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).authorised();

    refused(
        () -> run.p.merchantPayments.processAuthorisationResponse(run.authReq, run.authRes),
        Refusal.REPLAYED_RRPID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void receiptOfAnotherPurchaseDoesNotConvinceTheCardholder(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run a = new Run(p, Parties.order("book", 4250)).authorised();
    Run b = new Run(p, Parties.order("lamp", 4250)).authorised();
    AuthorisationResult forged =
        new AuthorisationResult(
            a.authReq, a.result.header, a.result.capToken, b.result.receipt, b.result.receiptData);
    byte[] pres = Run.der(p.merchant.purchaseResponse(a.verified, forged));

    refused(() -> p.cardholder.verifyPurchaseResponse(a.preq, pres), Refusal.GATEWAY_RECEIPT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void receiptWithABrokenSignatureIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).authorised();
    GatewayReceipt broken =
        new GatewayReceipt(Tamper.lastByteFlipped(run.result.receipt.getContentInfo()));
    AuthorisationResult forged =
        new AuthorisationResult(
            run.authReq, run.result.header, run.result.capToken, broken, run.result.receiptData);
    byte[] pres = Run.der(run.p.merchant.purchaseResponse(run.verified, forged));

    refused(() -> run.p.cardholder.verifyPurchaseResponse(run.preq, pres), Refusal.GATEWAY_RECEIPT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256", "pq-hybrid"})
  void receiptSignedByTheMerchantIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).authorised();
    GatewayReceiptData approved = run.result.receiptData;
    byte[] s =
        new Signatures(run.p.merchantContext.suite())
            .s(
                run.p
                    .pki
                    .credential("merchant-sig")
                    .signer(run.p.merchantContext.suite(), List.of()),
                MessageIdentifiers.GATEWAY_RECEIPT_DATA,
                approved);
    AuthorisationResult forged =
        new AuthorisationResult(
            run.authReq,
            run.result.header,
            run.result.capToken,
            new GatewayReceipt(Wire.contentInfo(s)),
            approved);
    byte[] pres = Run.der(run.p.merchant.purchaseResponse(run.verified, forged));

    refused(
        () -> run.p.cardholder.verifyPurchaseResponse(run.preq, pres),
        Refusal.WRONG_CERTIFICATE_TYPE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void merchantClaimingApprovalOverADeclineIsCaught(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).gatewayVerified();
    byte[] declined =
        Run.der(
            run.p.gateway.authorisationResponse(
                run.request, BankDecision.declined(AuthCode.DECLINED, run.request.amount(), "05")));
    AuthorisationResult real =
        run.p.merchantPayments.processAuthorisationResponse(run.authReq, declined);
    Run other = new Run(run.p, Parties.order()).authorised();
    AuthorisationResult lying =
        new AuthorisationResult(
            run.authReq, other.result.header, null, real.receipt, real.receiptData);
    byte[] pres = Run.der(run.p.merchant.purchaseResponse(run.verified, lying));

    refused(() -> run.p.cardholder.verifyPurchaseResponse(run.preq, pres), Refusal.GATEWAY_RECEIPT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void pInitResEchoingAnotherChallengeIsRefused(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run a = new Run(p, Parties.order()).initiated();
    Run b = new Run(p, Parties.order()).initiated();
    PInitSent mixed =
        new PInitSent(b.init.message(), b.order, a.init.rrpid, b.init.challC, a.init.lidC);

    refused(
        () -> p.cardholder.purchaseRequest(mixed, Run.der(a.answered.message())),
        Refusal.CHALLENGE_MISMATCH);
    refused(
        () -> p.cardholder.purchaseRequest(b.init, Run.der(a.answered.message())),
        Refusal.UNKNOWN_RRPID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void pResOfAnotherPurchaseIsRefused(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run a = new Run(p, Parties.order()).completed();
    Run b = new Run(p, Parties.order()).authorised();

    refused(() -> p.cardholder.verifyPurchaseResponse(b.preq, a.pres), Refusal.UNKNOWN_RRPID);
  }
}
