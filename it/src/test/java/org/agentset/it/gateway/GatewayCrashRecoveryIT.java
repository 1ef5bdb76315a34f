package org.agentset.it.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.msg.MessageType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's JVM dies after the issuer approved an authorisation and before the gateway recorded
 * or answered it (the test-only hook halts it, as a power cut would). After a restart the
 * transaction is not left in between: the recovery reverses it, the issuer releases the hold, and
 * the merchant's retry gets an Error instead of a second authorisation. Likewise after a capture at
 * once (CaptureNow) the issuer posted: a captured hold cannot be reversed, so it is refunded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayCrashRecoveryIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void aCrashBetweenTheBanksApprovalAndTheAnswerIsReversedAfterRestart() throws Exception {
    GatewayPki.seedOperators();
    Shop shop = new Shop("NB-IT-CRASH");
    Shop.Purchase p =
        shop.new Purchase(shop.customer("5200000000000015", GatewayAuthorisationIT.EXPIRY), 1700);
    byte[] xid = p.verified.transIds().getXid();
    byte[] authReq = p.authReq(false);
    HttpResponse<byte[]> armed =
        GatewayHttp.post(
            "/gateway/api/test-control/halt-after-approval", "text/plain", new byte[0]);
    assertThat(armed.statusCode()).isEqualTo(204);

    assertThatThrownBy(() -> GatewayHttp.set(authReq)).isInstanceOf(IOException.class);

    assertThat(GatewayAuthorisationIT.record(xid).get("state")).isEqualTo("VERIFIED");
    assertThat(GatewayAuthorisationIT.bankHolds(xid))
        .as("the issuer approved and holds")
        .isEqualTo(1);

    WildFlyRestart.restart("/gateway/api/status");

    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!"REVERSED".equals(GatewayAuthorisationIT.record(xid).get("state"))) {
      assertThat(System.nanoTime()).as("recovered within two minutes").isLessThan(deadline);
      Thread.sleep(1_000);
    }
    assertThat((String) GatewayAuthorisationIT.record(xid).get("failure_reason"))
        .contains("recovered");
    deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (GatewayAuthorisationIT.bankHolds(xid) != 0) {
      assertThat(System.nanoTime()).as("hold released").isLessThan(deadline);
      Thread.sleep(500);
    }
    assertThat(
            GatewayAuthorisationIT.count(
                "select count(*) from bank.hold where xid = ? and state = 'RELEASED'",
                (Object) xid))
        .isEqualTo(1);
    assertThat(
            GatewayAuthorisationIT.count(
                "select count(*) from bank.hold where xid = ? and state = 'CAPTURED'",
                (Object) xid))
        .isZero();

    HttpResponse<byte[]> retry = GatewayHttp.set(authReq);
    assertThat(SetAnswers.type(retry.body())).isEqualTo(MessageType.ERROR);
    assertThat(GatewayAuthorisationIT.bankAuthorisations(xid)).isEqualTo(1);
    assertThat(GatewayAuthorisationIT.transactions(xid)).isEqualTo(1);
  }

  @Test
  void aCrashAfterACaptureAtOnceIsRefundedAfterRestart() throws Exception {
    GatewayPki.seedOperators();
    Shop shop = new Shop("NB-IT-CRASH-CAPNOW");
    Shop.Purchase p =
        shop.new Purchase(shop.customer("5200000000000015", GatewayAuthorisationIT.EXPIRY), 1300);
    byte[] xid = p.verified.transIds().getXid();
    byte[] authReq = p.authReq(true);
    HttpResponse<byte[]> armed =
        GatewayHttp.post("/gateway/api/test-control/halt-after-capture", "text/plain", new byte[0]);
    assertThat(armed.statusCode()).isEqualTo(204);

    assertThatThrownBy(() -> GatewayHttp.set(authReq)).isInstanceOf(IOException.class);

    assertThat(GatewayAuthorisationIT.record(xid).get("state")).isEqualTo("VERIFIED");
    assertThat(GatewayCaptureNowIT.capturePostings(xid))
        .as("the issuer posted the capture at once")
        .isEqualTo(1);

    WildFlyRestart.restart("/gateway/api/status");

    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!"REVERSED".equals(GatewayAuthorisationIT.record(xid).get("state"))) {
      assertThat(System.nanoTime()).as("recovered within two minutes").isLessThan(deadline);
      Thread.sleep(1_000);
    }
    assertThat((String) GatewayAuthorisationIT.record(xid).get("failure_reason"))
        .contains("captured at once, refunded (issuer answered 00)");
    assertThat(
            GatewayAuthorisationIT.count(
                "select coalesce(-sum(amount), 0) from bank.posting where kind = 'REFUND'"
                    + " and refunded_posting in (select p.id from bank.posting p"
                    + " join bank.hold h on h.id = p.hold_id where h.xid = ?)",
                (Object) xid))
        .as("the cardholder got the captured amount back")
        .isEqualTo(1300);

    HttpResponse<byte[]> retry = GatewayHttp.set(authReq);
    assertThat(SetAnswers.type(retry.body())).isEqualTo(MessageType.ERROR);
    assertThat(GatewayCaptureNowIT.capturePostings(xid)).isEqualTo(1);
    assertThat(GatewayAuthorisationIT.bankAuthorisations(xid)).isEqualTo(1);
  }
}
