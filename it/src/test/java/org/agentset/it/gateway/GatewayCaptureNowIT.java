package org.agentset.it.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.gateway.CredResData;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.msg.AuthorisationResult;
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
 * AuthReq with CaptureNow against the deployed gateway: the issuer authorises and the gateway
 * captures at once (the bank's ledger posts the capture), the record is CAPTURED with the captured
 * amount, the AuthRes says so and still carries the CapToken a CredReq refunds with; without
 * CaptureNow nothing is captured and nothing is claimed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayCaptureNowIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static Shop shop;

  @BeforeAll
  static void enrol() throws Exception {
    GatewayPki.seedOperators();
    shop = new Shop("NB-IT-CAPNOW");
  }

  private static AuthorisationResult authorise(long cents, boolean captureNow) throws Exception {
    return shop.authorised("5200000000000007", cents, captureNow);
  }

  @Test
  void captureNowCapturesAtTheBankAndTheCaptureCanBeRefunded() throws Exception {
    AuthorisationResult a = authorise(2300, true);

    assertThat(a.capture()).as("AuthRes reports the capture at once").isNotNull();
    assertThat(a.capture().getCapCode()).isEqualTo(CapCode.SUCCESS);
    assertThat(a.capture().getCapAmt().getAmount().longValue()).isEqualTo(2300);
    assertThat(a.capToken()).as("the CapToken a refund needs").isNotNull();
    Map<String, Object> record = GatewayCaptureIT.record(a);
    assertThat(record.get("state")).isEqualTo("CAPTURED");
    assertThat(record.get("captured_minor")).isEqualTo(2300L);
    byte[] xid = (byte[]) record.get("xid");
    assertThat(capturePostings(xid)).as("the issuer's ledger posted one capture").isEqualTo(1);
    assertThat(capturedAmount(xid)).isEqualTo(2300);
    assertThat(
            GatewayAuthorisationIT.count(
                "select count(*) from bank.hold where xid = ? and state = 'CAPTURED'",
                (Object) xid))
        .isEqualTo(1);

    // a CapReq cannot capture it a second time
    assertThat(
            capture(new MerchantAuthorisation.Capture(a, new CurrencyAmount(978, 2300, -2)))
                .getCapCode())
        .isEqualTo(CapCode.DUPLICATE_REQUEST);
    assertThat(capturePostings(xid)).isEqualTo(1);

    // the capture at once is named by the AuthReq's RRPID
    assertThat(refund(a, a.authRrpid(), 800)).isEqualTo(CredCode.SUCCESS);
    assertThat(GatewayCaptureIT.record(a).get("refunded_minor")).isEqualTo(800L);
    assertThat(refund(a, a.authRrpid(), 1501)).isEqualTo(CredCode.CREDIT_TOO_LARGE);
    assertThat(refund(a, a.authRrpid(), 1500)).isEqualTo(CredCode.SUCCESS);
    assertThat(GatewayCaptureIT.record(a).get("state")).isEqualTo("REFUNDED");
    assertThat(
            GatewayAuthorisationIT.count(
                "select coalesce(-sum(amount), 0) from bank.posting where kind = 'REFUND'"
                    + " and refunded_posting in (select p.id from bank.posting p"
                    + " join bank.hold h on h.id = p.hold_id where h.xid = ?)",
                (Object) xid))
        .isEqualTo(2300);
  }

  @Test
  void withoutCaptureNowNothingIsCapturedNorClaimed() throws Exception {
    AuthorisationResult a = authorise(1200, false);

    assertThat(a.capture()).isNull();
    assertThat(a.capToken()).isNotNull();
    Map<String, Object> record = GatewayCaptureIT.record(a);
    assertThat(record.get("state")).isEqualTo("AUTHORISED");
    assertThat(record.get("captured_minor")).isEqualTo(0L);
    byte[] xid = (byte[]) record.get("xid");
    assertThat(capturePostings(xid)).isZero();
    assertThat(GatewayAuthorisationIT.bankHolds(xid)).isEqualTo(1);
    assertThat(refund(a, a.authRrpid(), 100)).isEqualTo(CredCode.ORIGINAL_NOT_FOUND);
  }

  static long capturePostings(byte[] xid) throws Exception {
    return GatewayAuthorisationIT.count(
        "select count(*) from bank.posting p join bank.hold h on h.id = p.hold_id"
            + " where p.kind = 'CAPTURE' and h.xid = ?",
        (Object) xid);
  }

  private static long capturedAmount(byte[] xid) throws Exception {
    return GatewayAuthorisationIT.count(
        "select coalesce(sum(p.amount), 0) from bank.posting p"
            + " join bank.hold h on h.id = p.hold_id where p.kind = 'CAPTURE' and h.xid = ?",
        (Object) xid);
  }

  private static org.agentset.set.asn1.gateway.CapResPayload capture(
      MerchantAuthorisation.Capture item) throws Exception {
    org.agentset.set.msg.CaptureSent sent = shop.payments.capture(List.of(item));
    HttpResponse<byte[]> r = GatewayHttp.set(sent.message().getDerEncoded());
    assertThat(SetAnswers.type(r.body())).isEqualTo(MessageType.CAPTURE_RESPONSE);
    return shop.payments
        .processCaptureResponse(sent, r.body())
        .getCapResItemSeq()
        .get(0)
        .getCapResPayload();
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
}
