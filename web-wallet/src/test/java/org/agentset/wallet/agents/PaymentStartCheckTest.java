package org.agentset.wallet.agents;

import static org.agentset.wallet.agents.Scenario.ENDPOINT;
import static org.agentset.wallet.agents.Scenario.initiation;
import static org.agentset.wallet.agents.Scenario.maps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.wallet.agents.Refusal.Reason;
import org.agentset.wallet.agents.Refusal.RefusedException;
import org.agentset.wallet.model.AgentPayment;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.SeenNonce;
import org.agentset.wallet.model.WalletContents;
import org.junit.jupiter.api.Test;

/**
 * Every way a payment start is refused, one test each, and the one way it is accepted. Each refusal
 * names its reason and says something specific; nothing in the wallet changes (the check takes the
 * contents as a value and returns a decision).
 */
class PaymentStartCheckTest {

  private final Scenario s = new Scenario();

  @Test
  void aGoodPaymentStartIsAccepted() throws Exception {
    Accepted ok = s.check().check(s.start(), s.contents());
    assertThat(ok.agentId()).isEqualTo("ag-1");
    assertThat(ok.slot()).isEqualTo(1);
    assertThat(ok.amountMinor()).isEqualTo(2_600);
    assertThat(ok.initiation().getMerchantCode()).isEqualTo("nordlicht-books");
    assertThat(ok.nonce()).hasSize(16);
    assertThat(ok.signingTime()).isEqualTo(s.now);
    assertThat(ok.needsConfirmation()).isFalse();
  }

  @Test
  void aFlippedByteIsUnreadable() {
    byte[] env = s.start();
    env[env.length - 30] ^= 1;
    refused(env, s.contents(), Reason.UNREADABLE);
  }

