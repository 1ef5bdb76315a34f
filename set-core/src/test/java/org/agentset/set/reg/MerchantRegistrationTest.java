package org.agentset.set.reg;

import static org.agentset.set.reg.CardholderRegistrationTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.Map;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.asn1.reg.IDData;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetCertificateInfo;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;
import org.junit.jupiter.api.Test;

class MerchantRegistrationTest {

  private final RegFixture f = new RegFixture();

  private static Map<String, String> code(String code) {
    return Map.of(RegistrationForms.ENROLMENT_CODE, code);
  }

  private MerchantRegistration registration(IDData id) {
    return new MerchantRegistration(f.context(), id, RegFixture.BRAND, "en");
  }

  private Answer answer(byte[] request) {
    return f.authority.answer(request);
  }

  private Step form(MerchantRegistration reg) throws Exception {
    Step init = reg.initiate();
    return reg.readForm(init, answer(init.message()).response());
  }

  @Test
  void merchantGetsSignatureAndKeyExchangeCertificatesForItsAcquirerIdentity() throws Exception {
    MerchantRegistration reg = registration(RegFixture.merchant("NLB-0001"));
    KeyPair s = f.signatureKey();
    KeyPair e = f.exchangeKey();
    MerchantRegistration.Result r =
        reg.enrol(req -> answer(req).response(), code("NB-7Q4M-2026"), s, e);

    assertThat(r.complete()).isTrue();
    assertThat(r.signature().certificate().getPublicKey()).isEqualTo(s.getPublic());
    assertThat(r.keyExchange().certificate().getPublicKey()).isEqualTo(e.getPublic());
    var info = SetCertificateInfo.of(r.signature().certificate());
    assertThat(info.profile()).contains(CertificateProfile.MERCHANT_SIGNATURE);
    assertThat(info.merchantData().orElseThrow().merId()).isEqualTo("NLB-0001");
    assertThat(
            f.validator()
                .validate(r.keyExchange().path(), RevocationData.crlsOnly(f.crls))
                .leafProfile())
        .isEqualTo(CertificateProfile.MERCHANT_KEY_EXCHANGE);
    assertThat(f.policy.issued).hasSize(2);
  }

  @Test
  void gatewayRegistersWithItsAcquirerId() throws Exception {
    MerchantRegistration reg = registration(RegFixture.gateway());
    assertThat(reg.kind()).isEqualTo(EntityKind.GATEWAY);
    MerchantRegistration.Result r =
        reg.enrol(
            req -> answer(req).response(), code("GW-9K2P-2026"), f.signatureKey(), f.exchangeKey());
    assertThat(r.complete()).isTrue();
    assertThat(SetCertificateInfo.of(r.keyExchange().certificate()).profile())
        .contains(CertificateProfile.GATEWAY_KEY_EXCHANGE);
    assertThat(
            f.validator()
                .validate(r.signature().path(), RevocationData.crlsOnly(f.crls))
                .leafProfile())
        .isEqualTo(CertificateProfile.GATEWAY_SIGNATURE);
  }

  @Test
  void unknownIdentityGetsAReferral() throws Exception {
    MerchantRegistration reg = registration(RegFixture.merchant("NOBODY-1"));
    Step form = form(reg);
    assertThat(form.form()).isNull();
    assertThat(form.referral()).isNotNull();
  }

  @Test
  void wrongEnrolmentCodeIsAnIdentityMismatch() throws Exception {
    MerchantRegistration reg = registration(RegFixture.merchant("NLB-0001"));
    Step req = reg.requestCertificates(form(reg), code("WRONG"), f.signatureKey(), f.exchangeKey());
    refused(answer(req.message()), Refusal.IDENTITY_MISMATCH, ErrorCode.UNSPECIFIED_FAILURE);
    assertThat(f.policy.issued).isEmpty();
  }

  @Test
  void signedIdentityOtherThanTheEnrolmentCodesIsRefused() throws Exception {
    Step form = form(registration(RegFixture.merchant("NLB-0001")));
    // signs lumen-studio's identity with nordlicht-books' enrolment code
    MerchantRegistration impostor = registration(RegFixture.merchant("LUM-0009"));
    Step req =
        impostor.requestCertificates(form, code("NB-7Q4M-2026"), f.signatureKey(), f.exchangeKey());
    refused(answer(req.message()), Refusal.IDENTITY_MISMATCH, ErrorCode.UNSPECIFIED_FAILURE);
  }

  @Test
  void merchantIdentityOnAGatewayRequestIsRefused() throws Exception {
    Step form = form(registration(RegFixture.gateway()));
    MerchantRegistration m = registration(RegFixture.merchant("NLB-0001"));
    Step req = m.requestCertificates(form, code("NB-7Q4M-2026"), f.signatureKey(), f.exchangeKey());
    Answer a = answer(req.message());
    assertThat(a.outcome()).isEqualTo(Answer.Outcome.REFUSED);
    assertThat(f.policy.issued).isEmpty();
  }

