package org.agentset.ans.trust;

import static org.agentset.ans.trust.AnsPki.BC;
import static org.agentset.ans.trust.AnsPki.CLOCK;
import static org.agentset.ans.trust.AnsPki.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.negotiation.Mode;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.ItemSlot;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateItem;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.Signer;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.SealedTokens;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;

class MandateIntakeTest {

  static final AnsPki PKI = new AnsPki("AgentSET Test");
  static final AnsPki FOREIGN = new AnsPki("Elsewhere");
  static final AlgorithmSuites SUITES = new AlgorithmSuites(BC, new SecureRandom());

  private final MandateIntake intake = new MandateIntake(BC, SUITES, CLOCK);

  static org.agentset.set.asn1.sai.MandateTerms terms(X500Name customer, Instant notAfter) {
    return new org.agentset.set.asn1.sai.MandateTerms(
        new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16},
        customer,
        List.of(
            new MandateItem("green tea", "tea", 2, eur(1_200)),
            new MandateItem(null, "maps", 1, eur(1_500))),
        eur(4_000),
        List.of("herbarium-tea", "nordlicht-books"),
        NOW.minusSeconds(60),
        notAfter,
        MandateMode.CONFIRM);
  }

  static byte[] signed(
      X509Certificate cert, KeyPair keys, org.agentset.set.asn1.sai.MandateTerms terms)
      throws Exception {
    byte[] hash = Mandates.termsHash(terms);
    SealedTokens tokens = new SealedTokens(new SecureRandom());
    List<ItemSlot> slots =
        List.of(
            new ItemSlot(
                1,
                tokens.seal(
                    tokens.newKey(), hash, new TokenPlaintext(tokens.newAuthorisationCode(), 1))),
            new ItemSlot(
                2,
                tokens.seal(
                    tokens.newKey(), hash, new TokenPlaintext(tokens.newAuthorisationCode(), 2))));
    Signer signer =
        Signer.withCertificate(
            SUITES.p256(), keys, AnsPki.holder(cert), List.of(AnsPki.holder(cert)));
    return new Mandates(SUITES.p256()).sign(signer, new Mandate(terms, slots));
  }

  static byte[] mandate(AnsPki pki) throws Exception {
    return signed(
        pki.wallet,
        pki.walletKeys,
        terms(AnsPki.holder(pki.wallet).getSubject(), NOW.plus(Duration.ofHours(2))));
  }

  static CurrencyAmount eur(long cents) {
    return new CurrencyAmount(978, cents, -2);
  }

  @Test
  void aMandateSignedByACaIssuedWalletIsTakenWithItsTerms() throws Exception {
    MandateIntake.Accepted a = intake.accept(mandate(PKI), PKI.certificates());
    MandateTerms t = a.terms();
    assertThat(t.items()).hasSize(2);
    assertThat(t.items().get(0).query()).isEqualTo("green tea");
    assertThat(t.items().get(0).category()).isEqualTo("tea");
    assertThat(t.items().get(0).maxUnitPriceMinor()).isEqualTo(1_200);
    assertThat(t.budgetMinor()).isEqualTo(4_000);
    assertThat(t.currency()).isEqualTo("EUR");
    assertThat(t.allowedMerchants()).containsExactlyInAnyOrder("herbarium-tea", "nordlicht-books");
    assertThat(t.mode()).isEqualTo(Mode.CONFIRM);
    assertThat(t.customer()).contains("Ada Lovelace wallet");
    assertThat(a.mandateIdHex()).isEqualTo("0102030405060708090a0b0c0d0e0f10");
    assertThat(a.walletHash()).hasSize(64);
  }

  @Test
  void aMandateOfAWalletFromAnotherHierarchyIsRefused() throws Exception {
    assertThatThrownBy(() -> intake.accept(mandate(FOREIGN), PKI.certificates()))
        .isInstanceOfSatisfying(
            AgentProblem.class,
            p -> {
              assertThat(p.type()).isEqualTo("mandate-signer");
              assertThat(p.status()).isEqualTo(422);
            })
        .hasMessageContaining("the CA does not vouch for");
  }

  @Test
  void aRevokedWalletsMandateIsRefused() throws Exception {
    byte[] der =
        signed(
            PKI.revokedWallet,
            PKI.revokedKeys,
            terms(AnsPki.holder(PKI.revokedWallet).getSubject(), NOW.plus(Duration.ofHours(2))));
    assertThatThrownBy(() -> intake.accept(der, PKI.certificates()))
        .isInstanceOf(AgentProblem.class)
        .hasMessageContaining("does not vouch for");
  }

  @Test
  void aMandateSignedByAMerchantCertificateIsRefused() throws Exception {
    byte[] der =
        signed(
            PKI.merchant,
            PKI.merchantKeys,
            terms(AnsPki.holder(PKI.merchant).getSubject(), NOW.plus(Duration.ofHours(2))));
    assertThatThrownBy(() -> intake.accept(der, PKI.certificates()))
        .isInstanceOfSatisfying(
            AgentProblem.class, p -> assertThat(p.type()).isEqualTo("mandate-signer"))
        .hasMessageContaining("must be signed by a wallet's communication certificate");
  }

  @Test
  void aMandateSignedWithAnotherKeyThanItsCertificatesIsRefused() throws Exception {
    byte[] der =
        signed(
            PKI.wallet,
            PKI.revokedKeys,
            terms(AnsPki.holder(PKI.wallet).getSubject(), NOW.plus(Duration.ofHours(2))));
    assertThatThrownBy(() -> intake.accept(der, PKI.certificates()))
        .isInstanceOfSatisfying(
            AgentProblem.class, p -> assertThat(p.type()).isEqualTo("mandate-signature"));
  }

  @Test
  void garbageAndTamperedMandatesAreRefused() throws Exception {
    assertThatThrownBy(() -> intake.accept("not a mandate".getBytes(), PKI.certificates()))
        .isInstanceOfSatisfying(
            AgentProblem.class, p -> assertThat(p.type()).isEqualTo("mandate-signature"));
    byte[] der = mandate(PKI);
    byte[] tampered = der.clone();
    int at = indexOf(tampered, "green tea".getBytes());
    tampered[at] = 'G';
    assertThatThrownBy(() -> intake.accept(tampered, PKI.certificates()))
        .isInstanceOfSatisfying(
            AgentProblem.class, p -> assertThat(p.type()).isEqualTo("mandate-signature"));
  }

  @Test
  void anExpiredMandateIsRefused() throws Exception {
    byte[] der =
        signed(
            PKI.wallet,
            PKI.walletKeys,
            terms(AnsPki.holder(PKI.wallet).getSubject(), NOW.plusSeconds(30)));
    assertThatThrownBy(() -> intake.accept(der, PKI.certificates()))
        .isInstanceOfSatisfying(
            AgentProblem.class, p -> assertThat(p.type()).isEqualTo("mandate-terms"))
        .hasMessageContaining("deadline");
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  static PrivateKey unused() {
    return null;
  }
}
