package org.agentset.wallet.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111111",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        " 5555555555554444 ",
        "378282246310005",
        "6011111111111117",
        "4222222222222",
        "6759649826438453",
        "4000056655665556"
      })
  void wellFormedNumbersPassAndComeBackAsDigits(String typed) {
    CardNumbers.Result r = CardNumbers.check(typed);
    assertThat(r.digits()).hasValue(typed.replaceAll("[^0-9]", ""));
    assertThat(r.problem()).isEmpty();
  }

  @Test
  void everySingleMistypedDigitFailsTheLuhnCheck() {
    String good = "4111111111111111";
    for (int i = 0; i < good.length(); i++) {
      for (char d = '0'; d <= '9'; d++) {
        if (d != good.charAt(i)) {
          String typo = good.substring(0, i) + d + good.substring(i + 1);
          assertThat(CardNumbers.luhn(typo)).as(typo).isFalse();
        }
      }
    }
  }

  @Test
  void eachProblemIsDescribedWithoutTheNumber() {
    assertThat(CardNumbers.check(null).problem()).isEqualTo("Enter the card number.");
    assertThat(CardNumbers.check("  ").problem()).isEqualTo("Enter the card number.");
    assertThat(CardNumbers.check("4111 1111 1111 111x").problem()).contains("only digits");
    assertThat(CardNumbers.check("4111  1111").problem()).contains("only digits");
    assertThat(CardNumbers.check("-4111").problem()).contains("only digits");
    assertThat(CardNumbers.check("٤١١١١١١١١١١١١١١١").problem())
        .as("Arabic-Indic digits")
        .contains("only digits");
    assertThat(CardNumbers.check("41111111111").problem()).contains("this one has 11");
    assertThat(CardNumbers.check("41111111111111111111").problem()).contains("this one has 20");
    assertThat(CardNumbers.check("4111111111111112").problem())
        .contains("check digit")
        .doesNotContain("4111");
  }

  @Test
  void aResultNeverPrintsTheNumber() {
    assertThat(CardNumbers.check("4111111111111111").toString())
        .isEqualTo("Result[valid, ending 1111]");
  }
}
