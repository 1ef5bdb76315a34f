package org.agentset.it.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.gateway.AuthRevCode;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CapResData;
import org.agentset.set.asn1.gateway.CapResItem;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.gateway.CredResData;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.msg.AuthorisationResult;
import org.agentset.set.msg.AuthorisationReversal;
import org.agentset.set.msg.CaptureSent;
import org.agentset.set.msg.CreditSent;
import org.agentset.set.msg.MerchantAuthorisation;
import org.agentset.set.msg.MerchantCredit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CapReq to CapRes against the deployed gateway: batched items, each checked against its CapToken
 * and the gateway's record, posted by the issuer, and never above what was authorised nor twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayCaptureIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static Shop shop;

  @BeforeAll
  static void enrol() throws Exception {
    GatewayPki.seedOperators();
    shop = new Shop("NB-IT-CAPTURE");
  }

  private static AuthorisationResult authorised(long cents) throws Exception {
    return shop.authorised("5200000000000007", cents, false);
  }

  private static List<CapResItem> capture(MerchantAuthorisation.Capture... items) throws Exception {
    return captureData(items).getCapResItemSeq();
  }

  private static CapResData captureData(MerchantAuthorisation.Capture... items) throws Exception {
    CaptureSent sent = shop.payments.capture(List.of(items));
    HttpResponse<byte[]> r = GatewayHttp.set(sent.message().getDerEncoded());
    assertThat(SetAnswers.type(r.body())).isEqualTo(MessageType.CAPTURE_RESPONSE);
    return shop.payments.processCaptureResponse(sent, r.body());
  }

  private static CredCode refund(AuthorisationResult a, byte[] captureRrpid, long cents)
      throws Exception {
    CreditSent sent =
        shop.credits.credit(
            List.of(
                new MerchantCredit.Credit(a, captureRrpid, new CurrencyAmount(978, cents, -2))));
    HttpResponse<byte[]> r = GatewayHttp.set(sent.message().getDerEncoded());
    assertThat(SetAnswers.type(r.body())).isEqualTo(MessageType.CREDIT_RESPONSE);
    CredResData data = shop.credits.processCreditResponse(sent, r.body());
    return data.getCredResItemSeq().get(0).getCredCode();
  }

  @Test
  void refundsAreNeverAboveWhatWasCapturedAndThePartsAddUp() throws Exception {
    AuthorisationResult a = authorised(2500);
    CapResData captured =
        captureData(new MerchantAuthorisation.Capture(a, new CurrencyAmount(978, 2000, -2)));
    byte[] capRrpid = captured.getCapRrTags().getRrpid();

    assertThat(refund(a, capRrpid, 2001)).isEqualTo(CredCode.CREDIT_TOO_LARGE);
    assertThat(refund(a, capRrpid, 500)).isEqualTo(CredCode.SUCCESS);
    assertThat(record(a).get("refunded_minor")).isEqualTo(500L);
    assertThat(record(a).get("state")).isEqualTo("CAPTURED");
    assertThat(refund(a, capRrpid, 1501)).isEqualTo(CredCode.CREDIT_TOO_LARGE);
    assertThat(refund(a, capRrpid, 1500)).isEqualTo(CredCode.SUCCESS);
    assertThat(record(a).get("refunded_minor")).isEqualTo(2000L);
    assertThat(record(a).get("state")).isEqualTo("REFUNDED");
    assertThat(refund(a, capRrpid, 1)).isEqualTo(CredCode.CREDIT_TOO_LARGE);
    assertThat(
            GatewayAuthorisationIT.count(
                "select coalesce(-sum(amount), 0) from bank.posting where kind = 'REFUND'"
                    + " and refunded_posting in (select p.id from bank.posting p"
                    + " join bank.hold h on h.id = p.hold_id where h.xid = ?)",
                (Object) record(a).get("xid")))
        .isEqualTo(2000);
  }

  @Test
  void anAuthorisationReversedByTheMerchantIsReleasedAndCannotBeCaptured() throws Exception {
    AuthorisationResult a = authorised(1100);
    byte[] xid = (byte[]) record(a).get("xid");
    assertThat(GatewayAuthorisationIT.bankHolds(xid)).isEqualTo(1);

    assertThat(reverse(a)).isEqualTo(AuthRevCode.APPROVED);
    assertThat(record(a).get("state")).isEqualTo("REVERSED");
    assertThat(GatewayAuthorisationIT.bankHolds(xid)).isZero();
    assertThat(reverse(a)).isEqualTo(AuthRevCode.INVALID_TRANSACTION);
    assertThat(
            capture(new MerchantAuthorisation.Capture(a, new CurrencyAmount(978, 1100, -2)))
                .get(0)
                .getCapResPayload()
                .getCapCode())
        .isEqualTo(CapCode.INVALID_AUTH_DATA);
    assertThat(record(a).get("captured_minor")).isEqualTo(0L);
  }

  private static AuthRevCode reverse(AuthorisationResult a) throws Exception {
    AuthorisationReversal merchant = new AuthorisationReversal(shop.merchantContext);
    AuthorisationReversal.Sent sent =
        merchant.request(shop.merchantSig, shop.merchantKx, shop.gatewayKx, a);
    HttpResponse<byte[]> r = GatewayHttp.set(sent.message().getDerEncoded());
    assertThat(SetAnswers.type(r.body())).isEqualTo(MessageType.AUTH_REVERSAL_RESPONSE);
    return merchant.outcome(sent, r.body(), shop.merchantKx, shop.gatewayKx);
  }

  @Test
  void aRefundNamingAnotherCaptureIsRefused() throws Exception {
    AuthorisationResult a = authorised(900);
    capture(new MerchantAuthorisation.Capture(a, new CurrencyAmount(978, 900, -2)));

    assertThat(refund(a, new byte[20], 100)).isEqualTo(CredCode.ORIGINAL_NOT_FOUND);
    assertThat(record(a).get("refunded_minor")).isEqualTo(0L);
  }

  @Test
  void aBatchIsCapturedItemByItemAndPostedByTheIssuer() throws Exception {
    AuthorisationResult a = authorised(1500);
    AuthorisationResult b = authorised(2500);

    List<CapResItem> items =
        capture(
            new MerchantAuthorisation.Capture(a, new CurrencyAmount(978, 1500, -2)),
            new MerchantAuthorisation.Capture(b, new CurrencyAmount(978, 2000, -2)));

    assertThat(items).hasSize(2);
    assertThat(items.get(0).getCapResPayload().getCapCode()).isEqualTo(CapCode.SUCCESS);
    assertThat(items.get(1).getCapResPayload().getCapCode()).isEqualTo(CapCode.SUCCESS);
    assertThat(items.get(1).getCapResPayload().getCapAmt().getAmount().longValue()).isEqualTo(2000);
    Map<String, Object> ra = record(a);
    Map<String, Object> rb = record(b);
    assertThat(ra.get("state")).isEqualTo("CAPTURED");
    assertThat(ra.get("captured_minor")).isEqualTo(1500L);
    assertThat(rb.get("captured_minor")).isEqualTo(2000L);
    assertThat(
            GatewayAuthorisationIT.count(
                "select count(*) from bank.posting p join bank.hold h on h.id = p.hold_id"
                    + " where p.kind = 'CAPTURE' and h.rrn in (?, ?)",
                ra.get("rrn"),
                rb.get("rrn")))
        .isEqualTo(2);
  }

  @Test
  void aCaptureAboveTheAuthorisedAmountIsRefusedAndChangesNothing() throws Exception {
    AuthorisationResult a = authorised(1000);

    List<CapResItem> items =
        capture(new MerchantAuthorisation.Capture(a, new CurrencyAmount(978, 1001, -2)));

    assertThat(items.get(0).getCapResPayload().getCapCode()).isEqualTo(CapCode.INVALID_AUTH_DATA);
    assertThat(items.get(0).getCapResPayload().getCapAmt().getAmount().longValue()).isZero();
    assertThat(record(a).get("state")).isEqualTo("AUTHORISED");
    assertThat(record(a).get("captured_minor")).isEqualTo(0L);
  }

  @Test
  void aCapTokenCapturesOnce() throws Exception {
    AuthorisationResult a = authorised(800);
    MerchantAuthorisation.Capture all =
        new MerchantAuthorisation.Capture(a, new CurrencyAmount(978, 800, -2));

    assertThat(capture(all).get(0).getCapResPayload().getCapCode()).isEqualTo(CapCode.SUCCESS);
    assertThat(capture(all).get(0).getCapResPayload().getCapCode())
        .isEqualTo(CapCode.DUPLICATE_REQUEST);
    assertThat(record(a).get("captured_minor")).isEqualTo(800L);
  }

  /** The gateway's record of an authorisation, found by its RRPID. */
  static Map<String, Object> record(AuthorisationResult a) throws Exception {
    try (var c = GatewayPki.db();
        var s = c.prepareStatement("select xid from gateway.payment_transaction where rrpid = ?")) {
      s.setBytes(1, a.authRrpid());
      try (var rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return GatewayAuthorisationIT.record(rs.getBytes(1));
      }
    }
  }
}
