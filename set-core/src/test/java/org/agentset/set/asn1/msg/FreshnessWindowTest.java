package org.agentset.set.asn1.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FreshnessWindowTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private final FreshnessWindow window =
      new FreshnessWindow(
          Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(10), Duration.ofMinutes(2));

  private static MessageHeader at(Instant date) {
    return new MessageHeader(date, null, null, "test");
  }

  @Test
  void acceptsDatesInsideTheWindowInclusive() {
    assertThat(window.check(at(NOW))).isNull();
    assertThat(window.check(at(NOW.minus(Duration.ofMinutes(10))))).isNull();
    assertThat(window.check(at(NOW.plus(Duration.ofMinutes(2))))).isNull();
  }

  @Test
  void refusesOldAndFutureDates() {
    assertThat(window.check(at(NOW.minus(Duration.ofMinutes(10)).minusMillis(1))))
        .isEqualTo(ErrorCode.MESSAGE_TOO_OLD);
    assertThat(window.check(at(NOW.plus(Duration.ofMinutes(2)).plusMillis(1))))
        .isEqualTo(ErrorCode.MESSAGE_TOO_NEW);
  }

  @Test
  void refusesNegativeBounds() {
    assertThatThrownBy(
            () -> new FreshnessWindow(Clock.systemUTC(), Duration.ofMinutes(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
