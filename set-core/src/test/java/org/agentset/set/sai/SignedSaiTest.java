package org.agentset.set.sai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.asn1.sai.MandateTerms;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.ValidatedPath;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The merchant-signed SetInitiation and the wallet-signed Mandate in both classical suites: the
 * carried chain validates by SET path validation, the signature verifies, and every forgery is
 * refused (another signer's certificate, changed content, a mandate naming another customer).
 */
class SignedSaiTest {

  private static final Instant EXPIRES = SaiPki.NOW.plusSeconds(900);

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void initiationVerifiesWithTheMerchantCertificateItCarries(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    SetInitiations initiations = new SetInitiations(pki.suite);
    byte[] signed = initiations.sign(pki.merchantSigner(), Samples.initiation(EXPIRES));

    SaiSignedContent read = SetInitiations.read(signed);
    X509CertificateHolder merchant = read.signerCertificate().orElseThrow();
    ValidatedPath path = pki.validator().validate(chain(read), pki.revocation);
    assertThat(path.leafProfile()).isEqualTo(CertificateProfile.MERCHANT_SIGNATURE);
    SetInitiation initiation = initiations.verify(read, merchant);
    assertThat(initiation.getLocalIdM()).isEqualTo(Samples.LID_M);
    assertThat(initiation.getExpires()).isEqualTo(EXPIRES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void initiationVerifiedWithAnotherMerchantsCertificateIsRefused(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    SetInitiations initiations = new SetInitiations(pki.suite);
    byte[] signed = initiations.sign(pki.otherMerchantSigner(), Samples.initiation(EXPIRES));
    assertThatThrownBy(() -> initiations.verify(signed, SaiPki.holder(pki.merchant)))
        .isInstanceOfSatisfying(
            SaiException.class,
            e -> assertThat(e.reason()).isEqualTo(SaiException.Reason.BAD_SIGNATURE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void changingAnySignedByteIsRefused(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    SetInitiations initiations = new SetInitiations(pki.suite);
    byte[] signed = initiations.sign(pki.merchantSigner(), Samples.initiation(EXPIRES));
    byte[] content = org.agentset.set.asn1.der.Der.encode(Samples.initiation(EXPIRES));
    int at = indexOf(signed, content);
    assertThat(at).isPositive();
    int refused = 0;
    for (int i = 0; i < content.length; i += 7) {
      byte[] bad = signed.clone();
      bad[at + i] ^= 0x01;
      try {
        initiations.verify(bad, SaiPki.holder(pki.merchant));
      } catch (SaiException e) {
        refused++;
      }
    }
    assertThat(refused).isEqualTo((content.length + 6) / 7);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void mandateVerifiesAndItsTokensOpenWithTheirKeys(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    Mandates mandates = new Mandates(pki.suite);
    MandateTerms terms =
        Samples.terms(SaiPki.holder(pki.wallet).getSubject(), MandateMode.AUTONOMOUS);
    Mandate mandate = Samples.mandate(terms, new SecureRandom());
    byte[] signed = mandates.sign(pki.walletSigner(), mandate);

    SaiSignedContent read = Mandates.read(signed);
    ValidatedPath path = pki.validator().validate(chain(read), pki.revocation);
    assertThat(path.leafProfile()).isEqualTo(CertificateProfile.WALLET);
    Mandate back = mandates.verify(read, read.signerCertificate().orElseThrow());
    byte[] hash = Mandates.termsHash(back.getTerms());
    assertThat(hash).isEqualTo(Mandates.termsHash(terms));
    TokenPlaintext t2 = SealedTokens.open(Samples.K2, hash, back.slot(2).getSealedToken());
    assertThat(t2.getSlot()).isEqualTo(2);
    assertThat(t2.getAuthorisationCode()).isEqualTo(Samples.CODE2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void mandateForAnotherCustomerIsRefused(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    Mandates mandates = new Mandates(pki.suite);
    Mandate foreign =
        Samples.mandate(
            Samples.terms(SaiPki.dn("Mallory"), MandateMode.AUTONOMOUS), new SecureRandom());
    assertThatThrownBy(() -> mandates.sign(pki.walletSigner(), foreign))
        .isInstanceOf(IllegalArgumentException.class);
    // signed by an agent key (whose subject differs) and verified with that certificate
    byte[] forged =
        new org.agentset.set.crypto.Signatures(pki.suite)
            .s(pki.agentSigner(), org.agentset.set.asn1.sai.SaiObjectIdentifiers.MANDATE, foreign);
    assertThatThrownBy(() -> mandates.verify(forged, SaiPki.holder(pki.agent)))
        .isInstanceOfSatisfying(
            SaiException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(SaiException.Reason.INCONSISTENT);
              assertThat(e.field()).isEqualTo("MandateTerms.customer");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void aMandateIsNotAnInitiation(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    Mandate mandate =
        Samples.mandate(
            Samples.terms(SaiPki.holder(pki.wallet).getSubject(), MandateMode.CONFIRM),
            new SecureRandom());
    byte[] signed = new Mandates(pki.suite).sign(pki.walletSigner(), mandate);
    assertThatThrownBy(() -> SetInitiations.read(signed))
        .isInstanceOfSatisfying(
            SaiException.class, e -> assertThat(e.field()).isEqualTo("SignedData.eContentType"));
  }

  static List<X509Certificate> chain(SaiSignedContent read) throws Exception {
    return read.signerPath(SaiPki.BC);
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
