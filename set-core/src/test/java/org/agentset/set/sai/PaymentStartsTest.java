package org.agentset.set.sai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.asn1.sai.SaiObjectIdentifiers;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.crypto.Signatures;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The payment start end to end in both classical suites — the agent seals, the wallet opens,
 * validates the agent's chain, verifies, reads the signed time and nonce, and opens the token with
 * K — and every way it can be wrong: another recipient, a flipped bit anywhere in the envelope,
 * another agent's certificate, no nonce, a token for other terms or under another K.
 */
class PaymentStartsTest {

  static final Clock CLOCK = Clock.fixed(SaiPki.NOW, ZoneOffset.UTC);

  static byte[] sealed(SaiPki pki, SecureRandom random) throws Exception {
    Mandate mandate = mandate(pki);
    byte[] initiation =
        new SetInitiations(pki.suite)
            .sign(pki.merchantSigner(), Samples.initiation(SaiPki.NOW.plusSeconds(900)));
    PaymentStart start =
        new PaymentStart(
            Samples.MANDATE_ID,
            1,
            mandate.slot(1).getSealedToken(),
            "http://127.0.0.1:8080/merchant/set",
            ContentInfo.getInstance(initiation));
    return new PaymentStarts(pki.suite, SaiPki.BC, random, CLOCK)
        .seal(pki.agentSigner(), start, SaiPki.holder(pki.wallet));
  }

  static Mandate mandate(SaiPki pki) {
    return Samples.mandate(
        Samples.terms(SaiPki.holder(pki.wallet).getSubject(), MandateMode.AUTONOMOUS),
        new SecureRandom());
  }

