package org.agentset.wallet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExpiryTest {

  private static final Clock NOVEMBER_2026 =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void theUsualWaysOfWritingAnExpiryDateAreRead() {
    for (String typed :
        new String[] {"07/30", "7/30", "07 / 30", "07/2030", "2030-07", " 07/30 "}) {
      assertThat(Expiry.check(typed, NOVEMBER_2026).month())
          .as(typed)
          .hasValue(YearMonth.of(2030, 7));
    }
  }

  @Test
  void aCardIsValidThroughItsExpiryMonthAndNotBeyondTwentyYears() {
    assertThat(Expiry.check("11/26", NOVEMBER_2026).month()).hasValue(YearMonth.of(2026, 11));
    assertThat(Expiry.check("10/26", NOVEMBER_2026).problem()).isEqualTo("This card has expired.");
    assertThat(Expiry.check("11/46", NOVEMBER_2026).month()).isPresent();
    assertThat(Expiry.check("12/46", NOVEMBER_2026).problem()).contains("20 years");
  }

  @Test
  void malformedDatesAreRefusedWithTheFormatToUse() {
    for (String typed :
        new String[] {"13/30", "00/30", "0730", "07-30", "07/3", "July 2030", "2030-7", "07/030"}) {
      assertThat(Expiry.check(typed, NOVEMBER_2026).problem()).as(typed).contains("MM/YY");
    }
    assertThat(Expiry.check("", NOVEMBER_2026).problem())
        .isEqualTo("Enter the expiry date as MM/YY.");
  }
}
