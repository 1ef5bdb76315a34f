package org.agentset.merchant.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Instant created = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void gapsDoubleFromFiveSecondsUpToTenMinutes() {
    Instant now = created.plusSeconds(1);
    assertThat(Duration.between(now, Backoff.next(created, 1, now))).hasSeconds(5);
    assertThat(Duration.between(now, Backoff.next(created, 2, now))).hasSeconds(10);
    assertThat(Duration.between(now, Backoff.next(created, 3, now))).hasSeconds(20);
    assertThat(Duration.between(now, Backoff.next(created, 9, now))).hasSeconds(600);
    assertThat(Duration.between(now, Backoff.next(created, 60, now))).hasSeconds(600);
  }

  @Test
  void givesUpAfterADay() {
    Instant late = created.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(55));
    assertThat(Backoff.next(created, 30, late)).isNull();
    assertThat(Backoff.next(created, 1, late)).isNotNull();
  }
}
