package org.agentset.ans.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartsTest {

  @Test
  void listingsApplyTheBestQuantityDiscountButNeverGoBelowTheFloor() {
    Listing l = Fixtures.tea("m", "s", 1_000, 920, 10, 1);
    assertThat(l.askFor(1)).isEqualTo(1_000);
    assertThat(l.askFor(5)).isEqualTo(950);
    assertThat(l.askFor(10)).isEqualTo(920); // 900 would be below the floor
    assertThatThrownBy(() -> Fixtures.tea("m", "s", 1_000, 1_001, 1, 1))
        .hasMessageContaining("floor");
  }

  @Test
  void strategiesMoveMonotonicallyFromTheirOpeningToTheirLimit() {
    MerchantStrategy boulware = new MerchantStrategy(0.3);
    MerchantStrategy conceder = new MerchantStrategy(3);
    assertThat(boulware.ask(1_000, 600, 0, 8)).isEqualTo(1_000);
    assertThat(boulware.ask(1_000, 600, 8, 8)).isEqualTo(600);
    assertThat(boulware.ask(1_000, 600, 4, 8)).isGreaterThan(conceder.ask(1_000, 600, 4, 8));
    CustomerStrategy c = CustomerStrategy.DEFAULT;
    long prev = 0;
    for (int t = 0; t < c.rounds(); t++) {
      long bid = c.bid(500, 900, t);
      assertThat(bid).isGreaterThanOrEqualTo(prev).isBetween(500L, 900L);
      prev = bid;
    }
    assertThat(prev).isEqualTo(900);
    assertThat(c.opening(1_000, 0.0)).isEqualTo(650);
    assertThat(c.opening(1_000, 0.999999)).isEqualTo(749);
  }

  @Test
  void mandateViolationsNameTheLimit() {
    MandateTerms t = Fixtures.mandate(new ItemRequest("tea", "", 2, 1), 1_000, 1_500, Set.of("a"));
    Offer ok = new Offer("a", "s", "tea", 2, 700, "EUR", 1);
    Instant now = Fixtures.NOW;
    assertThat(t.violation(0, ok, 0, now)).isEmpty();
    assertThat(t.violation(0, new Offer("b", "s", "tea", 2, 700, "EUR", 1), 0, now))
        .get()
        .asString()
        .contains("not among the merchants");
    assertThat(t.violation(0, ok.at(1_001), 0, now))
        .get()
        .asString()
        .contains("above the mandate's 10.00 EUR");
    assertThat(t.violation(0, ok.at(800), 0, now))
        .get()
        .asString()
        .contains("above the budget of 15.00 EUR");
    assertThat(t.violation(0, ok, 200, now)).get().asString().contains("budget");
    assertThat(t.violation(0, new Offer("a", "s", "tea", 2, 700, "USD", 1), 0, now))
        .get()
        .asString()
        .contains("USD");
    assertThat(t.violation(0, ok, 0, now.plusSeconds(3600)))
        .get()
        .asString()
        .contains("valid from");
  }

  @Test
  void itemRequestsMatchByEveryWordAndCategory() {
    Listing l = Fixtures.tea("m", "s", 1_000, 900, 1, 1);
    assertThat(new ItemRequest("GREEN tea", "", 1, 1).matches(l)).isTrue();
    assertThat(new ItemRequest("green coffee", "", 1, 1).matches(l)).isFalse();
    assertThat(new ItemRequest("", "tea", 1, 1).matches(l)).isTrue();
    assertThat(new ItemRequest("tea", "Books", 1, 1).matches(l)).isFalse();
    assertThatThrownBy(() -> new ItemRequest(" ", null, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ItemRequest("tea", "", 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void moneyIsParsedAndFormattedExactly() {
    assertThat(Money.format(1_850, "EUR")).isEqualTo("18.50 EUR");
    assertThat(Money.parseMinor("18.5")).isEqualTo(1_850);
    assertThatThrownBy(() -> Money.parseMinor("1.234"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parseMinor("-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parseMinor("x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMerchantNeverAcceptsBelowItsFloorAndWithdrawsAtTheEnd() {
    MerchantSide m =
        new MerchantSide(
            "m", List.of(Fixtures.tea("m", "s", 1_000, 800, 5, 2)), MerchantStrategy.LINEAR);
    Offer bid = new Offer("m", "s", "tea", 1, 799, "EUR", 2);
    for (int t = 0; t < 7; t++) {
      assertThat(m.respond(bid, t, 8).kind()).isEqualTo(MerchantParty.Reply.Kind.COUNTER);
    }
    assertThat(m.respond(bid, 7, 8).kind()).isEqualTo(MerchantParty.Reply.Kind.WITHDRAW);
    assertThat(m.respond(bid.at(800), 7, 8).kind()).isEqualTo(MerchantParty.Reply.Kind.ACCEPT);
    assertThat(m.respond(new Offer("m", "s", "tea", 6, 1_000, "EUR", 2), 0, 8).kind())
        .isEqualTo(MerchantParty.Reply.Kind.WITHDRAW);
  }
}
