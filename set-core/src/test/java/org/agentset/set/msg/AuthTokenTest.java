package org.agentset.set.msg;

import static org.agentset.set.msg.Tamper.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.agentset.set.asn1.gateway.AuthToken;
import org.agentset.set.asn1.gateway.AuthTokenData;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.crypto.GatewayTokens;
import org.agentset.set.crypto.SetContentTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AuthTokens for later authorisations (split shipments): the gateway issues one when the merchant
 * asks, the merchant keeps it opaque and sends it back as the PI of the next AuthReq, and the
 * gateway allows at most what the cardholder signed minus what it authorised before, each token
 * once, for this merchant only, within its window.
 */
class AuthTokenTest {

  private static final CurrencyAmount SIXTY = new CurrencyAmount(978, 6000, -2);
  private static final CurrencyAmount FORTY = new CurrencyAmount(978, 4000, -2);

  /** EUR 100 of which EUR 60 ships now: approved, with a token for the rest. */
  private static Shipment firstShipment(Parties p) throws SetProtocolException {
    Run run = new Run(p, Parties.order("two lamps", 10000)).verified();
    AuthReqSent sent = p.merchantPayments.authorise(run.verified, SIXTY, false, true);
    AuthorisationResult first = approve(p, sent);
    return new Shipment(run, first);
  }

  private record Shipment(Run run, AuthorisationResult first) {}

