package org.agentset.set.reg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetError;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.PanIdentity;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;
import org.junit.jupiter.api.Test;

class CardholderRegistrationTest {

  private final RegFixture f = new RegFixture();

  private static final Map<String, String> FORM =
      Map.of(RegistrationForms.CARDHOLDER_NAME, "Ada Lovelace");

  private CardholderRegistration registration(String pan, YearMonth expiry) {
    return new CardholderRegistration(f.context(), RegFixture.BRAND, pan, expiry, "en");
  }

  /** Runs messages 1 to 4 and returns the received form. */
  private Step form(CardholderRegistration reg) throws Exception {
    Step init = reg.initiate();
    Step asked = reg.requestForm(init, answer(init.message()).response());
    return reg.readForm(asked, answer(asked.message()).response());
  }

  private Answer answer(byte[] request) {
    return f.authority.answer(request);
  }

  @Test
  void sixMessagesCertifyTheNewKeyForTheHashedCardIdentity() throws Exception {
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    Step form = form(reg);
    assertThat(form.referral()).isNull();
    assertThat(form.form().getRegTemplate().getRegFieldSeq()).hasSize(1);
    KeyPair key = f.signatureKey();
    Step req = reg.requestCertificate(form, FORM, key);
    Answer a = answer(req.message());
    assertThat(a.outcome()).isEqualTo(Answer.Outcome.ISSUED);
    assertThat(a.kind()).isEqualTo(EntityKind.CARDHOLDER);
    assertThat(a.requester()).startsWith("cardholder ").doesNotContain(RegFixture.PAN);

    CardholderRegistration.Result r = reg.complete(req, a.response());

    assertThat(r.complete()).isTrue();
    X509Certificate cert = r.credential().certificate();
    assertThat(cert.getPublicKey().getEncoded()).isEqualTo(key.getPublic().getEncoded());
    assertThat(PanIdentity.fromCertificate(cert)).contains(r.card().identity());
    assertThat(new String(cert.getEncoded(), StandardCharsets.ISO_8859_1))
        .doesNotContain(RegFixture.PAN);
    List<X509Certificate> path = new ArrayList<>(r.credential().path());
    assertThat(f.validator().validate(path, RevocationData.crlsOnly(f.crls)).leafProfile())
        .isEqualTo(CertificateProfile.CARDHOLDER);
    assertThat(f.policy.issued).containsExactly(cert);
    assertThat(f.policy.issuerSecrets)
        .containsOnlyKeys(RegFixture.PAN + "/" + cert.getSerialNumber());
    assertThat(f.policy.issuerSecrets.values().iterator().next()).isEqualTo(r.card().cardSecret());
  }

  @Test
  void aCardItsIssuerRefusesGetsNoCertificate() throws Exception {
    f.policy.unknownToIssuer.add(RegFixture.PAN);
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    Step req = reg.requestCertificate(form(reg), FORM, f.signatureKey());
    Answer a = answer(req.message());
    assertThat(a.outcome()).isEqualTo(Answer.Outcome.REJECTED);
    assertThat(a.issued()).isEmpty();
    CardholderRegistration.Result r = reg.complete(req, a.response());
    assertThat(r.complete()).isFalse();
    assertThat(r.status()).isEqualTo(CertStatusCode.REJECTED_BY_ISSUER);
    assertThat(f.policy.issued).isEmpty();
    assertThat(f.policy.issuerSecrets).isEmpty();
  }

  @Test
  void panSecretComesFromBothSidesNonces() throws Exception {
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    Step req = reg.requestCertificate(form(reg), FORM, f.signatureKey());
    CardholderRegistration.Result first = reg.complete(req, answer(req.message()).response());
    Step req2 = reg.requestCertificate(form(reg), FORM, f.signatureKey());
    CardholderRegistration.Result second = reg.complete(req2, answer(req2.message()).response());
    assertThat(first.card().identity()).isNotEqualTo(second.card().identity());
  }

  @Test
  void cardOfAnotherBrandGetsAReferralInsteadOfAForm() throws Exception {
    CardholderRegistration reg = registration("6011111111111117", RegFixture.EXPIRY);
    Step init = reg.initiate();
    Step asked = reg.requestForm(init, answer(init.message()).response());
    Answer a = answer(asked.message());
    assertThat(a.outcome()).isEqualTo(Answer.Outcome.REJECTED);
    assertThat(a.status()).isEqualTo(CertStatusCode.INVALID_BIN);
    Step form = reg.readForm(asked, a.response());
    assertThat(form.form()).isNull();
    assertThat(form.referral().getReason().toString()).isEqualTo("Not an AgentCard card.");
  }

  @Test
  void expiredCardIsRejectedByTheIssuerAndNothingIsIssued() throws Exception {
    CardholderRegistration reg = registration(RegFixture.PAN, YearMonth.of(2024, 1));
    Step req = reg.requestCertificate(form(reg), FORM, f.signatureKey());
    Answer a = answer(req.message());
    assertThat(a.outcome()).isEqualTo(Answer.Outcome.REJECTED);
    CardholderRegistration.Result r = reg.complete(req, a.response());
    assertThat(r.complete()).isFalse();
    assertThat(r.status()).isEqualTo(CertStatusCode.REJECTED_BY_ISSUER);
    assertThat(f.policy.issued).isEmpty();
  }