  @Test
  void keysCertifiedBeforeAreRefused() throws Exception {
    KeyPair s = f.signatureKey();
    KeyPair e = f.exchangeKey();
    MerchantRegistration reg = registration(RegFixture.merchant("NLB-0001"));
    assertThat(reg.enrol(req -> answer(req).response(), code("NB-7Q4M-2026"), s, e).complete())
        .isTrue();
    Step again = reg.requestCertificates(form(reg), code("NB-7Q4M-2026"), f.signatureKey(), e);
    refused(answer(again.message()), Refusal.KEY_ALREADY_CERTIFIED, ErrorCode.UNSPECIFIED_FAILURE);
    assertThat(f.policy.issued).hasSize(2);
  }

  @Test
  void wrongProofOfPossessionIsRefused() throws Exception {
    MerchantRegistration reg = registration(RegFixture.merchant("NLB-0001"));
    Step req =
        reg.requestCertificates(
            form(reg), code("NB-7Q4M-2026"), f.signatureKey(), f.exchangeKey(), f.signatureKey());
    refused(answer(req.message()), Refusal.PROOF_OF_POSSESSION, ErrorCode.SIGNATURE_FAILURE);
  }

  @Test
  void replayedCertReqIsRefused() throws Exception {
    MerchantRegistration reg = registration(RegFixture.merchant("NLB-0001"));
    Step req =
        reg.requestCertificates(form(reg), code("NB-7Q4M-2026"), f.signatureKey(), f.exchangeKey());
    assertThat(answer(req.message()).outcome()).isEqualTo(Answer.Outcome.ISSUED);
    refused(answer(req.message()), Refusal.REPLAYED_RRPID, ErrorCode.UNSPECIFIED_FAILURE);
    assertThat(f.policy.issued).hasSize(2);
  }

  @Test
  void tamperedCertResIsRefusedByTheMerchant() throws Exception {
    MerchantRegistration reg = registration(RegFixture.merchant("NLB-0001"));
    Step req =
        reg.requestCertificates(form(reg), code("NB-7Q4M-2026"), f.signatureKey(), f.exchangeKey());
    byte[] res = answer(req.message()).response();
    res[res.length - 30] ^= 1;
    assertThatThrownBy(() -> reg.complete(req, res)).isInstanceOf(SetProtocolException.class);
  }

  @Test
  void pendedRequestIsIssuedOnInquiryOnceTheAcquirerApproves() throws Exception {
    MerchantRegistration reg = registration(RegFixture.merchant("LUM-0009"));
    KeyPair s = f.signatureKey();
    MerchantRegistration.Result pending =
        reg.enrol(req -> answer(req).response(), code("LS-REVIEW-1"), s, f.exchangeKey());
    assertThat(pending.pending()).isTrue();
    assertThat(pending.status()).isEqualTo(CertStatusCode.REQUEST_PENDED);
    assertThat(f.policy.issued).isEmpty();

    Step inq = reg.inquire(pending);
    MerchantRegistration.Result still = reg.completeInquiry(inq, answer(inq.message()).response());
    assertThat(still.status()).isEqualTo(CertStatusCode.REQUEST_IN_PROGRESS);
    assertThat(still.pending()).isTrue();

    f.policy.status("LUM-0009", AcquirerRecord.Status.ACTIVE);
    Step inq2 = reg.inquire(still);
    MerchantRegistration.Result done = reg.completeInquiry(inq2, answer(inq2.message()).response());
    assertThat(done.complete()).isTrue();
    assertThat(done.signature().certificate().getPublicKey()).isEqualTo(s.getPublic());

    Step inq3 = reg.inquire(pending);
    MerchantRegistration.Result same = reg.completeInquiry(inq3, answer(inq3.message()).response());
    assertThat(same.signature().certificate()).isEqualTo(done.signature().certificate());
    assertThat(f.policy.issued).hasSize(2);
  }

  @Test
  void inquirySignedByAnotherKeyIsRefused() throws Exception {
    MerchantRegistration reg = registration(RegFixture.merchant("LUM-0009"));
    MerchantRegistration.Result pending =
        reg.enrol(
            req -> answer(req).response(), code("LS-REVIEW-1"), f.signatureKey(), f.exchangeKey());
    MerchantRegistration.Result forged =
        MerchantRegistration.Result.resumePending(
            pending.lidCa(), pending.lidEe(), f.signatureKey(), f.exchangeKey());
    Step inq = reg.inquire(forged);
    refused(answer(inq.message()), Refusal.SIGNATURE, ErrorCode.SIGNATURE_FAILURE);
  }

  @Test
  void inquiryAboutAnUnknownRequestIsRefused() throws Exception {
    MerchantRegistration reg = registration(RegFixture.merchant("LUM-0009"));
    MerchantRegistration.Result nothing =
        MerchantRegistration.Result.resumePending(
            new byte[20], new byte[20], f.signatureKey(), f.exchangeKey());
    Step inq = reg.inquire(nothing);
    refused(answer(inq.message()), Refusal.UNKNOWN_LID, ErrorCode.UNKNOWN_LID);
  }
}
