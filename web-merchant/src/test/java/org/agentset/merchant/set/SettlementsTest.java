package org.agentset.merchant.set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.msg.CaptureRequest;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.CreditRequest;
import org.agentset.set.msg.FlowFixture;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.GatewayCapture;
import org.agentset.set.msg.GatewayCredit;
import org.agentset.set.msg.InMemoryReplayStore;
import org.agentset.set.msg.MerchantAuthorisation;
import org.agentset.set.msg.MerchantCredit;
import org.agentset.set.msg.MerchantPurchase;
import org.agentset.set.msg.MerchantRecords;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetErrors;
import org.agentset.set.msg.SetProtocolException;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The merchant's CapReq and CredReq built from its stored authorization record, opened and answered
 * by set-core's real gateway side, and the answers read back per order.
 */
class SettlementsTest {

  private static final FlowFixture FX;

  static {
    try {
      FX = FlowFixture.of("p256");
    } catch (SetProtocolException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private MerchantParty party;
  private GatewayCapture capture;
  private GatewayCredit credit;
  private PartyContext gatewayContext;
  private final byte[] record = MerchantRecords.authorisation(FX.authorisationResult());
  private final long authorisedMinor =
      Settlements.minor(FX.authorisationResult().header().getAuthAmt());

  private static PartyContext context() throws Exception {
    return new PartyContext(
        FX.suite(),
        new SecureRandom(),
        new Freshness(FX.clock(), Duration.ofMinutes(15), Duration.ofMinutes(5)),
        new CertificateTrust(
            new BouncyCastleProvider(), FX.validator(), FX::revocation, FX.knownCas()),
        new InMemoryReplayStore(FX.clock()),
        "settlements-test");
  }

  @BeforeEach
  void setUp() throws Exception {
    PartyContext ctx = context();
    party =
        new MerchantParty(
            new MerchantPurchase(ctx, FX.credential("merchant-sig"), FX.path("gateway-kx")),
            new MerchantAuthorisation(
                ctx,
                FX.credential("merchant-sig"),
                FX.credential("merchant-kx"),
                FX.path("gateway-kx").get(0)),
            new MerchantCredit(
                ctx,
                FX.credential("merchant-sig"),
                FX.credential("merchant-kx"),
                FX.path("gateway-kx").get(0)),
            new SetErrors(ctx),
            FX.credential("merchant-sig"),
            false);
    gatewayContext = context();
    capture =
        new GatewayCapture(
            gatewayContext,
            FX.credential("gateway-sig"),
            FX.credential("gateway-kx"),
            List.of(FX.tokenKey()),
            Duration.ofDays(7));
    credit =
        new GatewayCredit(
            gatewayContext,
            FX.credential("gateway-sig"),
            FX.credential("gateway-kx"),
            List.of(FX.tokenKey()));
  }

  @Test
  void aBatchIsCapturedAndPartlyRefundedAgainstItsCapture() throws Exception {
    UUID order = UUID.randomUUID();
    Settlements.CaptureBatch batch =
        Settlements.capture(party, List.of(new Settlements.ToCapture(order, record)));
    assertThat(batch.rrpid()).isNotEmpty();
    CaptureRequest req = capture.processCaptureRequest(batch.message());
    assertThat(req.rrpid()).isEqualTo(batch.rrpid());
    assertThat(req.items())
        .singleElement()
        .extracting(CaptureRequest.Item::result)
        .isEqualTo(CapCode.SUCCESS);
    byte[] capRes = capture.captureResponse(req, BigInteger.ONE).getDerEncoded();

    List<Settlements.Captured> results = Settlements.captured(party, batch, capRes);
    assertThat(results)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.orderId()).isEqualTo(order);
              assertThat(c.success()).isTrue();
              assertThat(c.capturedMinor()).isEqualTo(authorisedMinor);
            });