  @Test
  void unansweredFormIsReportedAsMalformed() throws Exception {
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    Step req = reg.requestCertificate(form(reg), Map.of(), f.signatureKey());
    CardholderRegistration.Result r = reg.complete(req, answer(req.message()).response());
    assertThat(r.status()).isEqualTo(CertStatusCode.REG_FORM_ANSWER_MALFORMED);
    assertThat(f.policy.issued).isEmpty();
  }

  @Test
  void replayedCertReqIsRefusedWithASignedError() throws Exception {
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    Step req = reg.requestCertificate(form(reg), FORM, f.signatureKey());
    assertThat(answer(req.message()).outcome()).isEqualTo(Answer.Outcome.ISSUED);
    Answer again = answer(req.message());
    refused(again, Refusal.REPLAYED_RRPID, ErrorCode.UNSPECIFIED_FAILURE);
    assertThat(f.policy.issued).hasSize(1);
    assertThatThrownBy(() -> reg.complete(req, again.response()))
        .isInstanceOfSatisfying(
            SetProtocolException.class,
            e -> {
              assertThat(e.refusal()).isEqualTo(Refusal.PEER_ERROR);
              assertThat(e.errorCode()).isEqualTo(ErrorCode.UNSPECIFIED_FAILURE);
            });
  }

  @Test
  void tamperedCertReqIsRefused() throws Exception {
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    byte[] msg = reg.requestCertificate(form(reg), FORM, f.signatureKey()).message();
    msg[msg.length / 2] ^= 1;
    Answer a = answer(msg);
    assertThat(a.outcome()).isEqualTo(Answer.Outcome.REFUSED);
    assertThat(a.refusal().errorCode())
        .isIn(ErrorCode.DECODING_FAILURE, ErrorCode.SIGNATURE_FAILURE);
    assertThat(f.policy.issued).isEmpty();
  }

  @Test
  void staleCertReqIsRefused() throws Exception {
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    Step req = reg.requestCertificate(form(reg), FORM, f.signatureKey());
    f.clock.now = f.clock.now.plus(Duration.ofMinutes(11));
    refused(answer(req.message()), Refusal.MESSAGE_TOO_OLD, ErrorCode.MESSAGE_TOO_OLD);
    assertThat(f.policy.issued).isEmpty();
  }

  @Test
  void certReqSignedWithAnotherKeyFailsProofOfPossession() throws Exception {
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    Step req = reg.requestCertificate(form(reg), FORM, f.signatureKey(), f.signatureKey());
    refused(answer(req.message()), Refusal.PROOF_OF_POSSESSION, ErrorCode.SIGNATURE_FAILURE);
    assertThat(f.policy.issued).isEmpty();
  }

  @Test
  void keyCertifiedBeforeIsNeverCertifiedAgain() throws Exception {
    KeyPair key = f.signatureKey();
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    Step first = reg.requestCertificate(form(reg), FORM, key);
    assertThat(answer(first.message()).outcome()).isEqualTo(Answer.Outcome.ISSUED);
    Step second = reg.requestCertificate(form(reg), FORM, key);
    refused(answer(second.message()), Refusal.KEY_ALREADY_CERTIFIED, ErrorCode.UNSPECIFIED_FAILURE);
    assertThat(f.policy.issued).hasSize(1);
  }

  @Test
  void certReqForAnotherCardThanTheFormIsRefused() throws Exception {
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    Step form = form(reg);
    CardholderRegistration other = registration("5555555555554444", RegFixture.EXPIRY);
    Step req = other.requestCertificate(form, FORM, f.signatureKey());
    refused(answer(req.message()), Refusal.CHALLENGE_MISMATCH, ErrorCode.CHALLENGE_MISMATCH);
  }

  @Test
  void expiredSessionIsUnknown() throws Exception {
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    Step form = form(reg);
    f.clock.now = f.clock.now.plus(Duration.ofMinutes(61));
    Step req = reg.requestCertificate(form, FORM, f.signatureKey());
    refused(answer(req.message()), Refusal.UNKNOWN_LID, ErrorCode.UNKNOWN_LID);
  }

  @Test
  void cardCInitResSignedByAnotherCaIsRefusedByTheCardholder() throws Exception {
    CardholderRegistration reg = registration(RegFixture.PAN, RegFixture.EXPIRY);
    Step init = reg.initiate();
    // the merchant CA answers a merchant's init: a valid CA signature of the wrong CA
    MerchantRegistration m =
        new MerchantRegistration(f.context(), RegFixture.merchant("NLB-0001"), "AgentCard", "en");
    byte[] wrong = answer(m.initiate().message()).response();
    assertThatThrownBy(() -> reg.requestForm(init, wrong)).isInstanceOf(SetProtocolException.class);
  }

  @Test
  void garbageGetsAnUnsignedDecodingError() throws Exception {
    Answer a = answer(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01});
    assertThat(a.outcome()).isEqualTo(Answer.Outcome.REFUSED);
    assertThat(a.refusal().refusal()).isEqualTo(Refusal.DECODING);
    SetError e =
        (SetError) MessageWrapper.parse(a.response(), DerLimits.DEFAULT).getMessage().getBody();
    assertThat(e).isNotNull();
  }

  static void refused(Answer a, Refusal refusal, ErrorCode code) throws Exception {
    assertThat(a.outcome()).isEqualTo(Answer.Outcome.REFUSED);
    assertThat(a.refusal().refusal()).isEqualTo(refusal);
    assertThat(a.refusal().errorCode()).isEqualTo(code);
    SetError e =
        (SetError) MessageWrapper.parse(a.response(), DerLimits.DEFAULT).getMessage().getBody();
    assertThat(e.isSigned()).isTrue();
  }
}
