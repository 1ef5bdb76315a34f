package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageHeader;
import org.junit.jupiter.api.Test;

/** The replay store, the freshness window on clear and signed dates, and amount comparison. */
class ReplayAndFreshnessTest {

  @Test
  void anIdentifierIsAcceptedOncePerKind() {
    InMemoryReplayStore store = new InMemoryReplayStore(new TestClock());
    byte[] id = new byte[20];
    Instant later = FlowPki.NOW.plusSeconds(60);

    assertThat(store.firstUse(ReplayKind.AUTH_REQ_RRPID, id, later)).isTrue();
    assertThat(store.firstUse(ReplayKind.AUTH_REQ_RRPID, id.clone(), later)).isFalse();
    assertThat(store.firstUse(ReplayKind.CAP_REQ_RRPID, id, later)).isTrue();
  }

  @Test
  void expiredEntriesAreSweptOut() {
    TestClock clock = new TestClock();
    InMemoryReplayStore store = new InMemoryReplayStore(clock);
    store.firstUse(ReplayKind.PREQ_XID, new byte[] {1}, FlowPki.NOW.plusSeconds(10));
    clock.advance(Duration.ofMinutes(1));
    for (int i = 0; i < InMemoryReplayStore.SWEEP_EVERY; i++) {
      store.firstUse(
          ReplayKind.PREQ_RRPID,
          new byte[] {(byte) i, (byte) (i >> 8)},
          clock.instant().plusSeconds(600));
    }

    assertThat(store.size()).isEqualTo(InMemoryReplayStore.SWEEP_EVERY);
    assertThat(store.firstUse(ReplayKind.PREQ_XID, new byte[] {1}, clock.instant())).isTrue();
  }

  @Test
  void signedDatesOutsideTheWindowAreRefused() throws Exception {
    Freshness f = new Freshness(new TestClock(), Duration.ofMinutes(15), Duration.ofMinutes(5));

    f.checkSigned(FlowPki.NOW.minus(Duration.ofMinutes(15)), "d");
    f.checkSigned(FlowPki.NOW.plus(Duration.ofMinutes(5)), "d");
    Tamper.refused(
        () -> f.checkSigned(FlowPki.NOW.minus(Duration.ofMinutes(16)), "d"),
        Refusal.MESSAGE_TOO_OLD);
    Tamper.refused(
        () -> f.checkSigned(FlowPki.NOW.plus(Duration.ofMinutes(6)), "d"), Refusal.MESSAGE_TOO_NEW);
    Tamper.refused(
        () ->
            f.checkHeader(
                new MessageHeader(FlowPki.NOW.minus(Duration.ofHours(1)), null, null, "x")),
        Refusal.MESSAGE_TOO_OLD);
    assertThat(f.keepUntil(FlowPki.NOW)).isEqualTo(FlowPki.NOW.plus(Duration.ofMinutes(20)));
  }

  @Test
  void amountsCompareByValueAndCurrency() {
    CurrencyAmount eur = new CurrencyAmount(978, 4250, -2);

    assertThat(Amounts.equal(eur, new CurrencyAmount(978, 425, -1))).isTrue();
    assertThat(Amounts.equal(eur, new CurrencyAmount(840, 4250, -2))).isFalse();
    assertThat(Amounts.notAbove(new CurrencyAmount(978, 4249, -2), eur)).isTrue();
    assertThat(Amounts.notAbove(new CurrencyAmount(978, 4251, -2), eur)).isFalse();
    assertThat(Amounts.notAbove(new CurrencyAmount(840, 1, -2), eur)).isFalse();
  }

  @Test
  void nothingPrintsTheCard() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).gatewayVerified();

    assertThat(run.request.toString()).doesNotContain(FlowPki.PAN).doesNotContain("2029");
    assertThat(Parties.card().toString()).doesNotContain(FlowPki.PAN);
    assertThat(run.p.pki.credential("cardholder").toString()).doesNotContain("PRIVATE");
  }
}
