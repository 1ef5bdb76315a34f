package org.agentset.ans.trust;

import static org.agentset.ans.trust.AnsPki.BC;
import static org.agentset.ans.trust.AnsPki.CLOCK;
import static org.agentset.ans.trust.AnsPki.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.Signer;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.PaymentStarts;
import org.agentset.set.sai.SaiSignedContent;
import org.agentset.set.sai.SetInitiations;
import org.agentset.set.sai.VerifiedPaymentStart;
import org.junit.jupiter.api.Test;

/**
 * The payment start the agent seals opens only with the wallet's key and verifies as the agent's.
 */
class PaymentStartSealerTest {

  private static final AnsPki PKI = MandateIntakeTest.PKI;
  private static final AlgorithmSuites SUITES = new AlgorithmSuites(BC, new SecureRandom());

  @Test
  void theWalletOpensAndVerifiesWhatTheAgentSealed() throws Exception {
    byte[] mandateDer = MandateIntakeTest.mandate(PKI);
    Mandate mandate = new Mandates(SUITES.p256()).verify(mandateDer, AnsPki.holder(PKI.wallet));
    CurrencyAmount unit = new CurrencyAmount(978, 1_100, -2);
    SetInitiation init =
        new SetInitiation(
            "herbarium-tea",
            "http://127.0.0.1/merchant/set",
            "HT-1".getBytes(StandardCharsets.US_ASCII),
            "2 × Green tea",
            new CurrencyAmount(978, 2_200, -2),
            "AgentCard",
            NOW.plus(Duration.ofMinutes(30)),
            List.of(new OrderLine("HT-1", "Green tea", "tea", 2, unit)));
    byte[] initiation =
        new SetInitiations(SUITES.p256())
            .sign(
                Signer.withCertificate(
                    SUITES.p256(),
                    PKI.merchantKeys,
                    AnsPki.holder(PKI.merchant),
                    List.of(AnsPki.holder(PKI.merchant))),
                init);

    byte[] envelope =
        new PaymentStartSealer(BC, SUITES, new SecureRandom(), CLOCK)
            .seal(
                PKI.agentKeys.getPrivate(),
                List.of(PKI.agent, PKI.comm.certificate()),
                mandate,
                1,
                "http://127.0.0.1/merchant/set",
                initiation,
                AnsPki.holder(PKI.wallet));

    PaymentStarts starts = new PaymentStarts(SUITES.p256(), BC, new SecureRandom(), CLOCK);
    SaiSignedContent opened =
        starts.open(envelope, PKI.walletKeys.getPrivate(), AnsPki.holder(PKI.wallet));
    assertThat(opened.signerPath(BC).get(0)).isEqualTo(PKI.agent);
    VerifiedPaymentStart v = starts.verify(opened, AnsPki.holder(PKI.agent));
    assertThat(v.content().getSlot()).isEqualTo(1);
    assertThat(v.content().getMandateId()).isEqualTo(mandate.getTerms().getMandateId());
    assertThat(v.content().getSealedToken()).isEqualTo(mandate.slot(1).getSealedToken());
    assertThat(v.content().getSetEndpoint()).isEqualTo("http://127.0.0.1/merchant/set");
    assertThat(v.signingTime()).isEqualTo(NOW);
    assertThat(v.nonce()).hasSize(16);
    // another wallet's key opens nothing
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                starts.open(
                    envelope, PKI.revokedKeys.getPrivate(), AnsPki.holder(PKI.revokedWallet)))
        .isInstanceOf(org.agentset.set.sai.SaiException.class);
  }
}
