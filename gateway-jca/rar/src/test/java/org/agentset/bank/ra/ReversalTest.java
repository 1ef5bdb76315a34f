package org.agentset.bank.ra;

import static org.agentset.bank.ra.Cards.authorisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.ResourceException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.IssuerHostControl;
import org.agentset.bank.api.IssuerHostControl.Fault;
import org.agentset.bank.api.Outcome;
import org.agentset.bank.api.ReversalRequest;
import org.agentset.bank.host.Await;
import org.agentset.bank.host.BankDatabase;
import org.agentset.bank.host.LogCapture;
import org.agentset.bank.iso8583.Framing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unknown outcomes made safe: a timed-out authorisation is reversed, the reversal repeated as 0420
 * until acknowledged — also when it overtakes the authorisation, and across an adapter restart —
 * and nothing of it lets a card number out.
 */
class ReversalTest {

  private AdapterFixture fixture;
  private IssuerHostControl control;

  @BeforeEach
  void start() throws Exception {
    BankDatabase.reset();
    fixture = new AdapterFixture(BankDatabase.dataSource(), Duration.ofSeconds(1));
    control = fixture.control();
  }

  @AfterEach
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private BankResult authorise(String pan, long amount) throws ResourceException {
    try (BankConnection c = fixture.factory().getConnection()) {
      return c.authorise(authorisation(pan, amount));
    }
  }

  private static long journal(String column) throws Exception {
    return BankDatabase.number("select " + column + " from gateway.pending_reversal");
  }

  private static boolean acknowledged() throws Exception {
    return BankDatabase.number("select count(*) from gateway.pending_reversal where state = 'ACKNOWLEDGED'") == 1;
  }

  @Test
  void aTimedOutAuthorisationIsUnknownAndItsReversalReleasesTheHold() throws Exception {
    control.inject("0100", Fault.LOSE_ANSWER, 1);
    BankResult result = authorise("5555555555554444", 40_00);
    assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(result.responseCode()).isNull();
    assertThat(result.retrievalReference()).endsWith(result.stan());
    assertThat(fixture.pool().destroyed()).isEqualTo(1);
    Await.until("the reversal is acknowledged", ReversalTest::acknowledged);
    assertThat(BankDatabase.number("select count(*) from bank.hold where state = 'RELEASED'")).isEqualTo(1);
    assertThat(BankDatabase.openToBuy("4444")).isEqualTo(2500_00);
    assertThat(control.received("0400")).isEqualTo(1);
    assertThat(journal("attempts")).isEqualTo(1);
  }

  @Test
  void aReversalThatOvertakesItsAuthorisationIsRepeatedAs0420AndTheLateAuthorisationHoldsNothing()
      throws Exception {
    control.inject("0100", Fault.HOLD, 1);
    control.inject("0400", Fault.DROP, 1);
    control.inject("0420", Fault.DROP, 1);
    BankResult result = authorise("5555555555554444", 40_00);
    assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
    Await.until("the reversal is acknowledged", ReversalTest::acknowledged);
    assertThat(journal("attempts")).isEqualTo(3);
    assertThat(control.received("0400")).isEqualTo(1);
    assertThat(control.received("0420")).isEqualTo(2);
    assertThat(control.releaseHeld()).isEqualTo(1);
    Await.until(
        "the late authorisation is processed",
        () -> BankDatabase.number("select count(*) from bank.message_log where message_class = 'AUTHORISATION'") == 1);
    assertThat(BankDatabase.number("select response_code::int from bank.message_log where message_class = 'AUTHORISATION'"))
        .isEqualTo(12);
    assertThat(BankDatabase.number("select count(*) from bank.hold")).isZero();
    assertThat(BankDatabase.openToBuy("4444")).isEqualTo(2500_00);
  }

  @Test
  void anUnansweredReversalRequestIsRepeatedUntilAcknowledged() throws Exception {
    BankResult auth = authorise("5555555555554444", 40_00);
    control.inject("0400", Fault.LOSE_ANSWER, 1);
    control.inject("0420", Fault.DROP, 2);
    BankResult reversal;
    try (BankConnection c = fixture.factory().getConnection()) {
      reversal = c.reverse(ReversalRequest.of(auth.reference()));
    }
    assertThat(reversal.outcome()).isEqualTo(Outcome.UNKNOWN);
    Await.until("the reversal is acknowledged", ReversalTest::acknowledged);
    assertThat(journal("attempts")).isEqualTo(4);
    assertThat(control.received("0420")).isEqualTo(3);
    assertThat(BankDatabase.number("select count(*) from bank.message_log where message_class = 'REVERSAL'")).isEqualTo(1);
    assertThat(BankDatabase.openToBuy("4444")).isEqualTo(2500_00);
  }

  @Test
  void theJournalResumesAReversalAfterTheAdapterRestarts() throws Exception {
    control.inject("0100", Fault.LOSE_ANSWER, 1);
    control.inject("0400", Fault.DROP, 1);
    control.inject("0420", Fault.DROP, 1000);
    assertThat(authorise("5555555555554444", 40_00).outcome()).isEqualTo(Outcome.UNKNOWN);
    Await.until("two unanswered attempts", () -> journal("attempts") >= 2);
    fixture.close();
    assertThat(journal("count(*) filter (where state = 'PENDING')")).isEqualTo(1);
    assertThat(BankDatabase.holds("4444")).isEqualTo(40_00);

    fixture = new AdapterFixture(BankDatabase.dataSource(), Duration.ofSeconds(1));
    Await.until("the resumed reversal is acknowledged", ReversalTest::acknowledged);
    assertThat(BankDatabase.holds("4444")).isZero();
    assertThat(BankDatabase.ledgerViolations()).isEmpty();
  }

  @Test
  void cardNumbersReachNeitherLogsNorExceptionsNorStorage() throws Exception {
    List<String> pans = List.of("4111111111111111", "4000000000000028", "4111111111111112", "5555555555554444");
    List<String> exceptionMessages = new ArrayList<>();
    try (LogCapture logs = LogCapture.start()) {
      authorise(pans.get(0), 1_00);
      authorise(pans.get(1), 1_00);
      authorise(pans.get(2), 1_00);
      control.inject("0100", Fault.LOSE_ANSWER, 1);
      authorise(pans.get(3), 1_00);
      Await.until("the reversal is acknowledged", ReversalTest::acknowledged);
      try (Socket raw = new Socket("127.0.0.1", control.port());
          OutputStream out = raw.getOutputStream()) {
        Framing.write(out, ("0100" + "7000000000000000" + "19" + pans.get(0)).getBytes(StandardCharsets.US_ASCII));
        Framing.write(out, ("0199" + "4000000000000000" + "16" + pans.get(0)).getBytes(StandardCharsets.US_ASCII));
      }
      Await.until("both malformed messages are refused", () -> control.refused() == 2);
      fixture.issuer().close();
      assertThatThrownBy(() -> authorise(pans.get(0), 1_00))
          .isInstanceOf(ResourceException.class)
          .satisfies(e -> exceptionMessages.add(String.valueOf(e.getMessage())));
      String logged = logs.text();
      for (String pan : pans) {
        assertThat(logged).doesNotContain(pan).doesNotContain(pan.substring(0, 12));
        assertThat(exceptionMessages).noneMatch(m -> m.contains(pan));
        assertThat(BankDatabase.rowsContaining(pan)).isEmpty();
      }
      assertThat(logged).contains("refused a message", "outcome unknown", "acknowledged");
    }
  }
}
