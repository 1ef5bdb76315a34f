package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.agentset.set.asn1.gateway.CapCode;
import org.junit.jupiter.api.Test;

/**
 * The merchant's state survives as bytes: a purchase continued from records (as after a restart
 * between two HTTP requests) reaches the same end as one held in memory, and a damaged record is
 * refused rather than half-read.
 */
class MerchantRecordsTest {

  @Test
  void aPReqIsCheckedAgainstTheRecordOfItsPInit() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).requested();
    PInitAnswered restored = MerchantRecords.readInit(MerchantRecords.init(run.answered));
    assertThat(restored.transIds()).isEqualTo(run.answered.transIds());
    assertThat(Run.der(restored.message())).isEqualTo(Run.der(run.answered.message()));
    VerifiedPReq v = run.p.merchant.verifyPurchaseRequest(restored, Run.der(run.preq.message()));
    assertThat(v.order().orderDescription()).isEqualTo(run.order.orderDescription());
  }

  @Test
  void anAuthorisationRecordWrittenBeforeAuthTokensStillReads() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).authorised();
    org.bouncycastle.asn1.ASN1Sequence now =
        org.bouncycastle.asn1.ASN1Sequence.getInstance(MerchantRecords.authorisation(run.result));
    assertThat(now.size()).isEqualTo(9);
    org.bouncycastle.asn1.ASN1EncodableVector v = new org.bouncycastle.asn1.ASN1EncodableVector();
    for (int i = 0; i < 8; i++) {
      v.add(now.getObjectAt(i));
    }
    byte[] older = new org.bouncycastle.asn1.DERSequence(v).getEncoded();

    AuthorisationResult read = MerchantRecords.readAuthorisation(older);

    assertThat(read.approved()).isTrue();
    assertThat(read.authToken()).isNull();
    assertThat(Wire.der(read.capToken())).isEqualTo(Wire.der(run.result.capToken()));
  }

  @Test
  void aRestoredPurchaseIsAuthorisedAnsweredAndCapturedAsTheOriginal() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).verified();
    VerifiedPReq purchase = MerchantRecords.readPurchase(MerchantRecords.purchase(run.verified));
    AuthReqSent sent = run.p.merchantPayments.authorise(purchase, run.order.amount(), false);
    AuthorisationRequest request =
        run.p.gateway.processAuthorisationRequest(Run.der(sent.message()));
    byte[] authRes =
        Run.der(
            run.p.gateway.authorisationResponse(
                request, BankDecision.approved(request.amount(), "A1B2C3")));
    AuthorisationResult result = run.p.merchantPayments.processAuthorisationResponse(sent, authRes);

    AuthorisationResult kept =
        MerchantRecords.readAuthorisation(MerchantRecords.authorisation(result));
    assertThat(kept.approved()).isTrue();
    assertThat(kept.authRrpid()).isEqualTo(result.authRrpid());
    assertThat(kept.capToken()).isEqualTo(result.capToken());

    byte[] pres = Run.der(run.p.merchant.purchaseResponse(kept.request.purchase, kept));
    PurchaseOutcome outcome = run.p.cardholder.verifyPurchaseResponse(run.preq, pres);
    assertThat(outcome.toString()).isNotBlank();

    CaptureSent capture =
        run.p.merchantPayments.capture(
            List.of(new MerchantAuthorisation.Capture(kept, run.order.amount())));
    CaptureRequest captured = run.p.capture.processCaptureRequest(Run.der(capture.message()));
    assertThat(captured.items().get(0).result()).isEqualTo(CapCode.SUCCESS);
  }

  @Test
  void aDamagedRecordIsRefused() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).verified();
    byte[] record = MerchantRecords.purchase(run.verified);
    byte[] cut = Arrays.copyOf(record, record.length - 7);
    assertThatThrownBy(() -> MerchantRecords.readPurchase(cut))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("damaged merchant purchase record");
    assertThatThrownBy(() -> MerchantRecords.readAuthorisation(record))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MerchantRecords.readInit(new byte[] {0x30, 0x00}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordsHoldNoCardNumber() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).authorised();
    byte[] record = MerchantRecords.authorisation(run.result);
    String pan = FlowPki.PAN;
    assertThat(new String(record, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(pan);
  }
}
