package org.agentset.bank.ra;

import static org.agentset.bank.ra.Cards.authorisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.ResourceException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.AuthorisationRequest;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.CaptureRequest;
import org.agentset.bank.api.CardNumber;
import org.agentset.bank.api.IssuerHostControl.Fault;
import org.agentset.bank.api.Outcome;
import org.agentset.bank.api.RefundRequest;
import org.agentset.bank.api.ResponseCode;
import org.agentset.bank.api.ReversalRequest;
import org.agentset.bank.api.Trace;
import org.agentset.bank.host.BankDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter's connection classes against the embedded issuer and a real ledger: typed results,
 * declines, captures and refunds, idempotent repeats, and that a request is never sent on a dead
 * link. Timeouts and reversals are in {@link ReversalTest}.
 */
class BankAdapterTest {

  private AdapterFixture fixture;

  @BeforeEach
  void start() throws Exception {
    BankDatabase.reset();
    fixture = new AdapterFixture(BankDatabase.dataSource(), Duration.ofSeconds(10));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private BankResult authorise(AuthorisationRequest request) throws ResourceException {
    try (BankConnection c = fixture.factory().getConnection()) {
      return c.authorise(request);
    }
  }

  @Test
  void anApprovalCarriesCodesAndHoldsTheAmount() throws Exception {
    BankResult result = authorise(authorisation("4111111111111111", 12_50));
    assertThat(result.outcome()).isEqualTo(Outcome.APPROVED);
    assertThat(result.responseCode()).isEqualTo("00");
    assertThat(result.meaning()).contains(ResponseCode.APPROVED);
    assertThat(result.approvalCode()).matches("[0-9A-Z]{6}");
    assertThat(result.retrievalReference()).matches("[0-9]{6}" + result.stan());
    assertThat(result.stan()).matches("[0-9]{6}");
    assertThat(BankDatabase.holds("1111")).isEqualTo(12_50);
    assertThat(
            BankDatabase.number(
                "select count(*) from bank.hold where state = 'ACTIVE' and rrn = '"
                    + result.retrievalReference()
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  void declinesCarryTheIssuersResponseCodesAndHoldNothing() throws Exception {
    assertThat(authorise(authorisation("4000000000000002", 50_01)).responseCode()).isEqualTo("51");
    assertThat(authorise(authorisation("4000000000000010", 1_00)).responseCode()).isEqualTo("05");
    assertThat(authorise(authorisation("4000000000000028", 1_00)).responseCode()).isEqualTo("43");
    assertThat(authorise(authorisation("4000000000000036", 1_00)).responseCode()).isEqualTo("54");
    assertThat(authorise(authorisation("4000000000000044", 1_00)).responseCode()).isEqualTo("14");
    assertThat(authorise(authorisation("4111111111111112", 1_00)).responseCode()).isEqualTo("14");
    AuthorisationRequest wrongExpiry =
        AuthorisationRequest.of(
            CardNumber.of("4111111111111111"),
            YearMonth.of(2034, 1),
            Amount.of(1_00, "EUR"),
            Cards.SHOP);
    assertThat(authorise(wrongExpiry).responseCode()).isEqualTo("05");
    AuthorisationRequest dollars =
        AuthorisationRequest.of(
            CardNumber.of("4111111111111111"), Cards.EXPIRY, Amount.of(1_00, "USD"), Cards.SHOP);
    BankResult declined = authorise(dollars);
    assertThat(declined.outcome()).isEqualTo(Outcome.DECLINED);
    assertThat(declined.responseCode()).isEqualTo("12");
    assertThat(declined.approvalCode()).isNull();
    assertThat(BankDatabase.number("select count(*) from bank.hold")).isZero();
    assertThat(BankDatabase.number("select count(*) from bank.message_log")).isEqualTo(8);
  }

  @Test
  void aRepeatUnderTheSameTraceGetsTheFirstAnswerAndPlacesNoSecondHold() throws Exception {
    BankResult first = authorise(authorisation("4111111111111111", 30_00));
    BankResult repeat =
        authorise(authorisation("4111111111111111", 30_00).withTrace(first.trace()));
    assertThat(repeat.approvalCode()).isEqualTo(first.approvalCode());
    assertThat(repeat.retrievalReference()).isEqualTo(first.retrievalReference());
    assertThat(BankDatabase.number("select count(*) from bank.hold")).isEqualTo(1);
    assertThat(BankDatabase.holds("1111")).isEqualTo(30_00);
  }

  @Test
  void concurrentCopiesOfOneRequestPlaceOneHold() throws Exception {
    AuthorisationRequest request =
        authorisation("5555555555554444", 10_00)
            .withTrace(new Trace(4242, java.time.Instant.now()));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<BankResult>> copies = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        copies.add(threads.submit(() -> authorise(request)));
      }
      String approval = copies.get(0).get().approvalCode();
      for (Future<BankResult> copy : copies) {
        assertThat(copy.get().approvalCode()).isEqualTo(approval);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(BankDatabase.number("select count(*) from bank.hold")).isEqualTo(1);
    assertThat(BankDatabase.holds("4444")).isEqualTo(10_00);
  }

  @Test
  void aDifferentMessageReusingAKeyIsRefusedAsDuplicate() throws Exception {
    BankResult first = authorise(authorisation("4111111111111111", 30_00));
    BankResult other = authorise(authorisation("4111111111111111", 31_00).withTrace(first.trace()));
    assertThat(other.responseCode()).isEqualTo("94");
    assertThat(BankDatabase.holds("1111")).isEqualTo(30_00);
  }

  @Test
  void captureAndRefundPostAgainstTheHold() throws Exception {
    try (BankConnection c = fixture.factory().getConnection()) {
      BankResult auth = c.authorise(authorisation("5200000000000007", 100_00));
      BankResult capture =
          c.capture(new CaptureRequest(auth.reference(), Amount.of(80_00, "EUR"), null));
      assertThat(capture.approved()).isTrue();
      assertThat(capture.approvalCode()).isEqualTo(auth.approvalCode());
      assertThat(BankDatabase.holds("0007")).isZero();
      assertThat(BankDatabase.openToBuy("0007")).isEqualTo(1000_00 - 80_00);

      assertThat(c.capture(CaptureRequest.of(auth.reference())).responseCode()).isEqualTo("12");
      assertThat(c.reverse(ReversalRequest.of(auth.reference())).responseCode()).isEqualTo("12");
      assertThat(
              c.refund(RefundRequest.of(capture.reference(), Amount.of(80_01, "EUR")))
                  .responseCode())
          .isEqualTo("13");
      assertThat(
              c.refund(RefundRequest.of(capture.reference(), Amount.of(30_00, "EUR"))).approved())
          .isTrue();
      assertThat(
              c.refund(RefundRequest.of(capture.reference(), Amount.of(50_01, "EUR")))
                  .responseCode())
          .isEqualTo("13");
      assertThat(
              c.refund(RefundRequest.of(capture.reference(), Amount.of(50_00, "EUR"))).approved())
          .isTrue();
      assertThat(BankDatabase.openToBuy("0007")).isEqualTo(1000_00);
    }
    assertThat(BankDatabase.ledgerViolations()).isEmpty();
  }

  @Test
  void aCaptureCannotExceedTheHoldNorFollowAReversal() throws Exception {
    try (BankConnection c = fixture.factory().getConnection()) {
      BankResult auth = c.authorise(authorisation("5200000000000015", 20_00));
      assertThat(
              c.capture(new CaptureRequest(auth.reference(), Amount.of(20_01, "EUR"), null))
                  .responseCode())
          .isEqualTo("13");
      BankResult reversal = c.reverse(ReversalRequest.of(auth.reference()));
      assertThat(reversal.approved()).isTrue();
      assertThat(BankDatabase.openToBuy("0015")).isEqualTo(1000_00);
      assertThat(c.capture(CaptureRequest.of(auth.reference())).responseCode()).isEqualTo("12");
      assertThat(c.reverse(ReversalRequest.of(auth.reference())).approved()).isTrue();
    }
    assertThat(BankDatabase.ledgerViolations()).isEmpty();
  }

  @Test
  void theHandleWorksForManyRequestsAndThePoolReusesOneLink() throws Exception {
    for (int i = 0; i < 20; i++) {
      try (BankConnection c = fixture.factory().getConnection()) {
        assertThat(c.echo().up()).isTrue();
        assertThat(c.authorise(authorisation("4111111111111111", 1_00)).approved()).isTrue();
      }
    }
    assertThat(fixture.pool().created()).isEqualTo(1);
    assertThat(fixture.issuer().statistics().acceptedConnections()).isEqualTo(1);
  }

  @Test
  void afterTheHostRestartsNoRequestIsSentOnAStaleLink() throws Exception {
    assertThat(authorise(authorisation("4111111111111111", 1_00)).approved()).isTrue();
    fixture.control().restart();
    BankResult afterRestart = authorise(authorisation("4111111111111111", 2_00));
    assertThat(afterRestart.approved()).isTrue();
    assertThat(fixture.pool().created()).isEqualTo(2);
    assertThat(fixture.pool().destroyed()).isEqualTo(1);
    assertThat(BankDatabase.number("select count(*) from gateway.pending_reversal")).isZero();
  }

  @Test
  void aDisconnectedEchoIsAResourceExceptionAndTheLinkIsDestroyed() throws Exception {
    fixture.control().inject("0800", Fault.DISCONNECT, 1);
    BankConnection c = fixture.factory().getConnection();
    assertThatThrownBy(c::echo)
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining("echo failed");
    assertThatThrownBy(c::echo)
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining("get a new one");
    c.close();
    assertThat(fixture.pool().destroyed()).isEqualTo(1);
    try (BankConnection again = fixture.factory().getConnection()) {
      assertThat(again.echo().up()).isTrue();
    }
  }

  @Test
  void aRegisteredCardSecretMakesTheIssuerCheckTheTransStain() throws Exception {
    byte[] xid = new byte[20];
    xid[0] = 7;
    try (BankConnection c = fixture.factory().getConnection()) {
      assertThat(c.registerCardSecret(Cards.registration("5200000000000015"))).isEqualTo("00");
      assertThat(c.registerCardSecret(Cards.registration("5200000000000015"))).isEqualTo("00");
      assertThat(c.registerCardSecret(Cards.registration("4242424242424242"))).isEqualTo("14");
      BankResult right =
          c.authorise(
              authorisation("5200000000000015", 12_00)
                  .withSet(Cards.signed(xid, Cards.CARD_SECRET)));
      assertThat(right.outcome()).isEqualTo(Outcome.APPROVED);
      byte[] otherSecret = Cards.CARD_SECRET.clone();
      otherSecret[5] ^= 1;
      BankResult wrong =
          c.authorise(
              authorisation("5200000000000015", 13_00).withSet(Cards.signed(xid, otherSecret)));
      assertThat(wrong.outcome()).isEqualTo(Outcome.DECLINED);
      assertThat(wrong.responseCode()).isEqualTo(ResponseCode.SECURITY_VIOLATION.code());
    }
    assertThat(BankDatabase.holds("0015")).isEqualTo(12_00);
    assertThat(fixture.issuer().statistics().received(0x302)).isEqualTo(3);
    assertThat(BankDatabase.number("select count(*) from bank.card_secret")).isEqualTo(1);
  }

  @Test
  void aLostRegistrationAnswerIsAResourceExceptionAndTheLinkIsDestroyed() throws Exception {
    fixture.control().inject("0302", Fault.DISCONNECT, 1);
    BankConnection c = fixture.factory().getConnection();
    assertThatThrownBy(() -> c.registerCardSecret(Cards.registration("5200000000000015")))
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining("no valid answer");
    assertThatThrownBy(c::echo)
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining("get a new one");
    c.close();
    assertThat(fixture.pool().destroyed()).isEqualTo(1);
    try (BankConnection again = fixture.factory().getConnection()) {
      assertThat(again.registerCardSecret(Cards.registration("5200000000000015"))).isEqualTo("00");
    }
  }

  @Test
  void anUnreachableHostIsAResourceExceptionAndNothingIsSent() throws Exception {
    fixture.issuer().close();
    assertThatThrownBy(() -> fixture.factory().getConnection())
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining("cannot reach the issuer host");
  }

  @Test
  void theLedgerStaysSoundUnderAConcurrentBurstOfMixedOperations() throws Exception {
    List<String> cards = List.of("5200000000000015", "5200000000000023", "4000000000000002");
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Void>> work = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        work.add(
            () -> {
              mixedOperations(cards.get(seed % cards.size()), seed, 25);
              return null;
            });
      }
      for (Future<Void> f : threads.invokeAll(work)) {
        f.get();
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(BankDatabase.ledgerViolations()).isEmpty();
    assertThat(BankDatabase.number("select count(*) from bank.message_log"))
        .isGreaterThanOrEqualTo(8 * 25);
  }

  /** Authorise, then capture, partly refund, reverse, or leave the hold, by turns. */
  private void mixedOperations(String pan, int seed, int rounds) throws ResourceException {
    try (BankConnection c = fixture.factory().getConnection()) {
      for (int i = 0; i < rounds; i++) {
        BankResult auth = c.authorise(authorisation(pan, 5_00 + (seed * 37 + i * 11) % 900));
        if (!auth.approved()) {
          continue;
        }
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
  }
}
