package org.agentset.it.e2e;

import static org.agentset.it.e2e.DelegatedPurchases.agent;
import static org.agentset.it.e2e.DelegatedPurchases.delegate;
import static org.agentset.it.e2e.DelegatedPurchases.ended;
import static org.agentset.it.e2e.DelegatedPurchases.itemSecret;
import static org.agentset.it.e2e.DelegatedPurchases.walletPurchases;
import static org.agentset.it.e2e.PurchaseRecords.assertDeclined;
import static org.agentset.it.e2e.PurchaseRecords.assertNothingPaid;
import static org.agentset.it.e2e.PurchaseRecords.assertPaid;
import static org.agentset.it.e2e.SuiteDb.rows;
import static org.agentset.it.e2e.SuiteDb.value;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.agentset.it.SuiteArchive;
import org.agentset.it.e2e.DelegatedPurchases.ItemSecret;
import org.agentset.it.e2e.DelegatedPurchases.Shopping;
import org.agentset.it.e2e.PurchaseRecords.AgentOffer;
import org.agentset.it.wallet.WalletUnderTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Delegated purchases with every party real and nothing played by the test: wallet processes
 * ({@code java -jar}) enrol their cards with the CA (SET cardholder registration) and get their
 * communication certificates, delegate mandates to the agent server, whose agents negotiate with
 * the demo merchants' agents over the merchant API and have the chosen merchant open the order; the
 * payment start reaches the wallet over the SAI channel, the wallet pays with SET (merchant →
 * gateway → bank over ISO 8583), and the merchant server's completion event reaches the agent. One
 * deployed suite and three wallets serve every case:
 *
 * <ul>
 *   <li>Ada's wallet: an autonomous purchase and a confirmed one end PAID, every party's records
 *       linked by the XID; an agent revoked by the customer right after delegation pays nothing; a
 *       merchant agent whose merchant server refuses it (its API token revoked) is passed over and
 *       another merchant paid, and when it was the only seller the agent fails saying so.
 *   <li>Grace's wallet: her card's 50.00 EUR limit makes the issuer decline (51) the selected
 *       agreement, the agent takes the next acceptable one within the mandate, declined too, and
 *       ends DECLINED; nothing is held or posted.
 *   <li>Alan's wallet delegates and then is gone (the process killed): the payment start waits, the
 *       merchant's orders lapse and are re-ordered, and at the mandate's deadline (the wallet
 *       allows no less than ten minutes; the other cases run meanwhile) the agent ends EXPIRED with
 *       nothing paid.
 * </ul>
 *
 * <p>Finally no text or bytea column of the {@code ans} schema, nor {@code server.log}, holds a
 * card number, a K or a token's open authorisation code (read from copies of the wallet files
 * opened with their passwords), while the sealed tokens are there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DelegatedPurchaseIT {

  private static final String ADA = "4111111111111111";
  private static final String GRACE = "4000000000000002"; // limit 50.00 EUR at the demo issuer
  private static final String ALAN = "5555555555554444";
  private static final String DEMO_MERCHANTS = "nordlicht-books,voltaic-parts,herbarium-tea";
  private static final Duration PAYMENT = Duration.ofMinutes(4);

  private static WalletUnderTest ada;
  private static WalletUnderTest grace;
  private static WalletUnderTest alan;
  private static String offlineAgent;
  private static Instant offlineDeadline;
  private static final List<ItemSecret> secrets = new ArrayList<>();

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  /**
   * Alan's wallet delegates first and goes away, so that its agent's deadline passes while the
   * other cases run ({@link #anAgentWhoseWalletStaysOfflineExpiresAtTheDeadlineAndNothingIsPaid}).
   */
  @BeforeAll
  static void walletsEnrolAndTheShopsOpenSetPayments() throws Exception {
    alan = WalletUnderTest.start();
    DelegatedPurchases.enrolCard(alan, "5555 5555 5555 4444", "12/35", "Alan Turing");
    // the wallet takes no deadline closer than ten minutes
    offlineDeadline = Instant.now().plus(Duration.ofMinutes(10)).plusSeconds(10);
    offlineAgent =
        delegate(
            alan,
            Shopping.ofCategory("maps", 1, "14.50")
                .merchants("nordlicht-books")
                .deadline(offlineDeadline));
    alan.kill();
    secrets.add(itemSecret(alan, offlineAgent));

    ada = WalletUnderTest.start();
    DelegatedPurchases.enrolCard(ada, "4111 1111 1111 1111", "12/35", "Ada Lovelace");
    grace = WalletUnderTest.start();
    DelegatedPurchases.enrolCard(grace, "4000 0000 0000 0002", "12/35", "Grace Hopper");
    for (String shop : DEMO_MERCHANTS.split(",")) {
      WalletUnderTest.awaitSetPaymentsOpen(shop);
    }
  }

  @AfterAll
  static void stop() {
    for (WalletUnderTest w : new WalletUnderTest[] {ada, grace, alan}) {
      if (w != null) {
        w.close();
      }
    }
  }

  @Test
  @Order(1)
  void anAutonomousAgentBuysAndPaysAndEveryPartyAgrees() throws Exception {
    String id = delegate(ada, Shopping.ofCategory("maps", 1, "14.50").merchants(DEMO_MERCHANTS));
    secrets.add(itemSecret(ada, id));
    JsonObject agent = ended(ada, id, "PAID", PAYMENT);
    assertPaid(ada, id, agent, "nordlicht-books", "1111");
  }

  @Test
  @Order(2)
  void aConfirmModeAgentPaysOnceTheCustomerApprovesInTheWallet() throws Exception {
    String id =
        delegate(
            ada, Shopping.ofCategory("maps", 1, "14.50").merchants(DEMO_MERCHANTS).mode("confirm"));
    secrets.add(itemSecret(ada, id));
    JsonObject answer = DelegatedPurchases.approveInWallet(ada, id, PAYMENT);
    assertThat(answer.getString("status")).as(answer.toString()).isEqualTo("paid");
    JsonObject agent = ended(ada, id, "PAID", PAYMENT);
    assertPaid(ada, id, agent, "nordlicht-books", "1111");
  }

  /**
   * Six maps: every agreement within the mandate costs more than Grace's card has left (at most its
   * 50.00 EUR limit), so the issuer declines each one, and the agent moves on after each decline.
   */
  @Test
  @Order(3)
  void aDeclinedPurchaseMovesToTheNextAgreementWithinTheMandate() throws Exception {
    String openToBuy = openToBuy(GRACE.substring(12));
    Shopping six = Shopping.ofCategory("maps", 6, "14.50").merchants(DEMO_MERCHANTS);
    String id = delegate(grace, six);
    secrets.add(itemSecret(grace, id));
    JsonObject agent = ended(grace, id, "DECLINED", PAYMENT.multipliedBy(2));
    assertThat(agent.getString("stateReason"))
        .contains("No other agreement within the mandate is left");

    List<AgentOffer> orders = PurchaseRecords.ordered(id);
    assertThat(orders)
        .as("the selected agreement and the next one were ordered")
        .hasSizeGreaterThan(1);
    assertThat(orders.stream().map(AgentOffer::orderId).distinct()).hasSize(orders.size());
    for (AgentOffer o : orders) {
      assertThat(o.totalMinor()).as("within the mandate").isLessThanOrEqualTo(6 * 1450);
      assertDeclined(grace, id, o, "51");
    }
    List<JsonObject> paid = walletPurchases(grace, id);
    assertThat(paid.stream().filter(p -> p.getString("outcome").equals("DECLINED")))
        .as("the wallet paid each order once: %s", paid)
        .hasSize(orders.size());
    assertThat(paid).noneSatisfy(p -> assertThat(p.getString("outcome")).isEqualTo("AUTHORISED"));
    assertThat(
            rows(
                "select text from ans.transcript_entry where agent_id = ?::uuid and text like"
                    + " 'Purchase from % declined: %' order by seq",
                id))
        .as("the transcript records each decline")
        .hasSize(orders.size());
    assertThat(openToBuy(GRACE.substring(12))).as("Grace's open-to-buy").isEqualTo(openToBuy);
  }

  /**
   * The customer revokes the agent in the wallet right after delegating it, while its negotiation
   * is under way: the wallet destroys K first, the agent server ends the agent and destroys its
   * key, and nothing is paid — whatever the agent had got to, its payment start (if any) is never
   * sent again and could not be paid.
   */
  @Test
  @Order(4)
  void aCustomerRevokesTheAgentMidNegotiationAndNothingIsPaid() throws Exception {
    String id = delegate(ada, Shopping.ofCategory("maps", 1, "14.50").merchants(DEMO_MERCHANTS));
    JsonObject revoked = DelegatedPurchases.revoke(ada, id);
    assertThat(revoked.getBoolean("agentServerTold")).as(revoked.toString()).isTrue();
    ended(ada, id, "REVOKED", Duration.ofSeconds(30));
    List<String> states = PurchaseRecords.states(id);
    assertThat(states).endsWith("REVOKED").doesNotContain("PAID");
    assertThat(states.get(states.size() - 2))
        .as("revoked while live: %s", states)
        .isIn("CREATED", "NEGOTIATING", "AWAITING_PAYMENT");
    assertNothingPaid(id);
    assertThat(walletPurchases(ada, id)).isEmpty();
  }

  /**
   * Voltaic Parts' merchant server refuses its agent (the shop's API token revoked, as its operator
   * would): the agent server's merchant agent for it is unavailable, the negotiation goes on with
   * Herbarium Tea, whose kettle is bought and paid; when only Voltaic Parts sells within the
   * mandate, the agent fails and says which merchant was unavailable and why.
   */
  @Test
  @Order(5)
  void anUnavailableMerchantAgentIsPassedOverOrNamedWhenItWasTheOnlySeller() throws Exception {
    String voltaic = "(select id from merchant.merchant where code = 'voltaic-parts')";
    assertThat(
            SuiteDb.execute(
                "update merchant.api_token set revoked = true where not revoked and merchant_id = "
                    + voltaic))
        .isPositive();
    try {
      Shopping temperature =
          Shopping.ofQuery("temperature", 1, "75.00").merchants("voltaic-parts,herbarium-tea");
      String id = delegate(ada, temperature);
      secrets.add(itemSecret(ada, id));
      JsonObject agent = ended(ada, id, "PAID", PAYMENT);
      assertPaid(ada, id, agent, "herbarium-tea", "1111");
      assertThat(transcript(id))
          .anySatisfy(t -> assertThat(t).startsWith("voltaic-parts is unavailable: "));

      String only =
          delegate(
              ada,
              Shopping.ofQuery("temperature", 1, "10.00").merchants("voltaic-parts,herbarium-tea"));
      JsonObject failed = ended(ada, only, "FAILED", Duration.ofMinutes(1));
      assertThat(failed.getString("stateReason"))
          .as(failed.toString())
          .contains("No merchant agreed")
          .contains("unavailable: voltaic-parts: ")
          .contains("HTTP 401");
      assertNothingPaid(only);
    } finally {
      SuiteDb.execute(
          "update merchant.api_token set revoked = false where merchant_id = " + voltaic);
    }
  }

  /** Alan's agent (delegated before the other cases, its wallet then killed) ends unpaid. */
  @Test
  @Order(6)
  void anAgentWhoseWalletStaysOfflineExpiresAtTheDeadlineAndNothingIsPaid() throws Exception {
    assertThat(offlineAgent).as("the offline wallet's agent was delegated").isNotNull();
    JsonObject agent =
        ended(
            alan,
            offlineAgent,
            "EXPIRED",
            Duration.between(Instant.now(), offlineDeadline).plusMinutes(2));
    assertThat(agent.getString("stateReason")).contains("deadline");
    assertThat(
            value("select count(*) from ans.payment_start where agent_id = ?::uuid", offlineAgent))
        .as("payment starts were queued for the wallet")
        .isNotEqualTo("0");
    assertThat(
            value(
                "select count(*) from ans.payment_start where agent_id = ?::uuid and ack_outcome"
                    + " is not null and ack_outcome <> 'VOID'",
                offlineAgent))
        .as("no payment start reached the wallet")
        .isEqualTo("0");
    assertNothingPaid(offlineAgent);
    assertThat(
            value(
                "select count(*) from merchant.purchase_order where agreement_ref like ?",
                "ans." + offlineAgent + ".%"))
        .as("the orders were opened (and lapsed)")
        .isNotEqualTo("0");
  }

  @Test
  @Order(7)
  void theAgentServerHoldsNoCardNumberNoKAndNoOpenToken() throws Exception {
    assertThat(secrets).hasSizeGreaterThanOrEqualTo(5);
    PurchaseRecords.assertNoSecretsAtTheAgentServer(
        secrets, List.of(ADA, GRACE, ALAN), List.of(ada, grace, alan));
  }

  private static String openToBuy(String last4) throws Exception {
    return value("select open_to_buy from bank.card_account where pan_last4 = ?", last4);
  }

  private static List<String> transcript(String agentId) throws Exception {
    return rows(
            "select text from ans.transcript_entry where agent_id = ?::uuid order by seq", agentId)
        .stream()
        .map(r -> r.get(0))
        .toList();
  }
}