    Settlements.Refund refund =
        Settlements.refund(party, record, batch.rrpid(), authorisedMinor / 2);
    CreditRequest creq = credit.processCreditRequest(refund.message());
    assertThat(creq.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.capRrpid()).as("the refund names the CapReq").isEqualTo(batch.rrpid());
              assertThat(i.result()).isEqualTo(CredCode.SUCCESS);
            });
    byte[] credRes = credit.creditResponse(creq, BigInteger.ONE).getDerEncoded();
    Settlements.Refunded done = Settlements.refunded(party, refund, credRes);
    assertThat(done.success()).isTrue();
    assertThat(done.creditedMinor()).isEqualTo(authorisedMinor / 2);
  }

  @Test
  void aRefundAboveTheAuthorisationIsRefusedByTheGatewayAndExplained() throws Exception {
    Settlements.CaptureBatch batch =
        Settlements.capture(party, List.of(new Settlements.ToCapture(UUID.randomUUID(), record)));
    Settlements.Refund refund =
        Settlements.refund(party, record, batch.rrpid(), authorisedMinor + 1);
    CreditRequest creq = credit.processCreditRequest(refund.message());
    byte[] credRes = credit.creditResponse(creq, BigInteger.ONE).getDerEncoded();
    Settlements.Refunded done = Settlements.refunded(party, refund, credRes);
    assertThat(done.success()).isFalse();
    assertThat(done.code()).isEqualTo(CredCode.CREDIT_TOO_LARGE);
    assertThat(GatewayAnswers.credit(done.code())).contains("larger than what is left");
  }

  @Test
  void anAnswerForAnotherBatchIsRefused() throws Exception {
    Settlements.CaptureBatch one =
        Settlements.capture(party, List.of(new Settlements.ToCapture(UUID.randomUUID(), record)));
    Settlements.CaptureBatch two =
        Settlements.capture(party, List.of(new Settlements.ToCapture(UUID.randomUUID(), record)));
    byte[] answerToOne =
        capture
            .captureResponse(capture.processCaptureRequest(one.message()), BigInteger.ONE)
            .getDerEncoded();
    assertThatThrownBy(() -> Settlements.captured(party, two, answerToOne))
        .isInstanceOf(SetProtocolException.class);
    assertThat(Settlements.errorCode(answerToOne)).isEmpty();
  }

  @Test
  void aGatewayErrorIsReadForTheOperator() throws Exception {
    Settlements.CaptureBatch batch =
        Settlements.capture(party, List.of(new Settlements.ToCapture(UUID.randomUUID(), record)));
    SetErrors errors = new SetErrors(gatewayContext);
    SetProtocolException refusal = new SetProtocolException(Refusal.REPLAYED_RRPID, "CapReq");
    byte[] signed =
        errors.signed(batch.message(), refusal, FX.credential("gateway-sig")).getDerEncoded();
    byte[] unsigned = errors.unsigned(batch.message(), refusal).getDerEncoded();
    assertThatThrownBy(() -> Settlements.captured(party, batch, signed))
        .isInstanceOf(SetProtocolException.class);
    assertThat(Settlements.errorCode(signed)).contains(refusal.errorCode());
    assertThat(Settlements.errorCode(unsigned)).contains(refusal.errorCode());
    assertThat(Settlements.errorCode(new byte[] {0x30, 0x00})).isEmpty();
    assertThat(GatewayAnswers.error(ErrorCode.SIGNATURE_FAILURE)).contains("SIGNATURE_FAILURE");
  }

  @Test
  void everyGatewayAnswerHasAnExplanation() {
    for (CapCode c : CapCode.values()) {
      assertThat(GatewayAnswers.capture(c)).isNotBlank().endsWith(".");
    }
    for (CredCode c : CredCode.values()) {
      assertThat(GatewayAnswers.credit(c)).isNotBlank().endsWith(".");
    }
  }

  @Test
  void minorUnitsFollowTheExponent() {
    assertThat(Settlements.minor(new org.agentset.set.asn1.msg.CurrencyAmount(978, 1690, -2)))
        .isEqualTo(1690);
    assertThat(Settlements.minor(new org.agentset.set.asn1.msg.CurrencyAmount(978, 16900, -3)))
        .isEqualTo(1690);
    assertThat(Settlements.minor(new org.agentset.set.asn1.msg.CurrencyAmount(978, 169, -1)))
        .isEqualTo(1690);
  }
}
