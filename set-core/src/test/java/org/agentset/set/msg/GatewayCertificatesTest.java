package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PCertReq/PCertRes: a merchant learns the gateway's key-exchange certificate, validated. */
class GatewayCertificatesTest {

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void theMerchantGetsTheGatewaysKeyExchangeCertificate(String suite) throws Exception {
    Parties p = Parties.of(suite);
    PartyContext g = Parties.builder(suite).context("gateway", Parties.CLOCK, p.pki.revocation());
    GatewayCertificates merchantSide = new GatewayCertificates(p.merchantContext);
    GatewayCertificates gatewaySide = new GatewayCertificates(g);

    GatewayCertificates.Sent sent =
        merchantSide.request(p.pki.credential("merchant-sig"), "AgentCard");
    byte[] answer =
        Run.der(
            gatewaySide.answer(
                Run.der(sent.message()),
                p.pki.credential("gateway-sig"),
                p.pki.credential("gateway-kx"),
                Set.of("AgentCard")));

    assertThat(merchantSide.gatewayKeyExchange(sent, answer)).isEqualTo(p.pki.cert("gateway-kx"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void anotherBrandGetsNoCertificateAndATamperedRequestIsRefused(String suite) throws Exception {
    Parties p = Parties.of(suite);
    PartyContext g = Parties.builder(suite).context("gateway", Parties.CLOCK, p.pki.revocation());
    GatewayCertificates merchantSide = new GatewayCertificates(p.merchantContext);
    GatewayCertificates gatewaySide = new GatewayCertificates(g);
    GatewayCertificates.Sent sent =
        merchantSide.request(p.pki.credential("merchant-sig"), "OtherCard");
    byte[] answer =
        Run.der(
            gatewaySide.answer(
                Run.der(sent.message()),
                p.pki.credential("gateway-sig"),
                p.pki.credential("gateway-kx"),
                Set.of("AgentCard")));

    assertThatThrownBy(() -> merchantSide.gatewayKeyExchange(sent, answer))
        .isInstanceOf(SetProtocolException.class)
        .extracting(e -> ((SetProtocolException) e).refusal())
        .isEqualTo(Refusal.CERTIFICATE_MISSING);

    byte[] tampered = Run.der(sent.message());
    tampered[tampered.length / 2] ^= 0x01;
    assertThatThrownBy(
            () ->
                gatewaySide.answer(
                    tampered,
                    p.pki.credential("gateway-sig"),
                    p.pki.credential("gateway-kx"),
                    Set.of("AgentCard")))
        .isInstanceOf(SetProtocolException.class);
  }
}