  @Test
  void anEnvelopeForAnotherWalletIsUnreadable() throws Exception {
    WalletPki other = new WalletPki();
    CommKeys otherKeys = other.walletKeys();
    PaymentStartCheck check =
        new PaymentStartCheck(
            otherKeys,
            other.trust(s.clock),
            s.clock,
            PaymentStartCheck.DEFAULT_WINDOW,
            WalletPki.BC);
    assertThatThrownBy(() -> check.check(s.start(), s.contents()))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.refusal().reason()).isEqualTo(Reason.UNREADABLE));
  }

  @Test
  void anAgentFromAnotherHierarchyIsRefused() {
    WalletPki other = new WalletPki();
    WalletPki.Party stranger = other.agent("ag-1", s.pki.wallet);
    byte[] env =
        s.start(
            1,
            s.token(1),
            s.signedInitiation(s.goodInitiation()),
            ENDPOINT,
            stranger.signer(),
            s.clock);
    Refusal r = refused(env, s.contents(), Reason.AGENT_CERTIFICATE);
    assertThat(r.detail()).contains("not valid");
  }

  @Test
  void aRevokedAgentCertificateIsRefused() {
    Refusal r =
        refused(
            s.check(s.pki.trust(s.clock, s.agent.certificate.getSerialNumber())),
            s.start(),
            s.contents(),
            Reason.AGENT_CERTIFICATE);
    assertThat(r.detail()).contains("revoked");
  }

  @Test
  void withoutTheCommunicationCrlRevocationIsUnknownAndRefused() {
    Refusal r =
        refused(
            s.check(s.pki.trustWithoutCommunicationCrl(s.clock)),
            s.start(),
            s.contents(),
            Reason.AGENT_CERTIFICATE);
    assertThat(r.detail()).contains("revocation list");
  }

  @Test
  void anotherWalletsAgentIsUnknown() {
    WalletPki.Party foreign = s.pki.agent("ag-9", s.pki.merchant("x").certificate);
    byte[] env =
        s.start(
            1,
            s.token(1),
            s.signedInitiation(s.goodInitiation()),
            ENDPOINT,
            foreign.signer(),
            s.clock);
    Refusal r = refused(env, s.contents(), Reason.UNKNOWN_AGENT);
    assertThat(r.detail()).contains("ag-9");
  }

  @Test
  void aStaleOrFuturePaymentStartIsRefused() {
    for (Duration shift : List.of(Duration.ofMinutes(-6), Duration.ofMinutes(6))) {
      Clock agentClock = Clock.fixed(s.now.plus(shift), ZoneOffset.UTC);
      byte[] env =
          s.start(
              1,
              s.token(1),
              s.signedInitiation(s.goodInitiation()),
              ENDPOINT,
              s.agent.signer(),
              agentClock);
      refused(env, s.contents(), Reason.STALE);
    }
  }

  @Test
  void aReplayIsRefused() throws Exception {
    byte[] env = s.start();
    Accepted first = s.check().check(env, s.contents());
    WalletContents after =
        s.contents()
            .withSeenNonce(new SeenNonce(Bytes.of(first.nonce()), s.now.plusSeconds(600)), s.now);
    refused(env, after, Reason.REPLAYED);
  }

  @Test
  void aRevokedAgentIsRefused() {
    refused(s.start(), s.contents(s.record.revoked()), Reason.AGENT_REVOKED);
  }

  @Test
  void anotherMandateOrSlotIsRefused() {
    byte[] otherId = new byte[16];
    byte[] env =
        s.start(
            otherId,
            1,
            s.token(1),
            s.signedInitiation(s.goodInitiation()),
            ENDPOINT,
            s.agent.signer(),
            s.clock);
    refused(env, s.contents(), Reason.WRONG_MANDATE);
    byte[] slot9 =
        s.start(
            9,
            s.token(1),
            s.signedInitiation(s.goodInitiation()),
            ENDPOINT,
            s.agent.signer(),
            s.clock);
    refused(slot9, s.contents(), Reason.WRONG_MANDATE);
  }

  @Test
  void anItemWhoseKeyWasDestroyedIsRefused() {
    Refusal r =
        refused(s.start(), s.contents(s.record.withSlotKeyDestroyed(1)), Reason.KEY_DESTROYED);
    assertThat(r.detail()).contains("item 1");
  }

  @Test
  void anotherItemsTokenIsRefused() {
    byte[] env =
        s.start(
            1,
            s.token(2),
            s.signedInitiation(s.goodInitiation()),
            ENDPOINT,
            s.agent.signer(),
            s.clock);
    refused(env, s.contents(), Reason.TOKEN_INVALID);
    Scenario other = new Scenario();
    byte[] foreignToken =
        s.start(
            1,
            other.token(1),
            s.signedInitiation(s.goodInitiation()),
            ENDPOINT,
            s.agent.signer(),
            s.clock);
    refused(foreignToken, s.contents(), Reason.TOKEN_INVALID);
  }

  @Test
  void anInitiationNotSignedByAMerchantIsRefused() {
    byte[] byAgent = s.signedInitiation(s.goodInitiation(), s.agent.signer());
    byte[] env = s.start(1, s.token(1), byAgent, ENDPOINT, s.agent.signer(), s.clock);
    Refusal r = refused(env, s.contents(), Reason.INITIATION_INVALID);
    assertThat(r.detail()).contains("merchant's certificate");
  }

  @Test
  void anotherEndpointThanTheMerchantsIsRefused() {
    byte[] env =
        s.start(
            1,
            s.token(1),
            s.signedInitiation(s.goodInitiation()),
            "http://evil.example/set",
            s.agent.signer(),
            s.clock);
    refused(env, s.contents(), Reason.INITIATION_INVALID);
  }

  @Test
  void anExpiredInitiationIsRefused() {
    refused(
        s.start(initiation("nordlicht-books", ENDPOINT, s.now.minusSeconds(1), maps(2, 1_300))),
        s.contents(),
        Reason.INITIATION_EXPIRED);
  }

  @Test
  void afterTheDeadlineIsRefused() {
    Clock late = Clock.fixed(WalletPki.T0.plus(Duration.ofDays(9)), ZoneOffset.UTC);
    Scenario at = s;
    PaymentStartCheck check =
        new PaymentStartCheck(
            at.keys, at.pki.trust(late), late, PaymentStartCheck.DEFAULT_WINDOW, WalletPki.BC);
    byte[] env =
        s.start(
            1,
            s.token(1),
            s.signedInitiation(
                initiation(
                    "nordlicht-books", ENDPOINT, late.instant().plusSeconds(600), maps(2, 1_300))),
            ENDPOINT,
            s.agent.signer(),
            late);
    refused(check, env, s.contents(), Reason.OUTSIDE_MANDATE_TIME);
  }

  @Test
  void aMerchantTheMandateDoesNotAllowIsRefused() {
    Refusal r =
        refused(
            s.start(initiation("voltaic-parts", ENDPOINT, s.now.plusSeconds(600), maps(2, 1_300))),
            s.contents(),
            Reason.MERCHANT_NOT_ALLOWED);
    assertThat(r.detail()).contains("voltaic-parts");
  }

  @Test
  void anotherCurrencyIsRefused() {
    OrderLine usd =
        new OrderLine(
            "NB-MAP-004",
            "Wadden Islands Hiking Map",
            "maps",
            2,
            new org.agentset.set.asn1.msg.CurrencyAmount(840, 1_300, -2));
    refused(
        s.start(initiation("nordlicht-books", ENDPOINT, s.now.plusSeconds(600), usd)),
        s.contents(),
        Reason.CURRENCY);
  }

  @Test
  void anotherItemIsRefused() {
    OrderLine book =
        new OrderLine("NB-BOOK-1", "Hiking the Wadden", "books", 1, Scenario.eur(1_200));
    refused(
        s.start(initiation("nordlicht-books", ENDPOINT, s.now.plusSeconds(600), book)),
        s.contents(),
        Reason.ITEM_MISMATCH);
    OrderLine wrongWords =
        new OrderLine("NB-MAP-009", "Road Atlas Benelux", "maps", 1, Scenario.eur(1_200));
    refused(
        s.start(initiation("nordlicht-books", ENDPOINT, s.now.plusSeconds(600), wrongWords)),
        s.contents(),
        Reason.ITEM_MISMATCH);
  }

  @Test
  void tooManyUnitsAreRefused() {
    refused(
        s.start(initiation("nordlicht-books", ENDPOINT, s.now.plusSeconds(600), maps(3, 1_000))),
        s.contents(),
        Reason.QUANTITY_TOO_HIGH);
  }

  @Test
  void aUnitPriceAboveTheMaximumIsRefused() {
    Refusal r =
        refused(
            s.start(
                initiation("nordlicht-books", ENDPOINT, s.now.plusSeconds(600), maps(1, 1_501))),
            s.contents(),
            Reason.UNIT_PRICE_TOO_HIGH);
    assertThat(r.detail()).contains("15.01 EUR").contains("15.00 EUR");
  }

  @Test
  void overTheBudgetLeftIsRefused() {
    var spent =
        s.record.withPayment(
            new AgentPayment("p1", 2, "herbarium-tea", 1_500, s.now, AgentPayment.State.PAID, ""));
    var declined =
        spent.withPayment(
            new AgentPayment(
                "p2", 2, "herbarium-tea", 9_000, s.now, AgentPayment.State.DECLINED, "x"));
    Refusal r = refused(s.start(), s.contents(declined), Reason.OVER_BUDGET);
    assertThat(r.detail()).contains("26.00 EUR").contains("25.00 EUR left");
    // the same order fits when the earlier payment was declined (it no longer counts)
    var onlyDeclined =
        s.record.withPayment(
            new AgentPayment(
                "p2", 2, "herbarium-tea", 9_000, s.now, AgentPayment.State.DECLINED, "x"));
    org.assertj.core.api.Assertions.assertThatCode(
            () -> s.check().check(s.start(), s.contents(onlyDeclined)))
        .doesNotThrowAnyException();
  }

  private Refusal refused(byte[] envelope, WalletContents contents, Reason reason) {
    return refused(s.check(), envelope, contents, reason);
  }

  private static Refusal refused(
      PaymentStartCheck check, byte[] envelope, WalletContents contents, Reason reason) {
    try {
      check.check(envelope, contents);
    } catch (RefusedException e) {
      assertThat(e.refusal().reason()).as(e.refusal().detail()).isEqualTo(reason);
      assertThat(e.refusal().detail()).isNotBlank();
      return e.refusal();
    }
    throw new AssertionError("accepted, expected " + reason);
  }

  @SuppressWarnings("unused")
  private static Optional<String> none() {
    return Optional.empty();
  }
}