  private static PaymentStarts starts(SaiPki pki) {
    return new PaymentStarts(pki.suite, SaiPki.BC, new SecureRandom(), CLOCK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void walletOpensVerifiesAndOpensTheToken(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    byte[] envelope = sealed(pki, new SecureRandom());

    // the recipient info is standard CMS: ktri for RSA, kari (ECDH) for EC
    RecipientInfo ri =
        RecipientInfo.getInstance(
            AuthEnvelopedData.getInstance(ContentInfo.getInstance(envelope).getContent())
                .getRecipientInfos()
                .getObjectAt(0));
    if (suite.equals("rsa")) {
      assertThat(ri.getInfo()).isInstanceOf(KeyTransRecipientInfo.class);
    } else {
      assertThat(ri.getInfo()).isInstanceOf(KeyAgreeRecipientInfo.class);
      assertThat(((KeyAgreeRecipientInfo) ri.getInfo()).getKeyEncryptionAlgorithm().getAlgorithm())
          .isEqualTo(CMSAlgorithm.ECDH_SHA256KDF);
    }

    PaymentStarts starts = starts(pki);
    SaiSignedContent signed =
        starts.open(envelope, pki.walletKeys.getPrivate(), SaiPki.holder(pki.wallet));
    var path = pki.validator().validate(SignedSaiTest.chain(signed), pki.revocation);
    assertThat(path.leafProfile()).isEqualTo(CertificateProfile.CUSTOMER_AGENT);
    VerifiedPaymentStart verified = starts.verify(signed, signed.signerCertificate().orElseThrow());
    assertThat(verified.signingTime()).isEqualTo(SaiPki.NOW);
    assertThat(verified.nonce()).hasSize(16);
    assertThat(verified.agentCertificate().getSubject().toString()).contains("agent-1");
    PaymentStart start = verified.content();
    assertThat(start.getSlot()).isEqualTo(1);
    SetInitiation initiation =
        new SetInitiations(pki.suite)
            .verify(start.getInitiationEncoded(), SaiPki.holder(pki.merchant));
    assertThat(initiation.getSetEndpoint()).isEqualTo(start.getSetEndpoint());
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void noncesDiffer(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    PaymentStarts starts = starts(pki);
    byte[] a = sealed(pki, new SecureRandom());
    byte[] b = sealed(pki, new SecureRandom());
    byte[] na = open(pki, starts, a).nonce();
    byte[] nb = open(pki, starts, b).nonce();
    assertThat(na).isNotEqualTo(nb);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void anEnvelopeForAnotherWalletIsRefusedBeforeDecrypting(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    byte[] envelope = sealed(pki, new SecureRandom());
    // the other agent's certificate stands in for another wallet
    assertThatThrownBy(
            () ->
                starts(pki)
                    .open(envelope, pki.otherAgentKeys.getPrivate(), SaiPki.holder(pki.otherAgent)))
        .isInstanceOfSatisfying(
            SaiException.class,
            e -> assertThat(e.reason()).isEqualTo(SaiException.Reason.WRONG_RECIPIENT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void onlyACertificateWhoseKeyMayReceiveTheSessionKeyIsARecipient(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    // the wallet's certificate: signs, and receives by key transport (RSA) or agreement (EC)
    boolean[] usage = pki.wallet.getKeyUsage();
    assertThat(usage[0]).as("digitalSignature").isTrue();
    assertThat(usage[suite.equals("rsa") ? 2 : 4]).as("keyEncipherment / keyAgreement").isTrue();
    byte[] envelope = sealed(pki, new SecureRandom());
    assertThat(starts(pki).open(envelope, pki.walletKeys.getPrivate(), SaiPki.holder(pki.wallet)))
        .isNotNull();
    // an agent's certificate is for signatures only: nothing is sealed for it
    assertThatThrownBy(
            () -> starts(pki).envelope(new byte[] {1, 2, 3}, SaiPki.holder(pki.otherAgent)))
        .isInstanceOfSatisfying(
            SaiException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(SaiException.Reason.UNSUPPORTED);
              assertThat(e.getMessage()).contains("keyUsage");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void everyFlippedByteIsRefused(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    byte[] envelope = sealed(pki, new SecureRandom());
    PaymentStarts starts = starts(pki);
    int step = Math.max(1, envelope.length / 97);
    int tried = 0;
    for (int i = 0; i < envelope.length; i += step) {
      byte[] bad = envelope.clone();
      bad[i] ^= 0x04;
      tried++;
      final int at = i;
      assertThatThrownBy(() -> open(pki, starts, bad))
          .as("byte %d of %d", at, envelope.length)
          .isInstanceOf(SaiException.class);
    }
    assertThat(tried).isGreaterThan(90);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void verifyingWithAnotherAgentsCertificateIsRefused(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    PaymentStarts starts = starts(pki);
    SaiSignedContent signed =
        starts.open(
            sealed(pki, new SecureRandom()),
            pki.walletKeys.getPrivate(),
            SaiPki.holder(pki.wallet));
    assertThatThrownBy(() -> starts.verify(signed, SaiPki.holder(pki.otherAgent)))
        .isInstanceOfSatisfying(
            SaiException.class,
            e -> assertThat(e.reason()).isEqualTo(SaiException.Reason.BAD_SIGNATURE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void aSignatureWithoutTimeAndNonceIsRefused(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    PaymentStarts starts = starts(pki);
    Mandate mandate = mandate(pki);
    byte[] initiation =
        new SetInitiations(pki.suite)
            .sign(pki.merchantSigner(), Samples.initiation(SaiPki.NOW.plusSeconds(900)));
    PaymentStart start =
        new PaymentStart(
            Samples.MANDATE_ID,
            1,
            mandate.slot(1).getSealedToken(),
            "http://x/set",
            ContentInfo.getInstance(initiation));
    byte[] plainSigned =
        new Signatures(pki.suite).s(pki.agentSigner(), SaiObjectIdentifiers.PAYMENT_START, start);
    byte[] envelope = starts.envelope(plainSigned, SaiPki.holder(pki.wallet));
    SaiSignedContent signed =
        starts.open(envelope, pki.walletKeys.getPrivate(), SaiPki.holder(pki.wallet));
    assertThatThrownBy(() -> starts.verify(signed, SaiPki.holder(pki.agent)))
        .isInstanceOfSatisfying(
            SaiException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(SaiException.Reason.MISSING_ATTRIBUTE);
              assertThat(e.field()).isEqualTo("signedAttrs.signingTime");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void anotherContentTypeInsideIsRefused(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    PaymentStarts starts = starts(pki);
    byte[] initiation =
        new SetInitiations(pki.suite)
            .sign(pki.merchantSigner(), Samples.initiation(SaiPki.NOW.plusSeconds(900)));
    byte[] envelope = starts.envelope(initiation, SaiPki.holder(pki.wallet));
    assertThatThrownBy(
            () -> starts.open(envelope, pki.walletKeys.getPrivate(), SaiPki.holder(pki.wallet)))
        .isInstanceOfSatisfying(
            SaiException.class, e -> assertThat(e.field()).isEqualTo("SignedData.eContentType"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void tokenOpensOnlyWithItsKeyUnderItsTermsForItsSlot(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    Mandate mandate = mandate(pki);
    byte[] hash = Mandates.termsHash(mandate.getTerms());
    var token = mandate.slot(1).getSealedToken();
    TokenPlaintext ok = SealedTokens.open(Samples.K1, hash, token);
    assertThat(ok.getSlot()).isEqualTo(1);
    assertThatThrownBy(() -> SealedTokens.open(Samples.K2, hash, token))
        .isInstanceOfSatisfying(
            SaiException.class,
            e -> assertThat(e.reason()).isEqualTo(SaiException.Reason.TOKEN_DOES_NOT_OPEN));
    byte[] otherTerms =
        Mandates.termsHash(
            Samples.terms(SaiPki.holder(pki.wallet).getSubject(), MandateMode.CONFIRM));
    assertThatThrownBy(() -> SealedTokens.open(Samples.K1, otherTerms, token))
        .isInstanceOfSatisfying(
            SaiException.class,
            e -> assertThat(e.reason()).isEqualTo(SaiException.Reason.TOKEN_DOES_NOT_OPEN));
    // the slot is inside the sealed plaintext: slot 2's token says 2 whatever slot it is sent for
    assertThat(SealedTokens.open(Samples.K2, hash, mandate.slot(2).getSealedToken()).getSlot())
        .isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void garbageIsMalformed(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    PaymentStarts starts = starts(pki);
    for (byte[] junk :
        new byte[][] {
          new byte[0],
          new byte[] {0x30, 0x00},
          Der.encode(ASN1Sequence.getInstance(new byte[] {0x30, 0}))
        }) {
      assertThatThrownBy(
              () -> starts.open(junk, pki.walletKeys.getPrivate(), SaiPki.holder(pki.wallet)))
          .isInstanceOfSatisfying(
              SaiException.class,
              e -> assertThat(e.reason()).isEqualTo(SaiException.Reason.MALFORMED));
    }
  }

  private static VerifiedPaymentStart open(SaiPki pki, PaymentStarts starts, byte[] envelope)
      throws Exception {
    SaiSignedContent signed =
        starts.open(envelope, pki.walletKeys.getPrivate(), SaiPki.holder(pki.wallet));
    return starts.verify(signed, SaiPki.holder(pki.agent));
  }
}
