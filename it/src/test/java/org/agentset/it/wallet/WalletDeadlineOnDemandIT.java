package org.agentset.it.wallet;

import static org.agentset.it.wallet.WalletUnderTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.agentset.it.SuiteArchive;
import org.agentset.it.wallet.AgentServerIntruder.Agent;
import org.agentset.it.wallet.AgentServerIntruder.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On demand (it waits out a mandate, at least 10 minutes): a payment start signed by an agent after
 * its mandate's deadline, delivered over the SAI channel by an intruder holding the agent server
 * ({@link AgentServerIntruder}), is refused by the real wallet process and nothing is paid. The CA
 * certifies an agent only until its mandate's deadline, so the wallet refuses it for its expired
 * certificate ({@code agent-certificate}) before it looks at the mandate's time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WalletDeadlineOnDemandIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static final String NB_TOKEN = "nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5"; // demo
  private static final String NORDLICHT = "/merchant/api/merchants/nordlicht-books";

  @Test
  void aPaymentStartAfterTheMandatesDeadlineIsRefusedAndNothingIsPaid() throws Exception {
    try (WalletUnderTest wallet = WalletUnderTest.start()) {
      wallet.enrolDemoCard();
      JsonObject map =
          json(wallet.suite(NORDLICHT + "/catalogue?category=maps", NB_TOKEN))
              .getJsonArray("items")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(i -> i.getInt("stock") > 3)
              .findFirst()
              .orElseThrow();
      String price = map.getJsonNumber("listPrice").toString();
      JsonObject probe = wallet.signedOrder(NORDLICHT, NB_TOKEN, map.getString("sku"), price);
      assertThat(probe.isNull("setInitiation")).as("the merchant signs its orders").isFalse();

      // the shortest mandate the wallet accepts
      Instant deadline = Instant.now().plus(Duration.ofMinutes(10)).plusSeconds(20);
      String lateId = wallet.delegateMaps("confirm", 1, price, price, deadline);
      Agent late = AgentServerIntruder.steal(lateId);
      while (Instant.now().isBefore(deadline.plusSeconds(5))) {
        Thread.sleep(5_000);
      }

      // a carrier whose own payment start waits in the outbox while the wallet is locked
      String carrierId =
          wallet.delegateMaps("confirm", 1, price, price, Instant.now().plus(Duration.ofHours(2)));
      wallet.lock();
      WalletUnderTest.await(
          "the carrier's payment start is queued",
          () -> AgentServerIntruder.queuedMessage(carrierId) != null);
      JsonObject order = wallet.signedOrder(NORDLICHT, NB_TOKEN, map.getString("sku"), 1, price);
      byte[] start =
          AgentServerIntruder.paymentStart(
              late, AgentServerIntruder.steal(carrierId).wallet(), Clock.systemUTC(), order);
      UUID row = AgentServerIntruder.queueAround(carrierId, List.of(start), List.of()).get(0);
      long holds = AgentServerIntruder.count("select count(*) from bank.hold");
      wallet.unlock();

      WalletUnderTest.await("the wallet's answer", () -> AgentServerIntruder.answer(row) != null);
      Answer a = AgentServerIntruder.answer(row);
      assertThat(a.outcome()).as(a.toString()).isEqualTo("REFUSED");
      assertThat(a.reason()).startsWith("agent-certificate: ").contains("expired");
      assertThat(json(wallet.call("GET", "/api/agents/" + lateId, null)).getJsonArray("payments"))
          .as("no payment of the late agent")
          .allMatch(p -> !p.asJsonObject().getString("state").equals("PAID"));
      assertThat(
              AgentServerIntruder.count(
                  "select count(*) from merchant.purchase_order where lid_m = ? and xid is null"
                      + " and status = 'AWAITING_PAYMENT'",
                  order.getString("lidM")))
          .isEqualTo(1);
      assertThat(AgentServerIntruder.count("select count(*) from bank.hold")).isEqualTo(holds);
    }
  }
}
