package org.agentset.set.msg;

import static org.agentset.set.msg.Tamper.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.purchase.OIData;
import org.agentset.set.asn1.purchase.OIDualSigned;
import org.agentset.set.asn1.purchase.PIDualSigned;
import org.agentset.set.asn1.purchase.PISignature;
import org.agentset.set.asn1.purchase.PIUnsigned;
import org.agentset.set.asn1.purchase.PReq;
import org.agentset.set.asn1.purchase.PReqDualSigned;
import org.agentset.set.asn1.purchase.PReqUnsigned;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every check the merchant makes on PReq, each with a purchase that fails it. */
class MerchantPReqChecksTest {

  private static byte[] pReq(Run run) {
    return Run.der(run.preq.message());
  }

  private static PReqDualSigned signed(Run run) {
    return Tamper.body(pReq(run), PReq.class).getDualSigned();
  }

  private static byte[] withOi(Run run, OIData oi) {
    PReqDualSigned s = signed(run);
    return Tamper.withBody(
        pReq(run),
        new PReq(
            new PReqDualSigned(
                s.getPiDualSigned(), new OIDualSigned(oi, s.getOiDualSigned().getHPIData()))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void tamperedOrderInformationBreaksTheDualSignature(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).requested();
    OIData o = signed(run).getOiDualSigned().getOiData();
    OIData tampered =
        new OIData(
            o.getTransIds(),
            o.getRrpid(),
            o.getChallC(),
            o.getHod(),
            o.getOdSalt(),
            o.getChallM(),
            o.getBrandId(),
            "511111",
            o.getOdExtOids(),
            o.getOiExtensions());

    refused(
        () -> run.p.merchant.verifyPurchaseRequest(run.answered, withOi(run, tampered)),
        Refusal.DUAL_SIGNATURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void tamperedDualSignatureIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).requested();
    PReqDualSigned s = signed(run);
    PISignature bad =
        new PISignature(
            Tamper.lastByteFlipped(s.getPiDualSigned().getPiSignature().getContentInfo()));
    byte[] tampered =
        Tamper.withBody(
            pReq(run),
            new PReq(
                new PReqDualSigned(
                    new PIDualSigned(bad, s.getPiDualSigned().getExPIData()),
                    s.getOiDualSigned())));

    refused(
        () -> run.p.merchant.verifyPurchaseRequest(run.answered, tampered), Refusal.DUAL_SIGNATURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256", "pq-hybrid"})
  void orderOtherThanTheMerchantsFailsHod(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run run = new Run(p, Parties.order()).initiated();
    run.preq = p.cardholder.purchaseRequest(run.init, Run.der(run.answered.message()));
    PInitAnswered merchantView =
        new PInitAnswered(
            run.answered.message(),
            Parties.order("another order", 4250),
            run.answered.transIds,
            run.answered.challC,
            run.answered.challM,
            run.answered.gatewayKeyExchange);

    refused(
        () -> p.merchant.verifyPurchaseRequest(merchantView, pReq(run)), Refusal.ORDER_MISMATCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void dualSignatureBoundToAnotherGatewayIsRefused(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run run = new Run(p, Parties.order()).initiated();
    run.preq =
        p.cardholder.purchaseRequest(
            run.init, Run.der(run.answered.message()), p.pki.cert("merchant-kx"));

    SetProtocolException e =
        refused(
            () -> p.merchant.verifyPurchaseRequest(run.answered, pReq(run)),
            Refusal.GATEWAY_BINDING);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.THUMBS_MISMATCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void revokedCardholderCaIsRefused(String suite) throws Exception {
    Parties p =
        Parties.builder(suite)
            .merchantRevocation(pki -> pki.revoking("geo", pki.cert("cca").getSerialNumber()))
            .build();
    Run run = new Run(p, Parties.order()).requested();

    SetProtocolException e =
        refused(
            () -> p.merchant.verifyPurchaseRequest(run.answered, pReq(run)),
            Refusal.CERTIFICATE_REVOKED);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.REVOKED_CERTIFICATE);
    assertThat(Certificates.identifies(e.errorThumb(), p.pki.cert("cca"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void dualSignatureByAWalletCertificateIsRefused(String suite) throws Exception {
    Parties p = Parties.builder(suite).cardholderRole("wallet").build();
    Run run = new Run(p, Parties.order()).requested();

    refused(
        () -> p.merchant.verifyPurchaseRequest(run.answered, pReq(run)),
        Refusal.WRONG_CERTIFICATE_TYPE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void replayedPReqIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).verified();

    refused(
        () -> run.p.merchant.verifyPurchaseRequest(run.answered, pReq(run)), Refusal.REPLAYED_XID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void pReqForAnotherPInitIsRefused(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run a = new Run(p, Parties.order()).requested();
    Run b = new Run(p, Parties.order()).initiated();

    refused(() -> p.merchant.verifyPurchaseRequest(b.answered, pReq(a)), Refusal.UNKNOWN_XID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256", "pq-hybrid"})
  void stalePReqIsRefusedEvenWithAFreshHeader(String suite) throws Exception {
    TestClock merchantClock = new TestClock();
    Parties p = Parties.builder(suite).merchantClock(merchantClock).build();
    Run run = new Run(p, Parties.order()).requested();
    merchantClock.advance(Duration.ofHours(1));

    refused(
        () -> p.merchant.verifyPurchaseRequest(run.answered, pReq(run)), Refusal.MESSAGE_TOO_OLD);
    byte[] redated = Tamper.redated(pReq(run), merchantClock.instant());
    SetProtocolException e =
        refused(
            () -> p.merchant.verifyPurchaseRequest(run.answered, redated), Refusal.MESSAGE_TOO_OLD);
    assertThat(e.field()).isEqualTo("OIData.transIDs.pReqDate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void unsignedPReqIsRefused(String suite) throws Exception {
    Run run = new Run(Parties.of(suite), Parties.order()).requested();
    PReqDualSigned s = signed(run);
    PReq unsigned =
        new PReq(
            new PReqUnsigned(
                new PIUnsigned(s.getPiDualSigned().getExPIData()),
                s.getOiDualSigned().getOiData()));

    refused(
        () ->
            run.p.merchant.verifyPurchaseRequest(
                run.answered, Tamper.withBody(pReq(run), unsigned)),
        Refusal.SIGNATURE_REQUIRED);
  }
}