  private static AuthorisationResult approve(Parties p, AuthReqSent sent)
      throws SetProtocolException {
    AuthorisationRequest r = p.gateway.processAuthorisationRequest(Run.der(sent.message()));
    byte[] res =
        Run.der(p.gateway.authorisationResponse(r, BankDecision.approved(r.amount(), "A1B2C3")));
    return p.merchantPayments.processAuthorisationResponse(sent, res);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256", "pq-hybrid"})
  void theRestOfThePurchaseIsAuthorisedLaterWithTheToken(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Shipment s = firstShipment(p);
    assertThat(s.first().approved()).isTrue();
    assertThat(s.first().authToken()).isNotNull();
    assertThat(s.first().capToken()).isNotNull();

    AuthReqSent later = p.merchantPayments.authoriseLater(s.first(), FORTY, false, true);
    AuthorisationRequest r = p.gateway.processAuthorisationRequest(Run.der(later.message()));
    assertThat(r.source()).isEqualTo(AuthorisationRequest.Source.AUTH_TOKEN);
    assertThat(r.pan()).isEqualTo(FlowPki.PAN);
    assertThat(r.cardExpiry()).isEqualTo(FlowPki.EXPIRY);
    assertThat(r.amount().toBigDecimal()).isEqualByComparingTo("40.00");
    assertThat(r.authorisedBefore().toBigDecimal()).isEqualByComparingTo("60.00");
    assertThat(r.xid()).isEqualTo(s.run().verified.transIds().getXid());
    assertThat(r.cardholderCertificate()).isNull();
    assertThat(r.transStain())
        .isEqualTo(Parties.card().transStain(s.run().verified.transIds().getXid()));
    assertThat(r.cardholderSerial())
        .as("the issuer verifies the TransStain with the first PI's certificate")
        .isEqualTo(p.pki.cert("cardholder").getSerialNumber());
    AuthorisationResult second =
        p.merchantPayments.processAuthorisationResponse(
            later,
            Run.der(
                p.gateway.authorisationResponse(r, BankDecision.approved(r.amount(), "D4E5F6"))));

    assertThat(second.approved()).isTrue();
    assertThat(second.capToken()).as("the later authorisation captures on its own").isNotNull();
    assertThat(second.authToken()).as("nothing is left to authorise").isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void theTokenCarriesTheSignedAmountTheTotalAndNoCardTheMerchantCanRead(String suite)
      throws Exception {
    Parties p = Parties.of(suite);
    Shipment s = firstShipment(p);
    AuthTokenData data =
        AuthTokenData.getInstance(
            new GatewayTokens(
                    p.merchantContext.suite(),
                    new java.security.SecureRandom(),
                    p.pki.credential("gateway-sig").signer(p.merchantContext.suite(), List.of()),
                    List.of(Parties.TOKEN_KEY))
                .open(
                    Wire.der(s.first().authToken()),
                    SetContentTypes.AUTH_TOKEN_TBS,
                    SetContentTypes.AUTH_TOKEN_TBE));

    assertThat(data.getPurchAmt().toBigDecimal()).isEqualByComparingTo("100.00");
    assertThat(data.getTotalAuthAmount().toBigDecimal()).isEqualByComparingTo("60.00");
    assertThat(data.getTransIds().getXid()).isEqualTo(s.run().verified.transIds().getXid());
    assertThat(data.getMerchantId().getString()).isEqualTo(p.merchant.merchantId().getString());
    assertThat(
            new String(
                Wire.der(s.first().authToken()), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(FlowPki.PAN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void aTokenAuthorisesOnce(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Shipment s = firstShipment(p);
    approve(
        p,
        p.merchantPayments.authoriseLater(
            s.first(), new CurrencyAmount(978, 1000, -2), false, true));

    AuthReqSent again =
        p.merchantPayments.authoriseLater(
            s.first(), new CurrencyAmount(978, 1000, -2), false, true);
    refused(
        () -> p.gateway.processAuthorisationRequest(Run.der(again.message())),
        Refusal.REPLAYED_AUTH_TOKEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256", "pq-hybrid"})
  void neverMoreThanTheCardholderSignedAcrossTheChain(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Shipment s = firstShipment(p);
    AuthReqSent tooMuch =
        p.merchantPayments.authoriseLater(
            s.first(), new CurrencyAmount(978, 4001, -2), false, false);
    refused(
        () -> p.gateway.processAuthorisationRequest(Run.der(tooMuch.message())),
        Refusal.AMOUNT_MISMATCH);

    // a chain of tokens adds up: 60 + 30, then the last 10.01 is one cent too many
    AuthorisationResult second =
        approve(
            p,
            p.merchantPayments.authoriseLater(
                s.first(), new CurrencyAmount(978, 3000, -2), false, true));
    assertThat(second.authToken()).isNotNull();
    AuthReqSent last =
        p.merchantPayments.authoriseLater(second, new CurrencyAmount(978, 1001, -2), false, false);
    refused(
        () -> p.gateway.processAuthorisationRequest(Run.der(last.message())),
        Refusal.AMOUNT_MISMATCH);
    AuthorisationResult third =
        approve(
            p,
            p.merchantPayments.authoriseLater(
                second, new CurrencyAmount(978, 1000, -2), false, true));
    assertThat(third.approved()).isTrue();
    assertThat(third.authToken()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void anotherCurrencyOrNothingIsRefused(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Shipment s = firstShipment(p);
    for (CurrencyAmount bad :
        new CurrencyAmount[] {new CurrencyAmount(840, 1000, -2), new CurrencyAmount(978, 0, -2)}) {
      AuthReqSent sent = p.merchantPayments.authoriseLater(s.first(), bad, false, false);
      refused(
          () -> p.gateway.processAuthorisationRequest(Run.der(sent.message())),
          Refusal.AMOUNT_MISMATCH);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void aTamperedTokenDoesNotOpen(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Shipment s = firstShipment(p);
    AuthorisationResult forged =
        new AuthorisationResult(
            s.first().request,
            s.first().header,
            s.first().capToken,
            s.first().receipt,
            s.first().receiptData,
            new AuthToken(Tamper.lastByteFlipped(s.first().authToken().getContentInfo())));
    AuthReqSent sent = p.merchantPayments.authoriseLater(forged, FORTY, false, false);

    refused(
        () -> p.gateway.processAuthorisationRequest(Run.der(sent.message())), Refusal.DECRYPTION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void aTokenPastItsWindowIsRefused(String suite) throws Exception {
    Clock later = Clock.fixed(FlowPki.NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC);
    Parties p = Parties.of(suite);
    Shipment s = firstShipment(p);
    Parties twoHoursOn =
        Parties.builder(suite)
            .gatewayClock(later)
            .merchantClock(later)
            .gatewayPolicy(
                new GatewayAuthorisation.Policy(
                    Parties.PI_MAX_AGE, Duration.ofHours(1), () -> false))
            .build();
    AuthReqSent sent = twoHoursOn.merchantPayments.authoriseLater(s.first(), FORTY, false, false);

    refused(
        () -> twoHoursOn.gateway.processAuthorisationRequest(Run.der(sent.message())),
        Refusal.MESSAGE_TOO_OLD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void noTokenUnlessAskedAndNoPartialAmountWithoutIt(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run run = new Run(p, Parties.order()).authorised();
    assertThat(run.result.authToken()).isNull();

    Run partial = new Run(p, Parties.order("lamp", 10000)).verified();
    AuthReqSent sent = p.merchantPayments.authorise(partial.verified, SIXTY, false, false);
    refused(
        () -> p.gateway.processAuthorisationRequest(Run.der(sent.message())),
        Refusal.AMOUNT_MISMATCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void aDeclineEndsTheChain(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Run run = new Run(p, Parties.order("lamp", 10000)).verified();
    AuthReqSent sent = p.merchantPayments.authorise(run.verified, SIXTY, false, true);
    AuthorisationRequest r = p.gateway.processAuthorisationRequest(Run.der(sent.message()));
    AuthorisationResult declined =
        p.merchantPayments.processAuthorisationResponse(
            sent,
            Run.der(
                p.gateway.authorisationResponse(
                    r, BankDecision.ofResponseCode("51", r.amount(), null))));

    assertThat(declined.approved()).isFalse();
    assertThat(declined.authToken()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"p256"})
  void theMerchantKeepsItsTokenAcrossARestart(String suite) throws Exception {
    Parties p = Parties.of(suite);
    Shipment s = firstShipment(p);
    AuthorisationResult reread =
        MerchantRecords.readAuthorisation(MerchantRecords.authorisation(s.first()));

    assertThat(Wire.der(reread.authToken())).isEqualTo(Wire.der(s.first().authToken()));
    assertThat(
            approve(p, p.merchantPayments.authoriseLater(reread, FORTY, false, false)).approved())
        .isTrue();
  }
}
