package org.agentset.it.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import org.agentset.it.Await;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CapResData;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.gateway.CredResData;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageHeader;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.msg.AuthorisationResult;
import org.agentset.set.msg.CaptureSent;
import org.agentset.set.msg.CreditSent;
import org.agentset.set.msg.MerchantAuthorisation;
import org.agentset.set.msg.MerchantCredit;
import org.agentset.set.msg.Refusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A merchant retrying after a lost CapRes or CredRes, against the deployed gateway: the same
 * message (same RRPID, same bytes) sent again gets the stored answer, byte for byte, and the bank
 * sees one capture or one refund; another message under the same RRPID is still refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayRetryIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static Shop shop;

  @BeforeAll
  static void enrol() throws Exception {
    GatewayPki.seedOperators();
    shop = new Shop("NB-IT-RETRY");
  }

  private static AuthorisationResult authorised(long cents) throws Exception {
    return shop.authorised("5200000000000023", cents, false);
  }

  @Test
  void aCapReqSentTwiceGetsTheSameCapResAndCapturesOnce() throws Exception {
    AuthorisationResult a = authorised(1900);
    byte[] xid = (byte[]) GatewayCaptureIT.record(a).get("xid");
    CaptureSent sent =
        shop.payments.capture(
            List.of(new MerchantAuthorisation.Capture(a, new CurrencyAmount(978, 1900, -2))));
    byte[] capReq = sent.message().getDerEncoded();

    HttpResponse<byte[]> first = GatewayHttp.set(capReq);
    HttpResponse<byte[]> again = GatewayHttp.set(capReq);

    assertThat(SetAnswers.type(first.body())).isEqualTo(MessageType.CAPTURE_RESPONSE);
    assertThat(again.body()).as("the stored CapRes").isEqualTo(first.body());
    CapResData data = shop.payments.processCaptureResponse(sent, again.body());
    assertThat(data.getCapResItemSeq().get(0).getCapResPayload().getCapCode())
        .isEqualTo(CapCode.SUCCESS);
    assertThat(GatewayCaptureNowIT.capturePostings(xid)).as("one capture at the bank").isEqualTo(1);
    assertThat(GatewayCaptureIT.record(a).get("captured_minor")).isEqualTo(1900L);

    assertReplayRefused(capReq);
    assertThat(GatewayCaptureNowIT.capturePostings(xid)).isEqualTo(1);
  }

  @Test
  void aCredReqSentTwiceGetsTheSameCredResAndRefundsOnce() throws Exception {
    AuthorisationResult a = authorised(1600);
    byte[] xid = (byte[]) GatewayCaptureIT.record(a).get("xid");
    CaptureSent capture =
        shop.payments.capture(
            List.of(new MerchantAuthorisation.Capture(a, new CurrencyAmount(978, 1600, -2))));
    HttpResponse<byte[]> captured = GatewayHttp.set(capture.message().getDerEncoded());
    byte[] capRrpid =
        shop.payments.processCaptureResponse(capture, captured.body()).getCapRrTags().getRrpid();
    CreditSent sent =
        shop.credits.credit(
            List.of(new MerchantCredit.Credit(a, capRrpid, new CurrencyAmount(978, 700, -2))));
    byte[] credReq = sent.message().getDerEncoded();

    HttpResponse<byte[]> first = GatewayHttp.set(credReq);
    HttpResponse<byte[]> again = GatewayHttp.set(credReq);

    assertThat(SetAnswers.type(first.body())).isEqualTo(MessageType.CREDIT_RESPONSE);
    assertThat(again.body()).as("the stored CredRes").isEqualTo(first.body());
    CredResData data = shop.credits.processCreditResponse(sent, again.body());
    assertThat(data.getCredResItemSeq().get(0).getCredCode()).isEqualTo(CredCode.SUCCESS);
    assertThat(GatewayCaptureIT.record(a).get("refunded_minor")).isEqualTo(700L);
    assertThat(refundPostings(xid)).as("one refund at the bank").isEqualTo(1);

    assertReplayRefused(credReq);
    assertThat(refundPostings(xid)).isEqualTo(1);
    assertThat(GatewayCaptureIT.record(a).get("refunded_minor")).isEqualTo(700L);
  }

  @Test
  void answersOlderThanAWeekAreSweptAndYoungerOnesKept() throws Exception {
    byte[] old = new byte[20];
    byte[] young = new byte[20];
    new SecureRandom().nextBytes(old);
    new SecureRandom().nextBytes(young);
    try (Connection c = GatewayPki.db();
        PreparedStatement s =
            c.prepareStatement(
                "insert into gateway.stored_answer (message_type, rrpid, request_hash, response,"
                    + " created_at, answered_at) values ('CAPTURE', ?, ?, ?, now() - ?::interval,"
                    + " now() - ?::interval)")) {
      for (Object[] row : new Object[][] {{old, "8 days"}, {young, "6 days"}}) {
        s.setBytes(1, (byte[]) row[0]);
        s.setBytes(2, new byte[32]);
        s.setBytes(3, new byte[] {0x30, 0x00});
        s.setString(4, (String) row[1]);
        s.setString(5, (String) row[1]);
        s.executeUpdate();
      }
    }
    String count = "select count(*) from gateway.stored_answer where rrpid = ?";

    Await.until(
        "the recovery timer sweeps the answer of 8 days ago",
        Duration.ofSeconds(60),
        () -> GatewayAuthorisationIT.count(count, (Object) old) == 0);

    assertThat(GatewayAuthorisationIT.count(count, (Object) young)).isEqualTo(1);
    GatewayAuthorisationIT.count(
        "with d as (delete from gateway.stored_answer where rrpid = ? returning 1)"
            + " select count(*) from d",
        (Object) young);
  }

  /** The same message re-wrapped (other bytes, same RRPID) is a replay, answered with an Error. */
  private static void assertReplayRefused(byte[] message) throws Exception {
    MessageWrapper w = MessageWrapper.parse(message, DerLimits.DEFAULT);
    MessageHeader h = w.getMessageHeader();
    byte[] other =
        new MessageWrapper(
                new MessageHeader(h.getDate(), h.getMessageIds(), h.getRrpid(), "retry-tamper/1"),
                w.getMessage(),
                w.getMwExtensions())
            .getDerEncoded();
    assertThat(other).isNotEqualTo(message);
    HttpResponse<byte[]> r = GatewayHttp.set(other);
    assertThat(SetAnswers.type(r.body())).isEqualTo(MessageType.ERROR);
    assertThat(
            GatewayAuthorisationIT.count(
                "select count(*) from gateway.refusal where rrpid = ? and reason = ?",
                h.getRrpid(),
                Refusal.REPLAYED_RRPID.name()))
        .isEqualTo(1);
  }

  private static long refundPostings(byte[] xid) throws Exception {
    return GatewayAuthorisationIT.count(
        "select count(*) from bank.posting where kind = 'REFUND' and refunded_posting in"
            + " (select p.id from bank.posting p join bank.hold h on h.id = p.hold_id"
            + " where h.xid = ?)",
        (Object) xid);
  }
}
