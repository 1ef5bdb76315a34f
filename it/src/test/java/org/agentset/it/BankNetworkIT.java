package org.agentset.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.resource.ResourceException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.agentset.bank.api.Acceptor;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.AuthorisationRequest;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.CaptureRequest;
import org.agentset.bank.api.CardNumber;
import org.agentset.bank.api.CardSecretRegistration;
import org.agentset.bank.api.IssuerHostControl;
import org.agentset.bank.api.IssuerHostControl.Fault;
import org.agentset.bank.api.Outcome;
import org.agentset.bank.api.RefundRequest;
import org.agentset.bank.api.ReversalRequest;
import org.agentset.bank.api.SetReference;
import org.agentset.bank.api.Trace;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bank interchange network inside WildFly: the resource adapter activated by the CLI script,
 * its pooled connections injected with {@code @Resource}, the embedded issuer over the real {@code
 * bank} schema. Faults come from the test-only control, which the test server enables. Each test
 * works on its own demo cards, so the tests do not disturb one another.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BankNetworkIT {

  private static final Acceptor SHOP = new Acceptor("IT000001", "AGENTSET-IT", "5942");
  private static final YearMonth EXPIRY = YearMonth.of(2035, 12);
  private static final List<String> DEMO_PANS =
      List.of(
          "4111111111111111",
          "5555555555554444",
          "4000000000000002",
          "4000000000000010",
          "4000000000000028",
          "4000000000000036",
          "5200000000000007",
          "5200000000000015",
          "5200000000000023");

  @Deployment(testable = true)
  static EnterpriseArchive suite() {
    return SuiteArchive.withTests(
        BankNetworkIT.class, BankClientBean.class, Await.class, SuiteArchive.class);
  }

  @EJB private BankClientBean client;

  @Resource(lookup = BankConnectionFactory.JNDI_NAME)
  private BankConnectionFactory bank;

  @Resource(lookup = IssuerHostControl.JNDI_NAME)
  private IssuerHostControl control;

  @Resource(lookup = "java:jboss/datasources/AgentSetDS")
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  private static AuthorisationRequest authorisation(String pan, long minorUnits) {
    return AuthorisationRequest.of(CardNumber.of(pan), EXPIRY, Amount.of(minorUnits, "EUR"), SHOP);
  }

  private BankResult authorise(AuthorisationRequest request) throws ResourceException {
    try (BankConnection c = bank.getConnection()) {
      return c.authorise(request);
    }
  }

  @Test
  @Order(1)
  void anEjbGetsAPooledConnectionThroughResourceAndAuthorises() throws Exception {
    BankResult result = client.authorise(authorisation("4111111111111111", 12_34));
    assertThat(result.outcome()).isEqualTo(Outcome.APPROVED);
    assertThat(result.responseCode()).isEqualTo("00");
    assertThat(result.approvalCode()).matches("[0-9A-Z]{6}");
    assertThat(result.retrievalReference()).matches("[0-9]{12}").endsWith(result.stan());
    assertThat(
            number(
                "select count(*) from bank.hold where state = 'ACTIVE' and amount = 1234 and rrn ="
                    + " ?",
                result.retrievalReference()))
        .isEqualTo(1);
  }

  @Test
  @Order(2)
  void declinesCarryRealResponseCodesAndHoldNothing() throws Exception {
    long holdsBefore = number("select count(*) from bank.hold");
    assertThat(authorise(authorisation("4000000000000002", 50_01)).responseCode()).isEqualTo("51");
    assertThat(authorise(authorisation("4000000000000010", 1_00)).responseCode()).isEqualTo("05");
    assertThat(authorise(authorisation("4000000000000028", 1_00)).responseCode()).isEqualTo("43");
    assertThat(authorise(authorisation("4000000000000036", 1_00)).responseCode()).isEqualTo("54");
    assertThat(authorise(authorisation("4000000000000044", 1_00)).responseCode()).isEqualTo("14");
    BankResult declined = authorise(authorisation("4000000000000002", 50_01));
    assertThat(declined.outcome()).isEqualTo(Outcome.DECLINED);
    assertThat(declined.approvalCode()).isNull();
    assertThat(number("select count(*) from bank.hold")).isEqualTo(holdsBefore);
  }

  @Test
  @Order(3)
  void aDuplicateRequestPlacesOneHold() throws Exception {
    AuthorisationRequest request =
        authorisation("4111111111111111", 7_77).withTrace(new Trace(777_001, Instant.now()));
    List<Callable<BankResult>> copies = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      copies.add(() -> authorise(request));
    }
    List<String> approvals = new ArrayList<>();
    for (Future<BankResult> copy : executor.invokeAll(copies)) {
      approvals.add(copy.get().approvalCode());
    }
    approvals.add(authorise(request).approvalCode());
    assertThat(approvals).hasSize(7).containsOnly(approvals.get(0));
    assertThat(number("select count(*) from bank.hold where approval_code = ?", approvals.get(0)))
        .isEqualTo(1);
  }

  @Test
  @Order(4)
  void thePoolReusesItsConnections() throws Exception {
    authorise(authorisation("4111111111111111", 1_00));
    long accepted = control.acceptedConnections();
    for (int i = 0; i < 20; i++) {
      assertThat(authorise(authorisation("4111111111111111", 1_00)).approved()).isTrue();
    }
    assertThat(control.acceptedConnections()).isEqualTo(accepted);
  }

  @Test
  @Order(5)
  void thePoolRecoversWhenTheHostRestarts() throws Exception {
    assertThat(authorise(authorisation("4111111111111111", 1_00)).approved()).isTrue();
    long accepted = control.acceptedConnections();
    long journaled = number("select count(*) from gateway.pending_reversal");
    control.restart();
    for (int i = 0; i < 3; i++) {
      assertThat(authorise(authorisation("4111111111111111", 1_00)).approved()).isTrue();
    }
    assertThat(control.acceptedConnections()).isGreaterThan(accepted);
    assertThat(number("select count(*) from gateway.pending_reversal")).isEqualTo(journaled);
  }

  @Test
  @Order(6)
  void aTimeoutIsUnknownAndTheReversalReleasesTheHold() throws Exception {
    long holdsBefore = number("select holds from bank.card_account where pan_last4 = '4444'");
    control.inject("0100", Fault.LOSE_ANSWER, 1);
    BankResult result = authorise(authorisation("5555555555554444", 99_00));
    assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(result.responseCode()).isNull();
    Await.until("the reversal is acknowledged", () -> acknowledged(result));
    assertThat(
            number(
                "select count(*) from bank.hold where state = 'RELEASED' and rrn = ?",
                result.retrievalReference()))
        .isEqualTo(1);
    assertThat(number("select holds from bank.card_account where pan_last4 = '4444'"))
        .isEqualTo(holdsBefore);
  }

  @Test
  @Order(7)
  void aReversalOvertakingItsAuthorisationIsRepeatedAs0420AndTheLateAuthorisationHoldsNothing()
      throws Exception {
    long holdsBefore = number("select holds from bank.card_account where pan_last4 = '0007'");
    long advices = control.received("0420");
    control.inject("0100", Fault.HOLD, 1);
    control.inject("0400", Fault.DROP, 1);
    control.inject("0420", Fault.DROP, 1);
    BankResult result = authorise(authorisation("5200000000000007", 55_00));
    assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
    Await.until("the reversal is acknowledged", () -> acknowledged(result));
    assertThat(
            number(
                "select attempts from gateway.pending_reversal where original_stan = ?",
                result.stan()))
        .isEqualTo(3);
    assertThat(control.received("0420") - advices).isEqualTo(2);
    assertThat(control.releaseHeld()).isEqualTo(1);
    Await.until(
        "the late authorisation is answered",
        () ->
            number(
                    "select count(*) from bank.message_log where message_class = 'AUTHORISATION'"
                        + " and rrn = ?",
                    result.retrievalReference())
                == 1);
    assertThat(
            number(
                "select response_code::int from bank.message_log where message_class ="
                    + " 'AUTHORISATION' and rrn = ?",
                result.retrievalReference()))
        .isEqualTo(12);
    assertThat(number("select count(*) from bank.hold where rrn = ?", result.retrievalReference()))
        .isZero();
    assertThat(number("select holds from bank.card_account where pan_last4 = '0007'"))
        .isEqualTo(holdsBefore);
  }

  @Test
  @Order(8)
  void theLedgerInvariantHoldsAfterAConcurrentBurstOfMixedOperations() throws Exception {
    List<String> cards = List.of("5200000000000015", "5200000000000023", "4000000000000002");
    List<Callable<Integer>> work = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      int seed = t;
      work.add(() -> mixedOperations(cards.get(seed % cards.size()), seed, 20));
    }
    int approved = 0;
    for (Future<Integer> f : executor.invokeAll(work)) {
      approved += f.get();
    }
    assertThat(approved).isPositive();
    assertThat(ledgerViolations()).isEmpty();
  }

  /**
   * Authorises, then by turns reverses, captures, captures and partly refunds, or keeps the hold.
   */
  private int mixedOperations(String pan, int seed, int rounds) throws ResourceException {
    int approved = 0;
    try (BankConnection c = bank.getConnection()) {
      for (int i = 0; i < rounds; i++) {
        BankResult auth = c.authorise(authorisation(pan, 3_00 + (seed * 37 + i * 11) % 700));
        if (!auth.approved()) {
          continue;
        }
        approved++;
        switch ((seed + i) % 4) {
          case 0 -> c.reverse(ReversalRequest.of(auth.reference()));
          case 1 -> c.capture(CaptureRequest.of(auth.reference()));
          case 2 -> {
            BankResult capture = c.capture(CaptureRequest.of(auth.reference()));
            c.refund(RefundRequest.of(capture.reference(), Amount.of(1_00, "EUR")));
          }
          default -> {
            /* the hold stays */
          }
        }
      }
    }
    return approved;
  }

  @Test
  @Order(9)
  void theIssuerVerifiesTheTransStainWithTheCardSecretTheCaRegistered() throws Exception {
    SecureRandom random = new SecureRandom();
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    BigInteger serial = new BigInteger(63, random).add(BigInteger.ONE);
    CardSecretRegistration registration =
        new CardSecretRegistration(CardNumber.of("4111111111111111"), EXPIRY, serial, secret);
    long updates = control.received("0302");
    assertThat(client.registerCardSecret(registration)).isEqualTo("00");
    assertThat(client.registerCardSecret(registration)).as("a repeat").isEqualTo("00");
    assertThat(control.received("0302") - updates).isEqualTo(2);
    assertThat(
            number(
                "select count(*) from bank.card_secret where cardholder_serial = ?",
                registration.cardholderSerialHex()))
        .isEqualTo(1);
    byte[] other = secret.clone();
    other[0] ^= 1;
    assertThat(
            client.registerCardSecret(
                new CardSecretRegistration(
                    CardNumber.of("4111111111111111"), EXPIRY, serial, other)))
        .as("another secret under the same serial")
        .isEqualTo("63");

    byte[] xid = new byte[20];
    random.nextBytes(xid);
    SetReference right = SetReference.of(xid, transStain(secret, xid)).withCardholderSerial(serial);
    BankResult approved = client.authorise(authorisation("4111111111111111", 21_00).withSet(right));
    assertThat(approved.outcome()).isEqualTo(Outcome.APPROVED);
    assertThat(
            number("select count(*) from bank.hold where rrn = ?", approved.retrievalReference()))
        .isEqualTo(1);

    SetReference wrong = SetReference.of(xid, transStain(other, xid)).withCardholderSerial(serial);
    BankResult refused = client.authorise(authorisation("4111111111111111", 22_00).withSet(wrong));
    assertThat(refused.outcome()).isEqualTo(Outcome.DECLINED);
    assertThat(refused.responseCode()).isEqualTo("63");
    assertThat(refused.approvalCode()).isNull();
    assertThat(number("select count(*) from bank.hold where rrn = ?", refused.retrievalReference()))
        .isZero();

    SetReference unknownSerial =
        SetReference.of(xid, transStain(secret, xid))
            .withCardholderSerial(serial.add(BigInteger.ONE));
    assertThat(
            client
                .authorise(authorisation("4111111111111111", 23_00).withSet(unknownSerial))
                .responseCode())
        .isEqualTo("63");
    SetReference unsigned = SetReference.of(xid, transStain(other, xid));
    assertThat(
            client.authorise(authorisation("4111111111111111", 24_00).withSet(unsigned)).approved())
        .as("no cardholder certificate: no TransStain check")
        .isTrue();
  }

  private static byte[] transStain(byte[] cardSecret, byte[] xid) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(cardSecret, "HmacSHA256"));
    return mac.doFinal(xid);
  }

  @Test
  @Order(10)
  void malformedIsoIsRefusedAndTheHostKeepsServing() throws Exception {
    long refused = control.refused();
    try (Socket raw = new Socket("127.0.0.1", control.port());
        OutputStream out = raw.getOutputStream()) {
      frame(out, "NOT-ISO-8583-AT-ALL-JUST-BYTES");
      frame(out, "0100" + "7000000000000000" + "19" + "4111111111111111");
      frame(out, "0999" + "4000000000000000" + "16" + "4111111111111111");
    }
    Await.until("three messages are refused", () -> control.refused() - refused == 3);
    try (BankConnection c = bank.getConnection()) {
      assertThat(c.echo().up()).isTrue();
      assertThat(c.authorise(authorisation("4111111111111111", 1_00)).approved()).isTrue();
    }
  }

  @Test
  @Order(11)
  void theBankAndGatewaySchemasHoldNoCardNumber() throws Exception {
    List<String> tables = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select table_schema || '.' || table_name from information_schema.tables"
                    + " where table_schema in ('bank', 'gateway') and table_type = 'BASE TABLE'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    assertThat(tables)
        .contains(
            "bank.card_account",
            "bank.message_log",
            "bank.card_secret",
            "gateway.pending_reversal");
    for (String table : tables) {
      for (String pan : DEMO_PANS) {
        assertThat(
                number(
                    "select count(*) from " + table + " t where t::text like ?", "%" + pan + "%"))
            .as(table)
            .isZero();
      }
    }
    assertThat(number("select count(*) from bank.card_account where pan_last4 = '1111'"))
        .isEqualTo(1);
  }

  @Test
  @Order(12)
  @RunAsClient
  void noCardNumberReachedTheServerLog() throws Exception {
    String log = ServerLog.text();
    assertThat(log).contains("Embedded issuer host listening", "refused a message", "acknowledged");
    for (String pan : DEMO_PANS) {
      assertThat(log).doesNotContain(pan).doesNotContain(pan.substring(0, 12));
    }
  }

  private static void frame(OutputStream out, String message) throws java.io.IOException {
    byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);
    out.write(new byte[] {(byte) (bytes.length >>> 8), (byte) bytes.length});
    out.write(bytes);
    out.flush();
  }

  private boolean acknowledged(BankResult authorisation) throws SQLException {
    return number(
            "select count(*) from gateway.pending_reversal where state = 'ACKNOWLEDGED' and"
                + " original_stan = ? and rrn = ?",
            authorisation.stan(),
            authorisation.retrievalReference())
        == 1;
  }

  private long number(String sql, Object... parameters) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private List<String> ledgerViolations() throws SQLException {
    List<String> violations = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select a.pan_last4, a.credit_limit, a.holds, a.postings, a.open_to_buy,"
                    + " coalesce((select sum(h.amount) from bank.hold h where h.account_id = a.id"
                    + " and h.state = 'ACTIVE'), 0), coalesce((select sum(p.amount) from"
                    + " bank.posting p where p.account_id = a.id), 0) from bank.card_account a")) {
      while (rs.next()) {
        long holds = rs.getLong(3);
        long postings = rs.getLong(4);
        if (holds != rs.getLong(6)
            || postings != rs.getLong(7)
            || rs.getLong(5) != rs.getLong(2) - holds - postings
            || holds < 0
            || postings < 0) {
          violations.add(
              rs.getString(1)
                  + ": limit "
                  + rs.getLong(2)
                  + " holds "
                  + holds
                  + "/"
                  + rs.getLong(6)
                  + " postings "
                  + postings
                  + "/"
                  + rs.getLong(7)
                  + " open-to-buy "
                  + rs.getLong(5));
        }
      }
    }
    return violations;
  }
}
